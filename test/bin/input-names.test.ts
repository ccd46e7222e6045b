import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputNamesProblem, inputOverwriteProblem, outputNames } from '../../bin/input-names';

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

describe('inputOverwriteProblem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'speech-press-overwrite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const text = '同志们：\n今天我们开会。\n';

  it('refuses an input that is one of its own outputs in --out (a.json, b.pdf, c.docx) or another input\'s', () => {
    for (const name of ['a.json', 'b.pdf', 'c.docx', 'd.clean.txt']) writeFileSync(join(dir, name), text);
    expect(inputOverwriteProblem([join(dir, 'a.json')], dir)).toContain(`${join(dir, 'a.json')}: converting ${join(dir, 'a.json')} into --out ${dir} would overwrite it`);
    expect(inputOverwriteProblem([join(dir, 'b.pdf')], dir)).toContain('would overwrite it');
    expect(inputOverwriteProblem([join(dir, 'c.docx')], dir)).toContain('would overwrite it');
    // d.txt's cleaned text is d.clean.txt: given both, the second would be replaced by the first's output.
    writeFileSync(join(dir, 'd.txt'), text);
    expect(inputOverwriteProblem([join(dir, 'd.txt'), join(dir, 'd.clean.txt')], dir)).toContain(`${join(dir, 'd.clean.txt')}: converting ${join(dir, 'd.txt')}`);
  });

  it('sees the same file behind another spelling of the folder, a symbolic link or a hard link', () => {
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'e.txt'), text);
    symlinkSync(join(dir, 'e.txt'), join(dir, 'out', 'e.json'));
    linkSync(join(dir, 'e.txt'), join(dir, 'out', 'e.pdf'));
    expect(inputOverwriteProblem([join(dir, 'e.txt')], join(dir, 'out'))).toContain('would overwrite it');
    expect(inputOverwriteProblem([join(dir, 'a.json')], `${dir}/./out/..`)).toContain('would overwrite it');
  });

  it('accepts inputs whose outputs go elsewhere, or do not exist yet', () => {
    expect(inputOverwriteProblem([join(dir, 'a.json')], join(dir, 'elsewhere'))).toBeNull();
    expect(inputOverwriteProblem([join(dir, 'd.txt')], dir)).toBeNull();
    expect(inputOverwriteProblem([join(dir, 'missing.txt')], dir)).toBeNull();
  });

  it('knows every name convert() writes', async () => {
    const { convert } = await import('../../lambdas/pipeline');
    for (const traditional of [undefined, false] as const) {
      const result = await convert(Buffer.from(text), { sourceName: 'x.txt', ...(traditional === false ? { traditional } : {}) });
      for (const file of result.files) expect(outputNames('x')).toContain(file.name);
    }
  });
});
