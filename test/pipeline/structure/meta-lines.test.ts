import { describe, expect, it } from 'vitest';
import { isDateLine, isSubtitleLine } from '../../../lambdas/pipeline/structure/meta-lines';

describe('meta lines under a title', () => {
  it('reads dates in every year notation, and nothing longer as one', () => {
    for (const date of ['2024年5月19日', '（二〇二四年五月十九日）', '中華民國84年12月31日', '民國113年1月1日 上午', '(2023年1月1日)']) expect(isDateLine(date), date).toBe(true);
    for (const text of ['2024年是关键的一年，我们要抓好落实。', '中華民國萬歲', '114年01月13日']) expect(isDateLine(text), text).toBe(false);
  });

  it('reads a Republic-of-China year written out in words as a date line too', () => {
    for (const date of ['中華民國一百一十四年一月一日', '民國八十四年十二月三十一日', '（中华民国一一四年元月一日）']) expect(isDateLine(date), date).toBe(true);
    for (const text of ['民國八十五年元旦前夕，總統發表祝詞。', '中華民國一百一十四年是關鍵的一年']) expect(isDateLine(text), text).toBe(false);
  });

  it('needs a month and a day after the year, in digits and in words alike', () => {
    for (const title of ['民国三十八年以后的日子', '1949年以后的日子', '民國113年的好日子', '二〇二四年难忘的日子']) expect(isDateLine(title), title).toBe(false);
    for (const date of ['2024年5月19日—20日', '二〇二四年元月一日', '民国三十八年十月一日']) expect(isDateLine(date), date).toBe(true);
  });

  it('takes every dash a subtitle opens with, the horizontal bar (―) too', () => {
    for (const line of ['——在全市工作会议上', '――2026年1月27日在青海省第十四届人民代表大会第四次会议上', '--在开学典礼上', '－－在表彰大会上']) expect(isSubtitleLine(line), line).toBe(true);
    expect(isSubtitleLine('在全市工作会议上的讲话')).toBe(false);
  });
});
