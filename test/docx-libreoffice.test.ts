/**
 * The DOCX as a user who opens it in LibreOffice sees it, against our PDF of the same speech: every
 * character on the page, and the PDF's lines and pages. Real LibreOffice (one soffice call for all files)
 * with the DOCX's font names mapped to the PDF's faces (scripts/docx-preview-fonts.conf); skipped, visibly,
 * where soffice or pdftotext is not installed. `npm run check:docx` runs the same comparison on the corpus.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentText, type Block, type SpeechDocument } from '../lambdas/pipeline/model';
import { renderDocx } from '../lambdas/pipeline/render/docx/index';
import { renderPdf } from '../lambdas/pipeline/render/pdf/index';
import { compareLayouts, type Agreement } from '../scripts/check-docx/agreement';
import { editionsOf, type Edition } from '../scripts/check-docx/editions';
import { convertWithLibreOffice, missingTools } from '../scripts/check-docx/libreoffice';
import { readPages } from '../scripts/check-docx/pdf-rows';
import { corpusDir, hasCorpus, sampleFiles } from './support/shared';

const missing = missingTools();
if (missing.length > 0) console.warn(`[speech-press] DOCX-in-LibreOffice tests SKIPPED: missing ${missing.join(', ')}`);

// The seed is the longest text (13–14 pages); the samples cover the other sources; three generated speeches
// (below) put marks, mark pairs, dashes, Latin and digits where no real text happens to. Modest on purpose:
// LibreOffice is the slow part, and `npm run check:docx` covers the whole corpus.
const transcripts = [...sampleFiles(), ...(hasCorpus ? [join(corpusDir, 'raw', '00_seed.txt')] : [])];

/** A seeded generator (mulberry32): the same "random" speech on every run. */
function generator(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const HAN = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';
const INSERTS = ['，', '，', '。', '、', '；', '：', '“两个确立”', '（试行）', '《条例》', '——', '……', 'XXXX', 'GB/T', '2024年', '5.2%', '”，“', '。（'];

/** Paragraphs, headings of every level, run-in headings and lead-ins of generated text with marks, pairs, Latin and digits. */
function generatedSpeech(seed: number, script: 'Hans' | 'Hant'): SpeechDocument {
  const pick = generator(seed);
  const text = (length: number): string => {
    let out = '';
    while ([...out].length < length) out += pick(5) === 0 ? INSERTS[pick(INSERTS.length)]! : HAN[pick(HAN.length)]!;
    return out;
  };
  const sentence = (): string => `${text(6 + pick(30))}。`;
  const blocks: Block[] = [
    { kind: 'title', runs: [{ text: `关于${text(8 + pick(16))}的讲话`, role: 'heading' }], line: 1 },
    { kind: 'salutation', runs: [{ text: '同志们：', role: 'text' }], line: 2 },
  ];
  for (let i = 0; i < 24; i += 1) {
    const line = blocks.length + 1;
    const kind = pick(6);
    if (kind === 0) blocks.push({ kind: 'heading', level: (1 + pick(4)) as 1 | 2 | 3 | 4, runs: [{ text: `${['一、', '（二）', '3.', '（4）'][pick(4)]}${text(6 + pick(26))}`, role: 'heading' }], line });
    else if (kind === 1)
      blocks.push({ kind: 'heading', level: 2, runs: [{ text: `（${'一二三四'[pick(4)]}）${text(4 + pick(8))}。`, role: 'heading' }, { text: sentence() + sentence(), role: 'text' }], line });
    else if (kind === 2) blocks.push({ kind: 'paragraph', runs: [{ text: `一是${text(4 + pick(10))}。`, role: 'lead-in' }, { text: sentence() + sentence(), role: 'text' }], line });
    else blocks.push({ kind: 'paragraph', runs: [{ text: Array.from({ length: 1 + pick(6) }, sentence).join(''), role: 'text' }], line });
  }
  return { script, language: script === 'Hans' ? 'zh-CN' : 'zh-TW', title: blocks[0]!.runs[0]!.text, meta: {}, blocks } as SpeechDocument;
}

async function generatedEditions(): Promise<Edition[]> {
  const editions: Edition[] = [];
  for (const [seed, script] of [[1, 'Hans'], [2, 'Hant'], [3, 'Hans']] as const) {
    const doc = generatedSpeech(seed, script);
    editions.push({ name: `generated-${seed}-${script}`, docx: await renderDocx(doc), pdf: (await renderPdf(doc)).bytes, text: documentText(doc) });
  }
  return editions;
}

describe.skipIf(missing.length > 0)('DOCX rendered by LibreOffice', () => {
  const results = new Map<string, Agreement>();
  let dir = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'speech-press-docx-lo-'));
    const editions = [...(await Promise.all(transcripts.map(editionsOf))).flat(), ...(await generatedEditions())];
    const docxFiles = editions.map((e) => {
      writeFileSync(join(dir, `${e.name}.pdf.ours`), e.pdf);
      const path = join(dir, `${e.name}.docx`);
      writeFileSync(path, e.docx);
      return path;
    });
    const rendered = convertWithLibreOffice(docxFiles, join(dir, 'lo'));
    editions.forEach((e, i) => results.set(e.name, compareLayouts(readPages(join(dir, `${e.name}.pdf.ours`)), readPages(rendered[i]!), e.text)));
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows every character of every edition (no punctuation hung past the margin and dropped)', () => {
    expect(results.size).toBe(transcripts.length * 2 + 3);
    const lost = [...results].filter(([, a]) => a.charactersLost > 0).map(([name, a]) => `${name}: ${a.charactersLost} (${a.lostSample})`);
    expect(lost).toEqual([]);
  });

  it('sets at least 90 % of the PDF’s lines identically', () => {
    const lines = [...results.values()].reduce((n, a) => n + a.pdfLines, 0);
    const identical = [...results.values()].reduce((n, a) => n + a.identicalLines, 0);
    console.info(`[docx-libreoffice] ${identical}/${lines} PDF lines set identically by LibreOffice`);
    for (const [name, a] of results) if (name.startsWith('generated')) console.info(`[docx-libreoffice] ${name}: ${a.identicalLines}/${a.pdfLines}, pages ${a.pdfPages}/${a.docxPages}`);
    expect(identical / lines).toBeGreaterThanOrEqual(0.9);
  });

  it('gives the PDF’s page count', () => {
    const differ = [...results].filter(([, a]) => a.pdfPages !== a.docxPages).map(([name, a]) => `${name}: PDF ${a.pdfPages}, DOCX ${a.docxPages}`);
    expect(differ.length, differ.join('; ')).toBeLessThanOrEqual(Math.floor(results.size / 10));
  });
});
