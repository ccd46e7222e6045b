import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_NAME_BYTES } from '../../../lambdas/settings/defaults';
import { uploadNameProblem, uploadNameTooLong } from '../../../lambdas/web/api/upload-names';
import { SIMPLIFIED_TEXT } from '../../../lambdas/web/page/text';

describe('uploadNameProblem', () => {
  it('accepts plain transcript names ending in .txt or .TXT', () => {
    for (const name of ['讲话.txt', '2024 年 讲话.TXT', 'a.b.txt']) expect(uploadNameProblem(name)).toBeNull();
  });

  it('refuses other spellings of .txt, which the bucket notification never delivers on AWS, saying which name to use', () => {
    for (const name of ['讲话.Txt', '讲话.tXT', 'a.txT']) expect(uploadNameProblem(name)).toMatch(/\.txt or \.TXT/);
    expect(uploadNameProblem('讲话.Txt')).toContain('"讲话.txt"');
  });

  it('refuses names that could leave the folder or break headers', () => {
    for (const name of ['../x.txt', 'a/b.txt', 'a\\b.txt', 'a\nb.txt', '\u0000.txt']) expect(uploadNameProblem(name)).toMatch(/"\/"/);
  });

  it('refuses a name with half of a surrogate pair (no UTF-8 form), and accepts a whole pair', () => {
    for (const name of ['\ud800.txt', 'a\udfff.txt', '讲\udc00\ud800.txt']) expect(uploadNameProblem(name)).toMatch(/not well-formed Unicode/);
    expect(uploadNameProblem('𠀀讲话.txt')).toBeNull();
  });

  it('refuses other kinds of file, empty stems, reserved endings and padded names', () => {
    expect(uploadNameProblem('讲话.pdf')).toMatch(/\.txt/);
    expect(uploadNameProblem('.txt')).toMatch(/before \.txt/);
    expect(uploadNameProblem('...txt')).toMatch(/before \.txt/);
    expect(uploadNameProblem('讲话.zh-Hant.txt')).toMatch(/zh-Hant/);
    expect(uploadNameProblem(' 讲话.txt')).toMatch(/spaces/);
    expect(uploadNameProblem('')).toMatch(/required/);
    expect(uploadNameProblem(42)).toMatch(/required/);
  });
});

describe('uploadNameTooLong: the limit shared with the local S3 server, in UTF-8 bytes', () => {
  // 65 CJK characters and `.txt` are 199 bytes; ASCII names may have 200 bytes.
  const longestChinese = Math.floor((MAX_UPLOAD_NAME_BYTES - '.txt'.length) / 3);

  it('accepts a name of exactly the limit, in Chinese or ASCII', () => {
    expect(uploadNameTooLong(`${'讲'.repeat(longestChinese)}.txt`)).toBeNull();
    expect(uploadNameTooLong(`${'a'.repeat(MAX_UPLOAD_NAME_BYTES - 4)}.txt`)).toBeNull();
  });

  it('counts bytes, not characters: one more character or byte is refused, saying by how much', () => {
    expect(uploadNameTooLong(`${'讲'.repeat(longestChinese + 1)}.txt`)).toBe(
      `the file name is 202 bytes of UTF-8; the limit is ${MAX_UPLOAD_NAME_BYTES} bytes (65 Chinese characters and .txt), so that the names of its documents fit`,
    );
    expect(uploadNameTooLong(`${'a'.repeat(MAX_UPLOAD_NAME_BYTES - 3)}.txt`)).toMatch(/201 bytes/);
    // 200 characters, as the old character limit allowed: 604 bytes.
    expect(uploadNameTooLong(`${'讲'.repeat(200)}.txt`)).toMatch(/604 bytes/);
  });

  it('is what the page tells the user in Chinese', () => {
    expect(SIMPLIFIED_TEXT.reject_name_too_long).toContain(`${longestChinese} 个汉字`);
  });
});
