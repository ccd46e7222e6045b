import type { CleaningReport } from './report';
import type { WorkLine } from './lines';

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
