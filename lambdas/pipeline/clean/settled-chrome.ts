/**
 * What goes after the learned decision, whatever it scored: shapes that are never content
 * (`SETTLED_CHROME`), a portal's announcement glued before the speech, and a breadcrumb's last item
 * printed again under it as the column's name (当前位置:首页 > 新闻中心 > 香江动态 / 香江动态). None of it
 * is a feature: the classifier already scores such lines as chrome, and as features they only moved
 * the refit (docs/cleaning.md, steps 18, 20 and 21).
 */
import { isBlank, type WorkLine } from './lines';
import { matchNoise } from './noise-rules';
import { SETTLED_CHROME } from './page-furniture';
import { PORTAL_ANNOUNCEMENT, removeSeoSentence } from './regions';
import { removeLine, type CleaningReport } from './report';
import { namedLikeSpeech } from './title-guard';

/** The last item of a breadcrumb (首页 > 新闻中心 > 香江动态 → 香江动态). */
function lastCrumb(text: string): string {
  const items = text.split(/\s*[>›»＞/]\s*/).filter((item) => item.trim() !== '');
  return (items[items.length - 1] ?? '').trim();
}

/** A column's name (香江动态, 领导讲话): short, not named like a speech — a breadcrumb may end in the page's title instead (… > 潮州市市长新春献词). */
const isColumnName = (text: string): boolean => text.length <= 6 && !namedLikeSpeech(text);

export function removeSettledChrome(work: readonly WorkLine[], raw: readonly string[], report: CleaningReport): void {
  const breadcrumbs = new Map(report.removed.filter((r) => r.reason === 'breadcrumb').map((r) => [r.line, r.text]));
  let previous: WorkLine | undefined;
  for (const w of work) {
    if (w.text === '' && !w.removed) continue;
    const crumb = previous?.removed ? breadcrumbs.get(previous.line) : undefined;
    previous = w;
    if (isBlank(w)) continue;
    const settled = matchNoise(w.text, SETTLED_CHROME);
    if (settled) removeLine(w, settled, raw, report);
    else if (crumb !== undefined && isColumnName(w.text) && w.text === lastCrumb(crumb)) removeLine(w, 'breadcrumb', raw, report);
    else if (PORTAL_ANNOUNCEMENT.test(w.text)) removeSeoSentence(w, raw, report, PORTAL_ANNOUNCEMENT);
  }
}
