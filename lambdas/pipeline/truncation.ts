import type { CleaningReport, LineReport } from './clean';
import { blockText, type SpeechDocument } from './model';
import { isInvisible } from './text/invisible';
import type { PipelineWarning } from './warnings';

/** Removals that mean the page showed only part of the text (a paywall, a read-more link). */
const CUT_REASONS = new Set(['read-more link', 'paywall', 'page chrome glued to the text']);

/** How a finished paragraph may end: sentence marks, closing quotes and brackets, an ellipsis or dash. */
const FINISHED = /[。！？!?…”’」』）)》\]】—.;；~～]$/u;

/** Endings that are complete without a mark: a date line (2023年1月21日) or a short sign-off (谢谢大家). */
const COMPLETE_WITHOUT_MARK = /(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇一二三四五六七八九十○零]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$|^[^，,、；;]{1,8}$/u;

/** The last few characters of a text, for a message that says where it stops. */
function tail(text: string): string {
  const chars = Array.from(text);
  return (chars.length > 20 ? '…' : '') + chars.slice(-20).join('');
}

/** The text without the default-ignorables it ends with (U+E0100 after a final 。 is still a finished sentence). */
function withoutTrailingInvisibles(text: string): string {
  const chars = Array.from(text);
  let end = chars.length;
  while (end > 0 && isInvisible(chars[end - 1]!)) end--;
  return end === chars.length ? text : chars.slice(0, end).join('');
}

/** The paywall or read-more line the page put first, if it had one. */
function firstCut(report: CleaningReport): LineReport | undefined {
  return [...report.removed, ...report.removedFragments].filter((r) => CUT_REASONS.has(r.reason)).sort((a, b) => a.line - b.line)[0];
}

/**
 * `source-truncated` when the source shows only part of the speech: it was cut by a paywall or a
 * read-more line, or its last paragraph stops mid-sentence. The message says where it stops.
 */
export function truncationWarning(report: CleaningReport, document: SpeechDocument): PipelineWarning | null {
  const last = [...document.blocks].reverse().find((b) => b.kind === 'paragraph' || b.kind === 'heading');
  if (last === undefined) return null;
  const lastText = withoutTrailingInvisibles(blockText(last));
  const cut = firstCut(report);
  if (cut !== undefined && cut.line >= last.line) {
    return {
      code: 'source-truncated',
      message: `The source is cut off: at line ${cut.line} the page has “${tail(cut.text.trim())}” (${cut.reason}), so the text stops after “${tail(lastText)}”. Get the full text before printing.`,
      samples: [cut.text.trim()],
    };
  }
  if (last.kind === 'paragraph' && !FINISHED.test(lastText) && !COMPLETE_WITHOUT_MARK.test(lastText)) {
    return {
      code: 'source-truncated',
      message: `The text ends mid-sentence at line ${last.line} (“${tail(lastText)}”): the source may be cut off. Check it is complete before printing.`,
      samples: [tail(lastText)],
    };
  }
  return null;
}
