import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { traditionalTables } from '../../../lambdas/web/build-page';
import { SIMPLIFIED_REASONS, SIMPLIFIED_TEXT } from '../../../lambdas/web/page/text';
import { repoRoot } from '../../support/shared';

/**
 * Every reason the pipeline can write into the manifest, read from its source of truth: the union type
 * `LineReport['reason']` of clean/report.ts. The reasons exist only as types (template literals among
 * them), and TypeScript 7 has no compiler API in JavaScript, so the compiler itself expands the union:
 * it is asked to assign an object keyed by every reason to `0`, and its error prints that object in full.
 */
function manifestReasons(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'speech-press-reasons-'));
  try {
    const report = join(repoRoot, 'lambdas', 'pipeline', 'clean', 'report').replace(/\\/g, '/');
    writeFileSync(
      join(dir, 'probe.ts'),
      `import type { LineReport } from ${JSON.stringify(report)};\nexport const probe: 0 = {} as { -readonly [R in LineReport['reason']]: 0 };\n`,
    );
    const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    const flags = ['--noEmit', '--strict', '--noErrorTruncation', '--pretty', 'false', '--types', '', '--target', 'es2022', '--module', 'preserve', '--moduleResolution', 'bundler'];
    const { stdout } = spawnSync(process.execPath, [tsc, ...flags, join(dir, 'probe.ts')], { cwd: dir, encoding: 'utf8' });
    const body = /error TS2322: Type '\{ (.*) \}' is not assignable to type '0'/.exec(stdout)?.[1];
    if (body === undefined) throw new Error(`tsc did not print the reasons:\n${stdout}`);
    const entry = /(?:"((?:[^"\\]|\\.)*)"|([A-Za-z_$][\w$]*)): 0;\s*/gy;
    const reasons: string[] = [];
    let read = 0;
    for (let m = entry.exec(body); m !== null; m = entry.exec(body), read = entry.lastIndex || read) {
      reasons.push(m[1] !== undefined ? (JSON.parse(`"${m[1]}"`) as string) : m[2]!);
    }
    if (read !== body.length) throw new Error(`could not read every reason from: ${body}`);
    return reasons;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const HAN = /\p{Script=Han}/u;

describe('removal and suspicion reasons on the page', () => {
  const reasons = manifestReasons();

  it('are read from the pipeline’s own types, today’s span-model and line-classifier reasons among them', () => {
    expect(reasons).toEqual(
      expect.arrayContaining(['above the speech (span model)', 'below the speech (span model)', 'page chrome (line classifier)', 'looks like page number', 'looks like page chrome (line classifier)']),
    );
    expect(reasons.length).toBeGreaterThan(50);
  });

  it('every one has a Simplified and a Traditional label in Chinese', () => {
    const hant = traditionalTables().reasons;
    const simplified = SIMPLIFIED_REASONS as Readonly<Record<string, string>>;
    const unlabelled = reasons.filter((r) => !HAN.test(simplified[r] ?? '') || !HAN.test(hant[r] ?? ''));
    expect(unlabelled).toEqual([]);
    expect(hant['above the speech (span model)']).toBe('講話正文之前的網頁內容（模型判斷）');
    expect(simplified['looks like page number']).toBe('疑似页码');
  });
});

/**
 * Every warning code the pipeline writes (`code: '…'` in its source: warnings are the only objects there
 * with a code, rejections name theirs as InputRejectedError's first argument).
 */
function warningCodes(): string[] {
  const dir = join(repoRoot, 'lambdas', 'pipeline');
  const sources = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(dir, f), 'utf8'));
  return [...new Set(sources.flatMap((source) => [...source.matchAll(/\bcode: '([a-z-]+)'/g)].map((m) => m[1]!)))].sort();
}

describe('warnings on the page', () => {
  it('every warning the pipeline gives has a Simplified and a Traditional text in Chinese (a source cut off among them)', () => {
    const codes = warningCodes();
    expect(codes).toEqual(expect.arrayContaining(['placeholder', 'source-truncated']));
    const hant = traditionalTables().text as Readonly<Record<string, string>>;
    const simplified = SIMPLIFIED_TEXT as Readonly<Record<string, string>>;
    expect(codes.filter((code) => !HAN.test(simplified[`warn_${code}`] ?? '') || !HAN.test(hant[`warn_${code}`] ?? ''))).toEqual([]);
  });

  it('a damaged character is shown by the text around it, which staff can search for, not by a byte offset', async () => {
    const page = readFileSync(join(repoRoot, 'samples', 'school-safety-web.txt'));
    const body = page.indexOf(Buffer.from('下面,我讲三点意见'));
    const { convert } = await import('../../../lambdas/pipeline');
    const result = await convert(Buffer.concat([page.subarray(0, body), Buffer.from([0xff]), page.subarray(body)]), { sourceName: 'stray.txt' });
    const warning = result.manifest.warnings.find((w) => w.code === 'invalid-utf8')!;
    const shown = SIMPLIFIED_TEXT['warn_invalid-utf8'].replace('{count}', String(warning.count)).replace('{samples}', warning.samples!.join('、'));
    expect(shown).toBe('文件里有 1 处字节损坏，读成了 � 号（PDF 里印作 □），在这些文字里：�下面,我讲三。那里的字可能缺失或有误，请在文中搜索这些文字，对照原文核对。');
    expect(shown).not.toMatch(/byte|\d{3}/u);
  }, 60_000);
});
