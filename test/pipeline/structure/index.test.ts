import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../../lambdas/pipeline/clean/report';
import { parseSpeech } from '../../../lambdas/pipeline';
import { blockText, documentText } from '../../../lambdas/pipeline/model';
import { structure } from '../../../lambdas/pipeline/structure';

const run = (...texts: string[]) =>
  structure({ lines: texts.map((text, i) => ({ text, line: i + 1 })), bodyStartLine: 1, report: emptyReport() }).blocks.map((b) => [b.kind, blockText(b)]);

describe('structure: the salutation', () => {
  it('splits a salutation glued to the first paragraph off it', () => {
    expect(run('在全县安全生产工作会议上的讲话', '同志们：经县政府研究决定，今天召开全县安全生产工作会议。')).toEqual([
      ['title', '在全县安全生产工作会议上的讲话'],
      ['salutation', '同志们：'],
      ['paragraph', '经县政府研究决定，今天召开全县安全生产工作会议。'],
    ]);
  });

  it('takes the salutation under a note the head did not read as meta, the note kept above it', () => {
    for (const note of ['（根据录音整理）', '主持人：李明', '（摘要）']) {
      expect(run('在全县安全生产工作会议上的讲话', note, '同志们：', '今天召开全县安全生产工作会议。'), note).toEqual([
        ['title', '在全县安全生产工作会议上的讲话'],
        ['paragraph', note],
        ['salutation', '同志们：'],
        ['paragraph', '今天召开全县安全生产工作会议。'],
      ]);
    }
    // Under a sentence of the speech it is no salutation any more (a speaker addressing the room again).
    expect(run('在全县安全生产工作会议上的讲话', '今天召开全县安全生产工作会议。', '同志们：')[2]).toEqual(['paragraph', '同志们：']);
  });

  it('leaves a sentence that merely addresses the audience in its paragraph', () => {
    expect(run('在全县安全生产工作会议上的讲话', '今天，我想对大家说：安全生产是头等大事。')).toEqual([
      ['title', '在全县安全生产工作会议上的讲话'],
      ['paragraph', '今天，我想对大家说：安全生产是头等大事。'],
    ]);
  });
});

describe('structure: a meeting’s date and time under the title', () => {
  it('prints it as the date line, and the salutation under it opens the body (whole pipeline)', async () => {
    const { parseSpeech } = await import('../../../lambdas/pipeline');
    for (const date of ['2024年1月12日上午9:00', '（2024年1月12日 15:00）']) {
      const text = `在全县安全生产工作会议上的讲话\n${date}\n同志们：\n今天我们召开全县安全生产工作会议，总结去年工作，部署今年任务。\n`;
      const { document, cleaned } = parseSpeech(Buffer.from(text, 'utf8'));
      expect(document.meta.date, date).toBe(date);
      expect(document.blocks.slice(0, 3).map((b) => [b.kind, blockText(b)]), date).toEqual([
        ['title', '在全县安全生产工作会议上的讲话'],
        ['date', date],
        ['salutation', '同志们：'],
      ]);
      expect(cleaned.report.removed, date).toEqual([]);
    }
  });
});

describe('a headline above the chosen title', () => {
  it('is printed after the title and listed as suspected, since its words (the speaker) are nowhere else', () => {
    const raw = '市长张明在2025年全市经济工作会议上的讲话\n在2025年全市经济工作会议上的讲话\n（2024年12月28日）\n同志们：\n今天召开全市经济工作会议，主要任务是总结今年工作，部署明年任务。\n';
    const parsed = parseSpeech(Buffer.from(raw, 'utf8'));
    expect(parsed.document.title).toBe('在2025年全市经济工作会议上的讲话');
    expect(documentText(parsed.document)).toContain('市长张明');
    expect(parsed.cleaned.report.suspected).toContainEqual({ line: 1, text: '市长张明在2025年全市经济工作会议上的讲话', reason: 'looks like a page headline above the title' });
    expect(parsed.warnings.map((w) => w.code)).toContain('suspected-noise');
  });

  it('flags no lead-in above the title (以下为讲话全文：)', () => {
    const raw = '本报讯 市委书记某某在全市大会上发表讲话。\n以下为讲话全文：\n在全市高质量发展大会上的讲话\n同志们：\n今天召开全市高质量发展大会，主要任务是部署今年工作。\n';
    const parsed = parseSpeech(Buffer.from(raw, 'utf8'));
    expect(parsed.cleaned.report.suspected.filter((s) => s.reason === 'looks like a page headline above the title')).toEqual([]);
  });
});
