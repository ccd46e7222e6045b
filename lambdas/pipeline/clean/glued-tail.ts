import type { CleaningReport } from './report';
import type { WorkLine } from './lines';
import { isProse } from './regions';
import { TAIL_CHROME } from './tail-chrome';

/** Page chrome glued onto the end of the last content line. */
const GLUED_CHROME =
  /(?<=[。！？!?”」…])\s*(?:(?:展开)?(?:阅读全文|閱讀全文|查看全文|展开全文)[>》»…]*|[(（]\s*未完[^)）]{0,40}[)）]|(?:试读结束|試讀結束|开通VIP|開通VIP|开通会员|全文约\s*\d+\s*字|下载后阅读)[^。！？]{0,60})\s*$/i;
/** Digits separated by spaces after the final sentence (47 2773121), or leftover script punctuation ("); ). */
const GLUED_JUNK = /(?<=[。！？!?”」])(?:\s+\d[\d\s]{2,}|\s*["')\]]*;["');\]]*)$/;

/** Strips glued chrome/junk from the end of the last content line, reporting what it removed. */
export function stripGluedTail(line: WorkLine, report: CleaningReport): void {
  for (const pattern of [GLUED_CHROME, GLUED_JUNK]) {
    const m = pattern.exec(line.text);
    if (m && m.index > 0) {
      report.removedFragments.push({ line: line.line, text: m[0], reason: pattern === GLUED_CHROME ? 'page chrome glued to the text' : 'trailing page junk' });
      line.text = line.text.slice(0, m.index).trimEnd();
    }
  }
}

/** The last sentence end of a line and what follows it: a rest of at most 40 characters with no sentence or clause mark. */
const AFTER_LAST_SENTENCE = /[。！？!?][”」』’]?(?<rest>[^。！？!?，,；;“”「」『』]{1,40})$/;

/** Whether a tail-chrome row takes the whole of `text` — its match starts and ends with it — not a word inside it. */
function wholeTailChrome(text: string): boolean {
  return TAIL_CHROME.some((rule) => {
    const m = rule.pattern.exec(text);
    return m !== null && m.index === 0 && m[0].length === text.length && !(rule.unless?.(text) ?? false);
  });
}

/**
 * Chrome glued after a line's last sentence (谢谢大家！分享到：微信 微博 QQ空间 返回列表): when what
 * follows the sentence end is wholly a line the tail-chrome table takes (share, navigation, related,
 * footer…), it goes as a listed fragment before any rule or score sees the line, so the sentence stays
 * (the line scored as chrome and went whole before). Only at the page's end — the last prose line or
 * below it — since a body line's next clause may say the same words (…。市政府公众号粉丝突破一百万,
 * …。促进知识共享, …。分享几点体会：); and only a whole match, since some rows find a word anywhere.
 */
export function splitGluedTailChrome(work: readonly WorkLine[], report: CleaningReport): void {
  let lastProse = -1;
  work.forEach((w, i) => {
    if (!w.removed && isProse(w.text)) lastProse = i;
  });
  for (let i = Math.max(0, lastProse); i < work.length; i++) {
    const w = work[i]!;
    if (w.removed || w.text === '') continue;
    const rest = AFTER_LAST_SENTENCE.exec(w.text)?.groups?.rest;
    if (rest === undefined || rest.trim() === '' || !wholeTailChrome(rest.trim())) continue;
    report.removedFragments.push({ line: w.line, text: rest, reason: 'page chrome glued to the text' });
    w.text = w.text.slice(0, w.text.length - rest.length).trimEnd();
  }
}
