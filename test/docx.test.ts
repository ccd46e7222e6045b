import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  HONG_KONG_PROFILE,
  SIMPLIFIED_PROFILE,
  TRADITIONAL_PROFILE,
  renderDocx,
} from '../lambdas/pipeline/render/docx/index';
import { documentText, type Block, type SpeechDocument } from '../lambdas/pipeline/model';
import { sampleDocument } from './fixtures/documents';

async function parts(bytes: Uint8Array): Promise<(name: string) => Promise<string>> {
  const zip = await JSZip.loadAsync(bytes);
  return async (name) => {
    const file = zip.file(name);
    if (!file) throw new Error(`no ${name} in the DOCX`);
    return file.async('string');
  };
}

/** The <w:style> element with this id, or throws. */
function style(stylesXml: string, id: string): string {
  const match = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 's').exec(stylesXml);
  if (!match) throw new Error(`no style ${id}`);
  return match[0];
}

const attr = (xml: string, element: string, name: string): string | undefined =>
  new RegExp(`<${element} [^>]*?${name}="([^"]*)"`).exec(xml)?.[1];

const paragraphs = (documentXml: string): string[] => documentXml.match(/<w:p>.*?<\/w:p>|<w:p .*?<\/w:p>/gs) ?? [];
const texts = (xml: string): string => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const han = (text: string): string => [...text].filter((ch) => /\p{Script=Han}/u.test(ch)).join('');

describe('DOCX page setup (GB/T 9704)', async () => {
  const read = await parts(await renderDocx(sampleDocument()));
  const documentXml = await read('word/document.xml');
  const sectPr = /<w:sectPr.*?<\/w:sectPr>/s.exec(documentXml)![0];

  it('is A4 with margins 37/35/28/26 mm, leaving the 156 × 225 mm text block', () => {
    const twip = (name: string, el = 'w:pgMar') => Number(attr(sectPr, el, name));
    expect([twip('w:w', 'w:pgSz'), twip('w:h', 'w:pgSz')]).toEqual([11906, 16838]);
    const mm = (t: number) => (t / 1440) * 25.4;
    expect(mm(twip('w:top'))).toBeCloseTo(37, 0);
    expect(mm(twip('w:bottom'))).toBeCloseTo(35, 0);
    expect(mm(twip('w:left'))).toBeCloseTo(28, 0);
    expect(mm(twip('w:right'))).toBeCloseTo(26, 0);
    expect(mm(11906 - twip('w:left') - twip('w:right'))).toBeCloseTo(156, 0);
    expect(mm(16838 - twip('w:top') - twip('w:bottom'))).toBeCloseTo(225, 0);
  });

  it('numbers odd pages on the right and even pages on the left, one 4号 character in, with a PAGE field', async () => {
    expect(await read('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const rels = await read('word/_rels/document.xml.rels');
    const footerOf = (type: string) => {
      const id = new RegExp(`<w:footerReference [^>]*w:type="${type}"[^>]*r:id="([^"]+)"`).exec(sectPr)?.[1]
        ?? new RegExp(`<w:footerReference [^>]*r:id="([^"]+)"[^>]*w:type="${type}"`).exec(sectPr)?.[1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      return read(`word/${target}`);
    };
    const odd = await footerOf('default');
    const even = await footerOf('even');
    expect(attr(odd, 'w:jc', 'w:val')).toBe('right');
    expect(attr(odd, 'w:ind', 'w:right')).toBe('280');
    expect(attr(even, 'w:jc', 'w:val')).toBe('left');
    expect(attr(even, 'w:ind', 'w:left')).toBe('280');
    for (const footer of [odd, even]) {
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(texts(footer)).toBe('—  —'); // `— ` + the field's number + ` —`
    }
    const footerStyle = style(await read('word/styles.xml'), 'Footer');
    expect(attr(footerStyle, 'w:sz', 'w:val')).toBe('28');
    expect(attr(footerStyle, 'w:rFonts', 'w:ascii')).toBe('宋体');
    expect(attr(footerStyle, 'w:rFonts', 'w:eastAsia')).toBe('宋体');
  });
});

describe('DOCX styles', async () => {
  const stylesXml = await (await parts(await renderDocx(sampleDocument())))('word/styles.xml');
  const normal = style(stylesXml, 'Normal');

  it('puts 3号 仿宋, exact 22-line pitch, 28-character tracking and the 2-character indent on Normal', () => {
    expect(attr(normal, 'w:rFonts', 'w:eastAsia')).toBe('仿宋');
    expect(attr(normal, 'w:rFonts', 'w:ascii')).toBe('Times New Roman');
    expect(attr(normal, 'w:sz', 'w:val')).toBe('32');
    const line = Number(attr(normal, 'w:spacing', 'w:line'));
    expect(attr(normal, 'w:spacing', 'w:lineRule')).toBe('exact');
    const textHeight = 16838 - 2098 - 1984;
    expect(Math.floor(textHeight / line)).toBe(22);
    const tracking = Number(/<w:rPr>.*?<w:spacing w:val="(-?\d+)"/s.exec(normal)?.[1]);
    const advance = 320 + tracking; // twips per 16 pt character
    const textWidth = 11906 - 1587 - 1474;
    expect(Math.floor(textWidth / advance)).toBe(28);
    expect(attr(normal, 'w:ind', 'w:firstLineChars')).toBe('200');
    expect(attr(normal, 'w:jc', 'w:val')).toBe('both');
    expect(attr(normal, 'w:lang', 'w:eastAsia')).toBe('zh-CN');
    // A character grid would compress a second time in Word and lays out ~14 per line in LibreOffice.
    expect(stylesXml + normal).not.toContain('linesAndChars');
    // LibreOffice reads w:overflowPunct inverted: on, it stops hanging (and dropping) line-end marks; Word's default.
    expect(normal).toContain('<w:overflowPunct/>');
    // Pages stay full, as in the PDF: no widow/orphan control on body text.
    expect(normal).toContain('<w:widowControl w:val="false"/>');
  });

  it('gives the four heading levels Word heading styles with outline levels and the GB/T faces', () => {
    const expected = [
      { id: 'Heading1', outline: '0', face: '黑体', bold: false },
      { id: 'Heading2', outline: '1', face: '楷体', bold: false },
      { id: 'Heading3', outline: '2', face: '仿宋', bold: true },
      { id: 'Heading4', outline: '3', face: '仿宋', bold: false },
    ];
    for (const level of expected) {
      const xml = style(stylesXml, level.id);
      expect(attr(xml, 'w:name', 'w:val')).toBe(`heading ${Number(level.outline) + 1}`);
      expect(attr(xml, 'w:outlineLvl', 'w:val')).toBe(level.outline);
      expect(attr(xml, 'w:rFonts', 'w:eastAsia')).toBe(level.face);
      expect(/<w:b\/>/.test(xml)).toBe(level.bold);
    }
  });

  it('sets the title in 2号 小标宋, centred, and the byline in 3号 楷体, centred', () => {
    const title = style(stylesXml, 'Title');
    expect(attr(title, 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
    expect(attr(title, 'w:sz', 'w:val')).toBe('44');
    expect(attr(title, 'w:jc', 'w:val')).toBe('center');
    const byline = style(stylesXml, 'Byline');
    expect(attr(byline, 'w:rFonts', 'w:eastAsia')).toBe('楷体');
    expect(attr(byline, 'w:jc', 'w:val')).toBe('center');
    expect(attr(style(stylesXml, 'Salutation'), 'w:ind', 'w:firstLine')).toBe('0');
  });
});

describe('DOCX paragraphs', async () => {
  const doc = sampleDocument();
  const read = await parts(await renderDocx(doc));
  const documentXml = await read('word/document.xml');
  const stylesXml = await read('word/styles.xml');
  const paras = paragraphs(documentXml);

  it('writes one paragraph per block with the block kind’s style', () => {
    const styleOf = (p: string) => attr(p, 'w:pStyle', 'w:val') ?? 'Normal';
    expect(paras.map(styleOf)).toEqual([
      'Title', 'Byline', 'Byline', 'Salutation', 'Normal', 'Heading1', 'Normal', 'Heading2', 'Normal', 'Heading3', 'Heading4', 'Normal',
    ]);
  });

  it('keeps a run-in heading’s body in the same paragraph, in body font, with only the heading sentence in heading style', () => {
    const runIn = paras[9]!;
    const runs = runIn.match(/<w:r>.*?<\/w:r>/gs)!;
    expect(texts(runs[0]!)).toBe('1.落实安全责任。');
    expect(runs[0]).not.toContain('w:rStyle');
    expect(texts(runs[1]!)).toMatch(/^校长是第一责任人/);
    expect(attr(runs[1]!, 'w:rStyle', 'w:val')).toBe('RunInBody');
    const body = style(stylesXml, 'RunInBody');
    expect(attr(body, 'w:rFonts', 'w:eastAsia')).toBe('仿宋');
    expect(body).toContain('<w:b w:val="false"/>');
    // a run-in heading is a whole paragraph: it keeps only its first line with its second, as in the PDF
    expect(runIn).toContain('<w:keepNext w:val="false"/>');
    expect(runIn).toContain('<w:widowControl/>');
  });

  it('keeps standalone headings with the next paragraph, as the PDF does', () => {
    for (const level of [1, 2, 3, 4]) expect(style(stylesXml, `Heading${level}`)).toContain('<w:keepNext/>');
    expect(paras[5]).not.toContain('w:keepNext');
  });

  it('sets lead-in sentences bold through the Lead-in character style', () => {
    const runs = paras[8]!.match(/<w:r>.*?<\/w:r>/gs)!;
    expect(texts(runs[0]!)).toBe('一是要抓好开学准备。');
    expect(attr(runs[0]!, 'w:rStyle', 'w:val')).toBe('LeadIn');
    expect(style(stylesXml, 'LeadIn')).toContain('<w:b/>');
    expect(runs[1]).not.toContain('LeadIn');
  });

  it('ends the front matter on a whole line of the 22-line grid plus one empty line', () => {
    const height = (p: string) => {
      const spacing = /<w:spacing [^>]*>/.exec(p)?.[0] ?? '';
      const line = Number(attr(spacing, 'w:spacing', 'w:line') ?? 579);
      const lines = (p.match(/<w:br\/>/g)?.length ?? 0) + 1;
      return lines * line + Number(attr(spacing, 'w:spacing', 'w:after') ?? 0);
    };
    const front = paras.slice(0, 3).reduce((sum, p) => sum + height(p), 0);
    expect(front % 579).toBe(0);
    expect(Number(attr(paras[2]!, 'w:spacing', 'w:after'))).toBe(579);
    // title lines one body pitch apart, as in the PDF; one empty line under the block (GB/T 9704), not two
    expect(attr(paras[0]!, 'w:spacing', 'w:line')).toBe('579');
    expect(front).toBe((3 + 1) * 579);
  });

  it('breaks a long title into balanced centred lines with explicit breaks', async () => {
    const title = '在教育系统全面从严治党和党风廉政建设工作会议上的讲话';
    const long: SpeechDocument = {
      ...doc,
      title,
      blocks: [{ kind: 'title', runs: [{ text: title, role: 'heading' }], line: 1 }, ...doc.blocks.slice(1)],
    };
    const titlePara = paragraphs(await (await parts(await renderDocx(long)))('word/document.xml'))[0]!;
    const lines = titlePara.split('<w:br/>').map(texts);
    expect(lines).toEqual(['在教育系统全面从严治党和', '党风廉政建设工作会议上的讲话']);
  });
});

describe('DOCX text fidelity and read-back', async () => {
  const doc = sampleDocument();
  const bytes = await renderDocx(doc);
  const read = await parts(bytes);

  it('holds exactly the Han characters of the cleaned text, in order', async () => {
    expect(han(texts(await read('word/document.xml')))).toBe(han(documentText(doc)));
  });

  it('reads back in mammoth as title, headings h1–h4 and paragraphs, in order', async () => {
    const { value } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { styleMap: ["p[style-name='Title'] => h1.doc-title:fresh"] },
    );
    const elements = [...value.matchAll(/<(h[1-4]|p)( class="[^"]*")?>(.*?)<\/\1>/g)].map((m) => ({
      tag: m[1]! + (m[2] ? '.title' : ''),
      text: m[3]!.replace(/<[^>]+>/g, ''),
    }));
    const expectedTag = (b: Block) =>
      b.kind === 'title' ? 'h1.title' : b.kind === 'heading' ? `h${b.level}` : 'p';
    expect(elements.map((e) => e.tag)).toEqual(doc.blocks.map(expectedTag));
    expect(elements.map((e) => e.text)).toEqual(doc.blocks.map((b) => b.runs.map((r) => r.text).join('')));
    expect(value).toContain('<strong>一是要抓好开学准备。</strong>');
  });

  it('declares the title, subject and speaker in the core properties', async () => {
    const core = await read('docProps/core.xml');
    expect(core).toContain('<dc:title>在全市秋季学期工作部署会议上的讲话</dc:title>');
    expect(core).toContain('<dc:subject>在全市秋季学期工作部署会议上的讲话</dc:subject>');
    expect(core).toContain('<dc:creator>张明</dc:creator>');
  });
});

describe('DOCX determinism', () => {
  afterEach(() => vi.useRealTimers());

  it('renders the same document to byte-identical files, with fixed timestamps', async () => {
    const first = await renderDocx(sampleDocument());
    // A day and three seconds later by the clock (past a zip's 2-second resolution, and another date in
    // core.xml), without waiting for it: only Date is faked, timers and I/O stay real.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 86_403_000);
    const second = await renderDocx(sampleDocument());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const zip = await JSZip.loadAsync(first);
    const dates = new Set(Object.values(zip.files).map((f) => f.date.toISOString()));
    expect([...dates]).toEqual(['2000-01-01T00:00:00.000Z']);
    expect(Object.keys(zip.files)[0]).toBe('[Content_Types].xml');
  });
});

describe('DOCX font profiles', () => {
  it('picks the Traditional faces and zh-TW / zh-HK from the document language', async () => {
    for (const [language, profile] of [['zh-TW', TRADITIONAL_PROFILE], ['zh-HK', HONG_KONG_PROFILE]] as const) {
      const read = await parts(await renderDocx({ ...sampleDocument(), script: 'Hant', language }));
      const stylesXml = await read('word/styles.xml');
      expect(attr(style(stylesXml, 'Normal'), 'w:lang', 'w:eastAsia')).toBe(language);
      expect(attr(style(stylesXml, 'Normal'), 'w:rFonts', 'w:eastAsia')).toBe(profile.fonts.body.name);
      expect(attr(style(stylesXml, 'Heading1'), 'w:rFonts', 'w:eastAsia')).toBe('微軟正黑體');
      expect(attr(style(stylesXml, 'Heading2'), 'w:rFonts', 'w:eastAsia')).toBe('標楷體');
      expect(await read('word/fontTable.xml')).toContain('<w:font w:name="標楷體"><w:altName w:val="DFKai-SB"/><w:charset w:val="88"/>');
    }
  });

  it('lets the caller force a profile, and names every face in the font table with its English name', async () => {
    const read = await parts(await renderDocx(sampleDocument(), TRADITIONAL_PROFILE));
    expect(attr(style(await read('word/styles.xml'), 'Normal'), 'w:lang', 'w:eastAsia')).toBe('zh-TW');
    const simplified = await (await parts(await renderDocx(sampleDocument())))('word/fontTable.xml');
    for (const font of Object.values(SIMPLIFIED_PROFILE.fonts)) expect(simplified).toContain(`w:name="${font.name}"`);
    expect(simplified).toContain('<w:altName w:val="FangSong"/><w:charset w:val="86"/>');
  });
});
