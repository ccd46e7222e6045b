import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePage } from '../lambdas/web/build-page';

let built: string | undefined;

/** The bundled page in a folder for the bucket deployment, built once per synth process (the asset hash is its content). */
export function builtPageDir(): string {
  if (built === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'speech-press-page-'));
    writePage(dir);
    built = dir;
  }
  return built;
}
