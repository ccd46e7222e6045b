import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../lambdas/pipeline';
import { rejoinSentenceFragments, repairProseLine } from '../../../lambdas/pipeline/clean/paragraph-repair';
import { documentText } from '../../../lambdas/pipeline/model';

const text = (raw: string): string => documentText(parseSpeech(Buffer.from(raw, 'utf8')).document);

describe('paragraph repair', () => {
  it('drops spaces a PDF copy left between Han characters and around numbers in prose', () => {
    expect(repairProseLine('我们向大家表示热烈的 祝贺，2025 年 3 月全面完成了 各项任务。')).toBe('我们向大家表示热烈的祝贺，2025年3月全面完成了各项任务。');
    expect(repairProseLine('全年增长 6.7 %，比上年提高两个百分点，各项指标全面向好。')).toBe('全年增长6.7%，比上年提高两个百分点，各项指标全面向好。');
  });

  it('keeps spaces in head lines and other non-prose lines (an office and a name)', () => {
    expect(repairProseLine('自治区人民政府主席 张雨浦')).toBe('自治区人民政府主席 张雨浦');
    expect(text('香港立法會 涂謹申議員\n各位代表：\n今天我們在這裡開會，主要任務是總結工作、部署任務。\n')).toContain('香港立法會 涂謹申議員');
  });

  it('turns a `.` between Han characters into 。 but leaves decimals and 十一.-style markers alone', () => {
    expect(repairProseLine('我们要加强领导.要压实责任，确保各项工作落到实处.')).toBe('我们要加强领导。要压实责任，确保各项工作落到实处。');
    expect(repairProseLine('全年增长3.5个百分点，各项工作全面推进，取得了明显成效。')).toBe('全年增长3.5个百分点，各项工作全面推进，取得了明显成效。');
    expect(repairProseLine('十一.加强组织领导，压实各级责任，确保工作落到实处。')).toBe('十一.加强组织领导，压实各级责任，确保工作落到实处。');
  });

  it('rejoins a paragraph cut by a line of zero-width characters, and lists that line as removed', () => {
    const raw = '在全县工作会议上的讲话\n同志们：\n过去一年，全县经济运行稳中有进，地区生产总值达到\n\u200b\n 74 万亿元，增长6.7%，各项工作取得新成效。\n';
    const parsed = parseSpeech(Buffer.from(raw, 'utf8'));
    expect(documentText(parsed.document)).toContain('地区生产总值达到74万亿元，增长6.7%');
    expect(parsed.cleaned.report.removed).toEqual([{ line: 4, text: '\u200b', reason: 'invisible characters only' }]);
  });

  it('does not rejoin across an invisible line when the line above ends its sentence', () => {
    expect(text('讲话\n同志们：\n今天我们召开会议，研究部署下一步的工作。\n\u200b\n一、提高站位\n')).toContain('部署下一步的工作。\n一、提高站位');
  });

  it('rejoins a sentence a web copy broke at its links, and keeps a lone number inside it (not a page number)', () => {
    const raw = [
      '政府工作报',
      '告',
      '',
      '各位代表：',
      '',
      '过去一年，全国各族人民迎难而上，推动经济社会持续健康发展。',
      '党的十八届六中全会',
      '正式明确',
      '习近平',
      '总书记的核心地位，体现了党和人民的根本利益，“',
      '十三五',
      '”实现了良好开局。',
      '',
      '稳健的货币政策灵活适度，广义货币M',
      '2',
      '增长11.3%，低于预期目标。',
      '',
    ].join('\n');
    const parsed = parseSpeech(Buffer.from(raw, 'utf8'));
    const body = documentText(parsed.document);
    expect(parsed.document.title).toBe('政府工作报告');
    expect(body).toContain('推动经济社会持续健康发展。党的十八届六中全会正式明确习近平总书记的核心地位，体现了党和人民的根本利益，“十三五”实现了良好开局。');
    expect(body).toContain('广义货币M2增长11.3%');
    expect(parsed.cleaned.report.removed).toEqual([]);
  });

  it('keeps apart a signature and its date, a heading over its paragraph, and page numbers standing apart', () => {
    const raw = '在全县工作会议上的讲话\n同志们：\n今天我们召开会议，研究部署下一步的工作，确保各项任务落到实处。\n\n3\n\n一、提高站位\n我们要坚持\n问题导向，抓好落实。\n谢谢大家！\n县人民政府\n2024年1月1日\n';
    const parsed = parseSpeech(Buffer.from(raw, 'utf8'));
    const body = documentText(parsed.document);
    expect(body).toContain('县人民政府\n2024年1月1日');
    expect(parsed.cleaned.report.removed.map((r) => r.reason)).toEqual(['page number']);
  });
});

describe('paragraph repair on very many lines', () => {
  it('passes 200,000 short lines through without overflowing the call stack (a 1.7 MB file of `我们要，` lines crashed)', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => ({ line: i + 1, text: '我们要，', removed: false }));
    const out = rejoinSentenceFragments(lines, 1);
    expect(out).toHaveLength(200_000);
    expect(out[199_999]).toEqual(lines[199_999]);
  });
});

describe('a line of invisible characters only', () => {
  it('is removed and listed even when it holds variation selectors the character repair keeps (it printed as an empty paragraph)', () => {
    const raw = '在全县工作会议上的讲话\n同志们：\n过去一年，全县经济运行稳中有进，各项工作取得新成效。\n\u{E0100}\uFE0F\n新的一年，我们要坚定信心，真抓实干，推动各项工作再上新台阶。\n';
    const parsed = parseSpeech(Buffer.from(raw, 'utf8'));
    expect(parsed.cleaned.report.removed).toContainEqual({ line: 4, text: '\u{E0100}\uFE0F', reason: 'invisible characters only' });
    expect(parsed.document.blocks.some((b) => 'text' in b && /^[\u{E0100}\uFE0F\s]*$/u.test(String((b as { text: unknown }).text)))).toBe(false);
  });
});
