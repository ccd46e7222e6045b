import { describe, expect, it } from 'vitest';
import { inputNamesProblem } from '../../bin/input-names';

/** The CLI's refusals by name alone (test/cli.test.ts shows one of them end the process with exit 2, nothing written). */
describe('inputNamesProblem', () => {
  it('accepts distinct names, the longest the shared limit allows among them', () => {
    expect(inputNamesProblem(['a.txt', 'b.TXT', 'dir/c.txt', `${'话'.repeat(65)}.txt`])).toBeNull();
  });

  it('refuses a name ending like another input\'s outputs (a.zh-Hant.txt, b.error.txt)', () => {
    expect(inputNamesProblem(['a.txt', 'a.zh-Hant.txt'])).toContain('a.zh-Hant.txt: names ending in ".zh-Hant" before .txt are reserved for outputs');
    expect(inputNamesProblem(['b.error.txt'])).toContain('reserved for outputs');
  });

  it('refuses two inputs that would write the same outputs: the same stem in two folders, or in two cases (B.txt and b.txt on a case-blind disk)', () => {
    expect(inputNamesProblem(['B.txt', 'b.txt'])).toBe('B.txt and b.txt would write the same outputs (b.*); convert them into different --out folders');
    expect(inputNamesProblem(['samples/school-safety-web.txt', 'work/school-safety-web.txt'])).toContain('would write the same outputs');
  });

  it('refuses a name too long for its outputs\' names, by the limit the web API and the local S3 server apply too', () => {
    const long = `${'讲'.repeat(82)}.txt`;
    const problem = inputNamesProblem([long])!;
    expect(problem).toContain(`${long}: the name is too long for its outputs' names`);
    expect(problem).toContain('it has 246 bytes of UTF-8, at most 196 are allowed (65 Chinese characters)');
    expect(inputNamesProblem([`${'讲'.repeat(66)}.txt`])).toContain('it has 198 bytes');
  });
});
