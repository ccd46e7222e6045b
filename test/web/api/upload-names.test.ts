import { describe, expect, it } from 'vitest';
import { MAX_NAME_CHARACTERS, uploadNameProblem } from '../../../lambdas/web/api/upload-names';

describe('uploadNameProblem', () => {
  it('accepts plain transcript names in any case of .txt', () => {
    for (const name of ['讲话.txt', '2024 年 讲话.TXT', 'a.b.txt']) expect(uploadNameProblem(name)).toBeNull();
  });

  it('refuses names that could leave the folder or break headers', () => {
    for (const name of ['../x.txt', 'a/b.txt', 'a\\b.txt', 'a\nb.txt', '\u0000.txt']) expect(uploadNameProblem(name)).toMatch(/"\/"/);
  });

  it('refuses other kinds of file, empty stems, reserved endings, overlong and padded names', () => {
    expect(uploadNameProblem('讲话.pdf')).toMatch(/\.txt/);
    expect(uploadNameProblem('.txt')).toMatch(/before \.txt/);
    expect(uploadNameProblem('...txt')).toMatch(/before \.txt/);
    expect(uploadNameProblem('讲话.zh-Hant.txt')).toMatch(/zh-Hant/);
    expect(uploadNameProblem('讲'.repeat(MAX_NAME_CHARACTERS) + '.txt')).toMatch(/longer/);
    expect(uploadNameProblem(' 讲话.txt')).toMatch(/spaces/);
    expect(uploadNameProblem('')).toMatch(/required/);
    expect(uploadNameProblem(42)).toMatch(/required/);
  });
});
