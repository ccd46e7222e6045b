/**
 * The head rules against whole pages: a meeting's date and time under the title is the speech's
 * (structure prints it as the date line), a web page's publish stamp is removed and listed.
 */
import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../lambdas/pipeline';

const TITLE = '在全区防汛抗旱工作会议上的讲话';
const BODY = ['同志们：', '刚才，几位同志分别汇报了各自负责的防汛准备情况，讲得都很实在，我完全同意。', '下面，我就做好今年的防汛抗旱工作讲几点意见。', '希望大家守土有责、守土尽责，确保安全度汛。'];
const page = (under: string) => parseSpeech(Buffer.from([TITLE, under, ...BODY].join('\n'), 'utf8'));

describe('publish-datetime rule', () => {
  it.each(['2024年3月8日 15:00', '2024年3月8日上午9:00', '2024年3月8日下午2:30'])('keeps a meeting’s date and time under the title (%s) for the date line', (date) => {
    const parsed = page(date);
    expect(parsed.cleaned.report.removed).toEqual([]);
    expect(parsed.document.title).toBe(TITLE);
    expect(parsed.document.meta.date).toBe(date);
  });

  it.each(['2024-03-08 15:00:32', '发布时间：2024年3月8日 15:00', '2024年3月8日 14:00 人民网', '2024年3月8日 15:00 来自：人民日报', '2024年3月8日 09:41'])('removes a page’s publish stamp under the title (%s)', (stamp) => {
    const parsed = page(stamp);
    expect(parsed.cleaned.report.removed.map((r) => r.text)).toEqual([stamp]);
    expect(parsed.document.meta.date).toBeUndefined();
  });
});
