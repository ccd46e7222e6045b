import { join } from 'node:path';
import { repoRoot } from './shared';

/**
 * `npm start`'s runner (bin/local.ts) as node's arguments, started through the launcher the CLI uses
 * (bin/run.mjs: a cached bundle), which starts in ~0.3 s of CPU where `node --import tsx` compiles the
 * project in every child (~1 s). `npm start` itself (tsx) stays tested by the quick start and the
 * SIGTERM-to-npm tests. Spawn as `spawn(process.execPath, [...LOCAL_RUNNER, ...args], { cwd: repoRoot })`.
 */
export const LOCAL_RUNNER = [join(repoRoot, 'bin', 'run.mjs'), 'bin/local.ts'] as const;
