import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { initSync, tag as wasmTag } from 'jieba-wasm/web';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../../lambdas/pipeline';
import { blockText } from '../../../../lambdas/pipeline/model';
import { PrefixDictionary } from '../../../../lambdas/pipeline/render/jieba/dictionary';
import { Hmm } from '../../../../lambdas/pipeline/render/jieba/hmm';
import { Segmenter } from '../../../../lambdas/pipeline/render/jieba/segment';
import { JIEBA_DICTIONARY_TOTAL } from '../../../../lambdas/pipeline/render/words';
import { openccConverter } from '../../../../lambdas/pipeline/script/opencc-chain';
import { repoRoot, sampleFiles, sharedDir } from '../../../support/shared';

/**
 * The oracle is jieba-wasm 2.4.0 itself (jieba-rs 0.7 with the same dict.txt and hmm.model compiled in), which
 * the title breaker used before: every word and tag must be the same, so every title and heading breaks where
 * it broke (output-hashes.ts shows the DOCX/PDF bytes unchanged).
 */
const jiebaDir = join(repoRoot, 'assets', 'jieba');
let hmmRuns = 0;
const segmenter = new Segmenter(new PrefixDictionary(readFileSync(join(jiebaDir, 'dict.txt')), JIEBA_DICTIONARY_TOTAL), () => {
  hmmRuns += 1;
  return Hmm.parse(readFileSync(join(jiebaDir, 'hmm.model'), 'utf8'));
});
const toSimplified = openccConverter('to-simplified', 'tw');

beforeAll(() => {
  initSync({ module: readFileSync(join(repoRoot, 'node_modules', 'jieba-wasm', 'pkg', 'web', 'jieba_rs_wasm_bg.wasm')) });
});

const oracle = (text: string): string => JSON.stringify(wasmTag(text, true));
const ours = (text: string): string => JSON.stringify(segmenter.tag(text));

/** The texts of one folder's transcripts: every raw line, and the parsed titles, headings and centred lines. */
function textsOf(files: readonly string[]): { lines: string[]; titles: string[] } {
  const lines: string[] = [];
  const titles: string[] = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    lines.push(...bytes.toString('utf8').split('\n').filter((line) => line !== ''));
    try {
      const { document } = parseSpeech(bytes);
      for (const block of document.blocks)
        if (block.kind !== 'paragraph' && block.kind !== 'salutation') titles.push(blockText(block));
    } catch {
      // A page the pipeline refuses has no title to break; its raw lines are still compared.
    }
  }
  return { lines, titles };
}

/** Every raw line too for the corpus; corpus-train (4× larger) compares what the renderer segments. */
const folders = [
  { name: 'corpus', rawLines: true },
  { name: 'corpus-train', rawLines: false },
].map((folder) => ({ ...folder, raw: join(sharedDir, folder.name, 'raw') }));
for (const folder of folders) if (!existsSync(folder.raw)) console.warn(`[speech-press] ${folder.raw} not found: its jieba comparison is SKIPPED`);

describe("jieba segmentation and tags (render/jieba) against jieba-wasm's", () => {
  it("gives jieba-rs's own HMM example and the title breaker's example", () => {
    expect(ours('小明硕士毕业于中国科学院计算所')).toBe(oracle('小明硕士毕业于中国科学院计算所'));
    expect(segmenter.tag('在全市党组织书记抓基层党建工作会议上的讲话').map((w) => `${w.word}/${w.tag}`).join(' ')).toBe(
      '在/p 全市/n 党组织/nt 书记/n 抓/v 基层/n 党建/j 工作/vn 会议/n 上/f 的/uj 讲话/n',
    );
  });

  it('the samples: every line, title and heading, as written and in its Simplified form', () => {
    const { lines, titles } = textsOf(sampleFiles());
    for (const text of [...lines, ...titles, ...titles.map(toSimplified)]) expect(ours(text), text).toBe(oracle(text));
  });

  for (const folder of folders) {
    const what = folder.rawLines ? 'every raw line, title, heading and centred line' : 'every title, heading and centred line';
    it.skipIf(!existsSync(folder.raw))(`../shared/${folder.name}: ${what}, and their Simplified forms`, () => {
      const files = readdirSync(folder.raw)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(folder.raw, f));
      const { lines, titles } = textsOf(files);
      expect(titles.length).toBeGreaterThan(files.length);
      const texts = folder.rawLines ? [...lines, ...lines.map(toSimplified), ...titles] : titles;
      const mismatches = [...texts, ...titles.map(toSimplified)].filter((text) => ours(text) !== oracle(text));
      expect(mismatches).toEqual([]);
    });
  }

  it('reaches the HMM on runs of unknown characters (names, new words), making it once and keeping it', () => {
    // Whatever ran before (alone, `-t` runs only this test): the names below need the HMM, and it is made once.
    expect(segmenter.cut('李明辉和王鼎摄于北京')).toEqual(JSON.parse(oracle('李明辉和王鼎摄于北京')).map((t: { word: string }) => t.word));
    expect(hmmRuns).toBe(1);
    expect(segmenter.cut('张晓燕和赵志刚在北京')).toEqual(JSON.parse(oracle('张晓燕和赵志刚在北京')).map((t: { word: string }) => t.word));
    expect(hmmRuns).toBe(1);
  });

  it('agrees on mixed text: Latin, digits, decimals and percentages, spaces, CRLF, marks, astral Han', () => {
    const piece = fc.constantFrom(
      '在', '全市', '會議', '讲话', '，', '“', '”', ' ', '\u3000', '\r\n', '\t', '2023', '3.5%', 'GB/T', '9704-2012', 'XXXX',
      'iPhone', 'C++', '#', '&', '_', '𠀀', '𪚥', '——', '（一）', '习近平', '贾', '玟', '佐', '龘', '鑫', 'ǎ', '½', '٣',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        expect(ours(text)).toBe(oracle(text));
      }),
      { numRuns: 400 },
    );
  });
});

describe('render/jieba on a very long text', () => {
  it('cuts 300,000 characters of marks, unknown Han and known words without overflowing the stack, giving the text back', () => {
    const text = '，'.repeat(100_000) + '龘靐齉'.repeat(33_000) + '会议'.repeat(1_000);
    const words = segmenter.cut(text);
    expect(words.join('')).toBe(text);
  });
});
