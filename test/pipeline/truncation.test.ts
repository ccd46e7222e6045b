import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../lambdas/pipeline';

const HEAD = '在全县工作会议上的讲话\n同志们：\n';
const PARA = '今年以来，全县上下坚持稳中求进工作总基调，统筹发展和安全，各项工作取得新成效。\n';
const truncation = (text: string) => parseSpeech(Buffer.from(text, 'utf8')).warnings.find((w) => w.code === 'source-truncated');

describe('source-truncated warning', () => {
  it('says where a paywall or read-more line cuts the source', () => {
    expect(truncation(`${HEAD}${PARA}${PARA}试读结束，开通VIP阅读全文\n相关推荐\n`)?.message).toMatch(/at line 5 the page has “试读结束，开通VIP阅读全文” \(paywall\), so the text stops after “…/);
    expect(truncation(`${HEAD}${PARA}${PARA}阅读全文>>\n`)?.message).toContain('(read-more link)');
    expect(truncation(`${HEAD}${PARA}我们要坚持以人民为中心。（未完，全文共6800字，当前显示1500字）\n`)?.samples).toEqual(['（未完，全文共6800字，当前显示1500字）']);
  });

  it('says where the text stops mid-sentence', () => {
    const warning = truncation(`${HEAD}${PARA}我们要深入贯彻落实党中央决策部署，扎实推进各项`);
    expect(warning?.message).toBe('The text ends mid-sentence at line 4 (“…深入贯彻落实党中央决策部署，扎实推进各项”): the source may be cut off. Check it is complete before printing.');
  });

  it('stays silent for a complete speech, one ending with a date or a short sign-off', () => {
    expect(truncation(`${HEAD}${PARA}${PARA}`)).toBeUndefined();
    expect(truncation(`${HEAD}${PARA}谢谢大家\n`)).toBeUndefined();
    expect(truncation(`${HEAD}${PARA}2023年1月21日\n`)).toBeUndefined();
    // A default-ignorable after the final mark (an ideographic variation selector, a ZWJ, a tag) is not text.
    for (const invisible of ['\u{E0100}', '\u200D', '\u{E007F}', '\uFE0F']) {
      expect(truncation(`${HEAD}${PARA}我们要坚持以人民为中心。${invisible}\n`)).toBeUndefined();
    }
  });
});
