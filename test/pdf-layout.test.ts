import { describe, expect, it } from 'vitest';
import type { Block, SpeechDocument } from '../lambdas/pipeline/model';
import { CELL, CELLS_PER_LINE, LINES_PER_PAGE, TYPE_AREA } from '../lambdas/pipeline/render/pdf/geometry';
import { balanceLines } from '../lambdas/pipeline/render/pdf/layout/balance';
import { placeUnits } from '../lambdas/pipeline/render/pdf/layout/justify';
import { breakLines } from '../lambdas/pipeline/render/pdf/layout/lineBreaker';
import { paginate, paginateSlots, type Page } from '../lambdas/pipeline/render/pdf/layout/paginate';
import { metricsOf } from '../lambdas/pipeline/render/pdf/layout/styles';
import { isBlank, typesetDocument, type Slot, type TypesetLine } from '../lambdas/pipeline/render/pdf/layout/typeset';
import { unitsOf, type Measure } from '../lambdas/pipeline/render/pdf/layout/units';
import { parseSpeech } from '../lambdas/pipeline';
import { layoutPdf } from '../lambdas/pipeline/render/pdf';
import { convertDocumentScript } from '../lambdas/pipeline/script';
import { sampleDocument } from './fixtures/documents';
import { corpusEntries, hasCorpus } from './support/shared';
import { allLines, layoutViolations, lineText } from './pipeline/render/pdf/layout-checker';

/** Stand-in for the fonts: ASCII half an em, everything else a full em. */
const measure: Measure = (style, text) =>
  [...text].reduce((w, ch) => w + (/[\x00-\x7f]/.test(ch) ? 0.5 : 1) * metricsOf(style).size, 0);

const body = (text: string, line = 1): Block => ({ kind: 'paragraph', runs: [{ text, role: 'text' }], line });
const docOf = (blocks: Block[]): SpeechDocument => ({ script: 'Hans', language: 'zh-CN', title: null, meta: {}, blocks });

const layout = (doc: SpeechDocument): Page[] => paginate(typesetDocument(doc, measure));

describe('PDF layout engine on sampleDocument()', () => {
  const doc = sampleDocument();
  const pages = layout(doc);

  it('breaks no clreq rule, fills full lines edge to edge, keeps every character', () => {
    expect(layoutViolations(doc, pages)).toEqual([]);
  });

  it('sets a plain Han line in exactly 28 cells and indents paragraphs by two', () => {
    const lines = allLines(pages);
    const opening = lines.find((l) => lineText(l).startsWith('今天召开'))!;
    expect(opening.indent).toBeCloseTo(2 * CELL, 6);
    expect(opening.units).toHaveLength(CELLS_PER_LINE - 2);
    const salutation = lines.find((l) => lineText(l) === '同志们：')!;
    expect(salutation.indent).toBe(0);
  });

  it('keeps —— and …… whole and Latin/digit runs unbroken at their own width', () => {
    const units = allLines(pages).flatMap((l) => l.units.map((p) => p.unit));
    expect(units.map((u) => u.text)).toContain('——');
    expect(units.map((u) => u.text)).toContain('……');
    const percent = units.find((u) => u.text === '5.2%')!;
    expect(percent.grid).toBe(false);
    // its own width, plus a quarter em on each side where it meets Han (clreq §3.2.2)
    expect(percent.width - (percent.lead ?? 0) - (percent.trail ?? 0)).toBeCloseTo(measure('body', '5.2%'), 6);
    expect(units.find((u) => u.text === '1234.5')).toBeDefined();
  });

  it('centres the title group and leaves one blank line before the salutation', () => {
    const slots = typesetDocument(doc, measure);
    const title = slots[0] as TypesetLine;
    const first = title.units[0]!;
    const last = title.units[title.units.length - 1]!;
    expect(first.x).toBeCloseTo(TYPE_AREA.width - (last.x + last.width), 6);
    const salutationIndex = slots.findIndex((s) => !isBlank(s) && lineText(s) === '同志们：');
    expect(isBlank(slots[salutationIndex - 1]!)).toBe(true);
  });

  it('gives each heading one outline entry at its level', () => {
    const entries = allLines(pages).flatMap((l) => (l.outline ? [l.outline] : []));
    expect(entries).toEqual([
      { level: 1, title: '一、统一思想，提高认识' },
      { level: 2, title: '（一）把握形势任务' },
      { level: 3, title: '1.落实安全责任' },
      { level: 4, title: '（1）食堂安全' },
    ]);
  });
});

describe('line breaking per clreq', () => {
  const width = TYPE_AREA.width;
  const units = (text: string) => unitsOf([{ text, style: 'body' }], 'Hans', measure);
  const lines = (text: string) => breakLines(units(text), () => width).map((s) => [...units(text)].slice(s.start, s.end).map((u) => u.text).join(''));

  it('squeezes a closing mark that falls at line start into the line, sharing the squeeze over its marks', () => {
    const text = '一二三，四五六七八九十，一二三四五六七八九十一二三四五六，此后还有';
    const all = units(text);
    const [span] = breakLines(all, () => width);
    expect(span!.end).toBe(29); // the comma that would start line 2 is taken in
    expect(span!.compression).toBeCloseTo(CELL, 6); // the line holds 29 cells of material
    const placed = placeUnits(all, span!, width, 'justified');
    // equal shares, a mid-line comma never below three quarters of its cell, the last one at half
    expect(placed[3]!.width).toBeCloseTo(0.75 * CELL, 6);
    expect(placed[11]!.width).toBeCloseTo(0.75 * CELL, 6);
    expect(placed[28]!.width).toBeCloseTo(CELL / 2, 6);
    expect(placed.at(-1)!.x + placed.at(-1)!.width).toBeCloseTo(width, 6);
  });

  it('pushes a character down rather than squeeze one lone mid-line comma to half width', () => {
    const text = '一二三四五六七八九十，一二三四五六七八九十一二三四五六七，此后还有';
    const [first, second] = lines(text);
    expect(first).toBe('一二三四五六七八九十，一二三四五六七八九十一二三四五六');
    expect(second!.startsWith('七，此后')).toBe(true);
  });

  it('sets adjacent marks in one and a half cells: the closing mark gives its blank half', () => {
    const all = units('他说“好”，我们（一）。（二）【甲】【乙】');
    const width = (text: string): number => all.find((u, i) => u.text === text[0] && all[i + 1]?.text === text[1])!.width;
    for (const pair of ['”，', '）。', '。（', '】【']) expect(width(pair)).toBeCloseTo(CELL / 2, 6);
    expect(all.find((u) => u.text === '，')!.width).toBeCloseTo(CELL, 6); // its neighbour gave, it keeps its cell
  });

  it('drops the blank half before an opening quote that starts a wrapped line', () => {
    const text = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八“九十”';
    const all = units(text);
    const spans = breakLines(all, () => width);
    const second = placeUnits(all, spans[1]!, width, 'justified');
    expect(second[0]!.unit.text).toBe('“');
    expect(second[0]!.width).toBeCloseTo(CELL / 2, 6);
  });

  it('pushes a character down when compression cannot make room', () => {
    const text = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八。”此后还有';
    const [first, second] = lines(text);
    expect(first).toBe('一二三四五六七八九十一二三四五六七八九十一二三四五六七');
    expect(second!.startsWith('八。”')).toBe(true);
  });

  it('never ends a line with an opening bracket or quote', () => {
    const text = '一二三四五六七八九十一二三四五六七八九十一二三四五六七“八九”还有';
    const [first, second] = lines(text);
    expect(first!.endsWith('“')).toBe(false);
    expect(second!.startsWith('“')).toBe(true);
  });

  it('never splits —— across lines', () => {
    const text = '一二三四五六七八九十一二三四五六七八九十一二三四五六七——之后';
    for (const line of lines(text)) expect(line.startsWith('—')).toBe(false);
  });

  it('passes a shortfall up the paragraph instead of stretching one line by two cells (push-down, then orphan pull)', () => {
    const text = '要以系統施治的理念正風肅紀反腐堅持懲防並舉做到始終如一標本兼治，一體推進不敢腐、不能腐、不想腐。要嚴肅政治紀律和政治規矩，嚴格落實「條例」和「準則」，馳而不息糾治「四風」。';
    const all = unitsOf([{ text, style: 'body' }], 'Hant', measure);
    const lengths = breakLines(all, () => width).map((s) => s.end - s.start);
    // the third line gives 「 (it may not end a line) and then 四 too (風」。 alone would be a lone character): the
    // lines above give one unit each instead of leaving it two cells short
    expect(lengths).toEqual([27, 27, 27, 5]);
  });

  it('pulls a character down instead of leaving one alone on the last line', () => {
    const text = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九。';
    const result = lines(text);
    expect(result[result.length - 1]).toBe('八九。');
  });
});

describe('title balancing', () => {
  it('splits a long title into lines of nearly equal length, within the measure', () => {
    const title = '关于深入学习贯彻党的二十届三中全会精神进一步全面深化改革推进中国式现代化的实施意见';
    const units = unitsOf([{ text: title, style: 'title' }], 'Hans', measure);
    const spans = balanceLines(units, TYPE_AREA.width);
    const lengths = spans.map((s) => s.end - s.start);
    expect(spans.length).toBe(3);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(2);
    for (const length of lengths) expect(length * 22).toBeLessThanOrEqual(TYPE_AREA.width);
  });
});

describe('title lines', () => {
  it('break where the DOCX edition breaks them, keeping 党风廉政 whole', () => {
    const title = '在教育系统全面从严治党和党风廉政建设工作会议上的讲话';
    const doc = docOf([{ kind: 'title', runs: [{ text: title, role: 'heading' }], line: 1 }, body('同志们：', 2)]);
    const lines = typesetDocument(doc, measure).filter((s): s is TypesetLine => !isBlank(s) && s.blockIndex === 0);
    expect(lines.map(lineText)).toEqual(['在教育系统全面从严治党和', '党风廉政建设工作会议上的讲话']);
  });
});

describe('heading lines', () => {
  const headingLines = (text: string, script: 'Hans' | 'Hant'): string[] => {
    const heading: Block = { kind: 'heading', level: 1, runs: [{ text, role: 'heading' }], line: 1 };
    const doc = { ...docOf([heading, body('同志们要抓好落实。', 2)]), script };
    return typesetDocument(doc, measure)
      .filter((s): s is TypesetLine => !isBlank(s) && s.blockIndex === 0)
      .map(lineText);
  };

  it('break a wrapping standalone heading by meaning, balanced, the same way in both scripts', () => {
    expect(headingLines('一、坚持加强党对教育工作的全面领导，推动教育系统党的建设迈出新步伐', 'Hans')).toEqual([
      '一、坚持加强党对教育工作的全面领导，',
      '推动教育系统党的建设迈出新步伐',
    ]);
    expect(headingLines('（一）进一步增强了党风廉政建设服务教育事业发展的使命意识', 'Hans')).toEqual([
      '（一）进一步增强了党风廉政建设',
      '服务教育事业发展的使命意识',
    ]);
    expect(headingLines('（一）進一步增強了黨風廉政建設服務教育事業發展的使命意識', 'Hant')).toEqual([
      '（一）進一步增強了黨風廉政建設',
      '服務教育事業發展的使命意識',
    ]);
  });
});

describe('subtitle lines', () => {
  it('break like the title when they wrap: by meaning, balanced, centred', () => {
    const subtitle = '——在全市深入学习贯彻党的二十届三中全会精神暨推动高质量发展动员大会上的讲话';
    const doc = docOf([
      { kind: 'title', runs: [{ text: '奋力谱写新篇章', role: 'heading' }], line: 1 },
      { kind: 'subtitle', runs: [{ text: subtitle, role: 'text' }], line: 2 },
      body('同志们：', 3),
    ]);
    const lines = typesetDocument(doc, measure).filter((s): s is TypesetLine => !isBlank(s) && s.blockIndex === 1);
    expect(lines.map(lineText)).toEqual(['——在全市深入学习贯彻党的二十届三中全会精神', '暨推动高质量发展动员大会上的讲话']);
  });
});

describe('pagination', () => {
  // Paragraphs of varied lengths with headings placed so some fall on a page's last line.
  const blocks: Block[] = [];
  for (let i = 0; i < 40; i += 1) {
    blocks.push(body('各级各部门要'.repeat(2 + ((i * 7) % 11)) + '抓好落实。', i));
    if (i % 3 === 2) blocks.push({ kind: 'heading', level: 1, runs: [{ text: `${'一二三四五六七八九十'[i % 10]}、狠抓工作落实`, role: 'heading' }], line: i });
  }
  const doc = docOf(blocks);
  const pages = layout(doc);

  it('fills every page but the last with 22 lines unless a heading moved over', () => {
    expect(pages.length).toBeGreaterThan(3);
    expect(layoutViolations(doc, pages)).toEqual([]);
    const short = pages.slice(0, -1).filter((p) => p.lines.length < LINES_PER_PAGE);
    for (const page of short) expect(pages[page.number]!.lines[0]!.line.keepWithNext).toBe(true);
  });

  it('numbers pages from 1 without gaps', () => {
    expect(pages.map((p) => p.number)).toEqual(pages.map((_, i) => i + 1));
  });

  it('hands out each page before reading much past it, so a long speech is drawn without holding its whole layout', () => {
    const slots = typesetDocument(doc, measure);
    let read = 0;
    function* counted(): Generator<Slot> {
      for (const slot of slots) {
        read += 1;
        yield slot;
      }
    }
    const readWhenHandedOut: number[] = [];
    const streamed: Page[] = [];
    for (const page of paginateSlots(counted())) {
      readWhenHandedOut.push(read);
      streamed.push(page);
    }
    expect(streamed).toEqual(pages);
    // A page is complete once the next page's first line (and at most one keep-with-next chain) is read.
    const slotsThrough = (n: number): number => slots.indexOf(streamed[n]!.lines.at(-1)!.line) + 1;
    readWhenHandedOut.slice(0, -1).forEach((n, i) => expect(n - slotsThrough(i)).toBeLessThanOrEqual(LINES_PER_PAGE + 1));
    expect(readWhenHandedOut[0]).toBeLessThan(slots.length / 2);
  });
});

describe('layout measured with the real fonts', () => {
  it('sampleDocument() (Simplified and Traditional) breaks no rule', () => {
    const doc = sampleDocument();
    expect(layoutViolations(doc, layoutPdf(doc).pages)).toEqual([]);
    const tw = convertDocumentScript(doc, { variant: 'tw' });
    expect(layoutViolations(tw, layoutPdf(tw).pages)).toEqual([]);
  });

  describe.skipIf(!hasCorpus)('the shared corpus', () => {
    const entries = corpusEntries();
    const seed = entries.find((e) => e.name === '00_seed')!;

    it('the seed: no clreq break, full lines flush at 28 cells, full pages of 22 lines, headings kept with text', () => {
      const doc = parseSpeech(seed.bytes, { sourceName: seed.rawPath }).document;
      const { pages } = layoutPdf(doc);
      expect(pages.length).toBeGreaterThan(5);
      expect(layoutViolations(doc, pages)).toEqual([]);
      const full = allLines(pages).filter((l) => l.full);
      expect(full.length).toBeGreaterThan(100);
    });

    it.each(entries.map((e) => [e.name, e] as const))('%s (both scripts) breaks no rule', (_name, entry) => {
      const doc = parseSpeech(entry.bytes, { sourceName: entry.rawPath }).document;
      expect(layoutViolations(doc, layoutPdf(doc).pages)).toEqual([]);
      const other = convertDocumentScript(doc, { variant: 'tw' });
      expect(layoutViolations(other, layoutPdf(other).pages)).toEqual([]);
    });
  });
});
