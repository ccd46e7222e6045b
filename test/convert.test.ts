import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert, outputsVersion, PIPELINE_VERSION } from '../lambdas/pipeline';
import { repoRoot } from './support/shared';

const sample = readFileSync(join(repoRoot, 'samples', 'school-safety-web.txt'));
const traditionalSample = readFileSync(join(repoRoot, 'samples', 'alumni-day-address-trad-utf16.txt'));

describe('convert(): every output of one transcript', () => {
  it('writes seven files with their content types, the manifest last', async () => {
    const result = await convert(sample, { sourceName: 'incoming/校园/school-safety-web.txt' });
    expect(result.files.map((f) => [f.name, f.contentType.split(';')[0]])).toEqual([
      ['school-safety-web.clean.txt', 'text/plain'],
      ['school-safety-web.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['school-safety-web.pdf', 'application/pdf'],
      ['school-safety-web.zh-Hant.txt', 'text/plain'],
      ['school-safety-web.zh-Hant.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['school-safety-web.zh-Hant.pdf', 'application/pdf'],
      ['school-safety-web.json', 'application/json'],
    ]);
    const manifest = JSON.parse(Buffer.from(result.files.at(-1)!.body).toString('utf8'));
    expect(manifest.source.name).toBe('school-safety-web.txt');
    expect(manifest.pipelineVersion).toBe(PIPELINE_VERSION);
    expect(manifest.editions.map((e: { language: string; variant?: string; pages: number }) => [e.language, e.variant, e.pages > 0])).toEqual([
      ['zh-CN', undefined, true],
      ['zh-TW', 'tw', true],
    ]);
    expect(Buffer.from(result.files[3]!.body).toString('utf8').split('\n')[0]).toBe('在全市中小學校園安全工作會議上的講話');
  });

  it('gives byte-identical files for the same input', async () => {
    const [a, b] = [await convert(sample, { sourceName: 'a.txt' }), await convert(sample, { sourceName: 'a.txt' })];
    expect(a.files.map((f) => Buffer.from(f.body).toString('base64'))).toEqual(b.files.map((f) => Buffer.from(f.body).toString('base64')));
  });

  it('gives Traditional input a Simplified edition, and honours --no-traditional and the variant', async () => {
    const trad = await convert(traditionalSample, { sourceName: 'alumni.txt', traditional: { variant: 'hk' } });
    expect(trad.files.map((f) => f.name)).toContain('alumni.zh-Hans.pdf');
    expect(trad.manifest.editions.map((e) => e.language)).toEqual(['zh-TW', 'zh-CN']);
    const only = await convert(sample, { sourceName: 'a.txt', traditional: false });
    expect(only.files.map((f) => f.name)).toEqual(['a.clean.txt', 'a.docx', 'a.pdf', 'a.json']);
  });

  it('stamps outputs with a version that changes with the edition settings', () => {
    expect(new Set([outputsVersion(undefined), outputsVersion({ variant: 'hk' }), outputsVersion(false), outputsVersion({ variant: 'tw', quotes: false })]).size).toBe(4);
    expect(outputsVersion(undefined)).toBe(outputsVersion({ variant: 'tw' }));
  });
});
