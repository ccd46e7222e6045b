import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findRepoRoot } from '../../lambdas/local/repo-root';
import { repoRoot } from '../support/shared';

const outside = mkdtempSync(join(tmpdir(), 'speech-press-root-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

describe('findRepoRoot', () => {
  it('finds the repository from its own folders and from the launcher\'s bundle cache inside it', () => {
    expect(findRepoRoot(join(repoRoot, 'bin'))).toBe(repoRoot);
    expect(findRepoRoot(join(repoRoot, 'lambdas', 'web'))).toBe(repoRoot);
    expect(findRepoRoot(join(repoRoot, 'node_modules', '.cache', 'speech-press'))).toBe(repoRoot);
  });

  it('wants package.json and samples/ together, and is null where there is no repository above', () => {
    const project = join(outside, 'project');
    mkdirSync(join(project, 'samples', 'deep'), { recursive: true });
    writeFileSync(join(outside, 'package.json'), '{}');
    expect(findRepoRoot(join(project, 'samples', 'deep'))).toBeNull();
    writeFileSync(join(project, 'package.json'), '{}');
    expect(findRepoRoot(join(project, 'samples', 'deep'))).toBe(project);
    expect(findRepoRoot(outside)).toBeNull();
  });
});
