import { describe, expect, it } from 'vitest';
import { documentText, type SpeechDocument } from '../lambdas/pipeline/model';
import {
  DEFAULT_SCRIPT_VARIANT,
  TWP_WARNING,
  convertDocumentScript,
  editionSuffix,
  openccConverter,
} from '../lambdas/pipeline/script';
import { sampleDocument } from './fixtures/documents';

/** A one-paragraph document per line of `lines`. */
function documentOf(script: SpeechDocument['script'], ...lines: string[]): SpeechDocument {
  return {
    script,
    language: script === 'Hans' ? 'zh-CN' : 'zh-TW',
    title: null,
    meta: {},
    blocks: lines.map((text, i) => ({ kind: 'paragraph', runs: [{ text, role: 'text' }], line: i + 1 })),
  };
}

const textOf = (doc: SpeechDocument): string => documentText(doc).trimEnd();

describe('variants', () => {
  const source = documentOf('Hans', '在这里，我们要把工作做到群众心里。');

  it('tw writes Taiwan forms (裡) and declares zh-TW', () => {
    const tw = convertDocumentScript(source, { variant: 'tw' });
    expect(textOf(tw)).toBe('在這裡，我們要把工作做到群眾心裡。');
    expect([tw.script, tw.language]).toEqual(['Hant', 'zh-TW']);
  });

  it('hk writes Hong Kong forms (裏) and declares zh-HK', () => {
    const hk = convertDocumentScript(source, { variant: 'hk' });
    expect(textOf(hk)).toBe('在這裏，我們要把工作做到羣眾心裏。');
    expect([hk.script, hk.language]).toEqual(['Hant', 'zh-HK']);
  });

  it('t writes OpenCC standard forms and, having no region, declares zh-TW', () => {
    const t = convertDocumentScript(source, { variant: 't' });
    expect(textOf(t)).toBe('在這裏，我們要把工作做到羣衆心裏。');
    expect([t.script, t.language]).toEqual(['Hant', 'zh-TW']);
  });

  it('tw is the default and keeps mainland vocabulary; twp rewrites it, as its warning says', () => {
    const words = documentOf('Hans', '加强信息化建设，用好数据，持续优化营商环境。');
    expect(DEFAULT_SCRIPT_VARIANT).toBe('tw');
    expect(textOf(convertDocumentScript(words, { variant: 'tw' }))).toBe('加強信息化建設，用好數據，持續優化營商環境。');
    const twp = textOf(convertDocumentScript(words, { variant: 'twp' }));
    expect(twp).toContain('資訊化');
    expect(twp).toContain('最佳化');
    for (const rewrite of ['信息→資訊', '优化→最佳化']) expect(TWP_WARNING).toContain(rewrite);
  });

  it('names editions by script', () => {
    expect(editionSuffix('Hant')).toBe('zh-Hant');
    expect(editionSuffix('Hans')).toBe('zh-Hans');
  });
});

describe('the whole document model', () => {
  const source = sampleDocument();
  const tw = convertDocumentScript(source, { variant: 'tw' });

  it('converts title, meta and every run, keeping the structure', () => {
    expect(tw.title).toBe('在全市秋季學期工作部署會議上的講話');
    expect(tw.meta).toEqual({ subtitle: '——在全市秋季學期工作部署會議上的講話', speaker: '張明', date: '（2024年8月30日）' });
    expect(tw.blocks.map((b) => [b.kind, b.level, b.line, b.runs.map((r) => r.role)])).toEqual(
      source.blocks.map((b) => [b.kind, b.level, b.line, b.runs.map((r) => r.role)]),
    );
    const leadIn = tw.blocks.find((b) => b.runs[0]?.role === 'lead-in');
    expect(leadIn?.runs.map((r) => r.text)).toEqual(['一是要抓好開學準備。', '各校要在開學前完成校舍安全排查，確保教材按時到位。']);
  });

  it('has no Simplified character left that the sample uses', () => {
    for (const simplified of '学习会议讲话张统识势务准备时') expect(documentText(tw)).not.toContain(simplified);
  });

  it('does not modify its input and is deterministic', () => {
    const before = JSON.stringify(source);
    const again = convertDocumentScript(source, { variant: 'tw' });
    expect(JSON.stringify(source)).toBe(before);
    expect(JSON.stringify(again)).toBe(JSON.stringify(tw));
  });

  it('converts a phrase that spans two runs as running text does', () => {
    // 干 alone is 幹; in 干净 (split here across runs) it is 乾.
    const split: SpeechDocument = {
      ...documentOf('Hans'),
      blocks: [{ kind: 'paragraph', line: 1, runs: [{ text: '把环境整治干', role: 'lead-in' }, { text: '净。', role: 'text' }] }],
    };
    const runs = convertDocumentScript(split, { variant: 'tw' }).blocks[0]?.runs.map((r) => r.text);
    expect(runs).toEqual(['把環境整治乾', '淨。']);
  });

  it('converts runs alone when a phrase rewrite changes the length (twp)', () => {
    const split: SpeechDocument = {
      ...documentOf('Hans'),
      blocks: [{ kind: 'paragraph', line: 1, runs: [{ text: '一是优化服务。', role: 'lead-in' }, { text: '二是完善制度。', role: 'text' }] }],
    };
    const runs = convertDocumentScript(split, { variant: 'twp' }).blocks[0]?.runs.map((r) => r.text);
    expect(runs).toEqual(['一是最佳化服務。', '二是完善制度。']);
  });
});

describe('quotation marks', () => {
  const quoted = documentOf('Hans', '他说：“要牢记‘两个务必’。”');

  it('become corner brackets for tw and hk, nesting kept', () => {
    expect(textOf(convertDocumentScript(quoted, { variant: 'tw' }))).toBe('他說：「要牢記『兩個務必』。」');
    expect(textOf(convertDocumentScript(quoted, { variant: 'hk' }))).toBe('他説：「要牢記『兩個務必』。」');
  });

  it('are left alone for t, or when turned off', () => {
    expect(textOf(convertDocumentScript(quoted, { variant: 't' }))).toBe('他說：“要牢記‘兩個務必’。”');
    expect(textOf(convertDocumentScript(quoted, { variant: 'tw', quotes: false }))).toBe('他說：“要牢記‘兩個務必’。”');
  });

  it('keep an apostrophe between Latin letters', () => {
    const doc = documentOf('Hans', '“China’s Belt”');
    expect(textOf(convertDocumentScript(doc, { variant: 'tw' }))).toBe('「China’s Belt」');
  });

  it('in the sample document become 「」', () => {
    const text = documentText(convertDocumentScript(sampleDocument(), { variant: 'hk' }));
    expect(text).toContain('「時時放心不下」');
    expect(text).not.toMatch(/[“”]/);
  });
});

describe('protected terms', () => {
  it('keeps 乾安 in the Simplified edition, where OpenCC alone writes 干安', () => {
    const hant = documentOf('Hant', '吉林乾安的同志們');
    expect(openccConverter('to-simplified', 'tw')('吉林乾安')).toBe('吉林干安');
    for (const variant of ['tw', 'hk', 't'] as const) {
      expect(textOf(convertDocumentScript(hant, { variant }))).toBe('吉林乾安的同志们');
    }
  });

  it('keeps 于洪 in the Traditional edition, where OpenCC alone writes 於洪', () => {
    const hans = documentOf('Hans', '于洪新城建设');
    expect(openccConverter('to-traditional', 'tw')('于洪新城')).toBe('於洪新城');
    expect(textOf(convertDocumentScript(hans, { variant: 'tw' }))).toBe('于洪新城建設');
  });

  it('leaves the text around a protected term converted normally', () => {
    const hans = documentOf('Hans', '乾安县和于洪区的干部');
    expect(textOf(convertDocumentScript(hans, { variant: 'tw' }))).toBe('乾安縣和于洪區的幹部');
  });
});

describe('Traditional input gets a Simplified edition', () => {
  const hant = documentOf('Hant', '他說：「在這裡要記住『兩個務必』。」', '我們的幹部要乾乾淨淨。');

  it('converts to Simplified, declares zh-CN and maps 「」『』 back to “”‘’', () => {
    const hans = convertDocumentScript(hant, { variant: 'tw' });
    expect([hans.script, hans.language]).toEqual(['Hans', 'zh-CN']);
    expect(textOf(hans)).toBe('他说：“在这里要记住‘两个务必’。”\n我们的干部要干干净净。');
  });

  it('reads Hong Kong forms with hk', () => {
    expect(textOf(convertDocumentScript(documentOf('Hant', '在這裏'), { variant: 'hk' }))).toBe('在这里');
  });

  it('round-trips the sample document', () => {
    const back = convertDocumentScript(convertDocumentScript(sampleDocument(), { variant: 'tw' }), { variant: 'tw' });
    expect(back).toEqual(sampleDocument());
  });
});
