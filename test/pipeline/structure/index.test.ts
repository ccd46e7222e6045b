import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../../lambdas/pipeline/clean/report';
import { blockText } from '../../../lambdas/pipeline/model';
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
