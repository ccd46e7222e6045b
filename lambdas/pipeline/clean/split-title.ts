import { endsWithTitleGenre } from '../text/markers';
import { CLAUSE_PUNCT_RE } from '../text/sentences';
import type { WorkLine } from './lines';
import { isProse } from './regions';

/** The tail of a title a copy wrapped onto the next line (告 of 政府工作报 / 告): a few characters, no punctuation. */
const TITLE_TAIL = /^[^\s，,。！？!?；;：:、]{1,8}$/;

/**
 * Rejoins a speech title hard-wrapped in the head (政府工作报 / 告): a line and the line right below it
 * that together end in a speech genre (…报告, …讲话), when the first alone does not. Apart, neither
 * line reads as a title and both looked like chrome; together the line is the title, which is
 * structure's to take and never a score's to remove. The tail's line is left blank (its text moved,
 * nothing lost). Only above the first prose line.
 */
export function rejoinSplitTitle(work: WorkLine[]): void {
  for (let i = 0; i + 1 < work.length; i++) {
    const a = work[i]!;
    if (a.removed || a.text === '') continue;
    if (isProse(a.text)) return;
    const b = work[i + 1]!;
    if (b.removed || a.text.length > 40 || CLAUSE_PUNCT_RE.test(a.text) || !TITLE_TAIL.test(b.text)) continue;
    if (!endsWithTitleGenre(a.text) && !endsWithTitleGenre(b.text) && endsWithTitleGenre(a.text + b.text)) {
      a.text += b.text;
      b.text = '';
      return;
    }
  }
}
