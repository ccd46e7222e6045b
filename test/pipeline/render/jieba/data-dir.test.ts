import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JiebaDataNotFoundError, jiebaDataDir } from '../../../../lambdas/pipeline/render/jieba/data-dir';
import { repoRoot } from '../../../support/shared';

describe("where jieba's data is found", () => {
  it('in the repository: the nearest assets/jieba above the code', () => {
    expect(jiebaDataDir(join(repoRoot, 'lambdas', 'pipeline', 'render', 'jieba'))).toBe(join(repoRoot, 'assets', 'jieba'));
  });

  it('in a bundle: <code dir>/jieba first', () => {
    const exists = (path: string): boolean => path === join('/asset', 'jieba', 'dict.txt');
    expect(jiebaDataDir('/asset', exists)).toBe(join('/asset', 'jieba'));
  });

  it('nowhere: an error naming every place it looked', () => {
    const error = (() => {
      try {
        jiebaDataDir('/nowhere/code', () => false);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(JiebaDataNotFoundError);
    expect((error as JiebaDataNotFoundError).tried).toContain(join('/nowhere', 'assets', 'jieba'));
  });
});
