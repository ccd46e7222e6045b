/** What the cleaning stage tells the user it did — the manifest's removed/suspected lists. */
import type { NoiseReason } from './noise-rules';
import type { WorkLine } from './lines';

/** Why a line or fragment was removed: a pattern rule's reason, or one of the other removals. */
export type RemovalReason =
  | NoiseReason
  | 'invisible characters only'
  | 'page chrome (line classifier)'
  | 'above the speech (span model)'
  | 'below the speech (span model)'
  | 'truncated copy of a longer line'
  | 'title repeated'
  | 'page title repeating the title'
  | 'page chrome after the end of the text'
  | 'trailing page junk'
  | 'compilation number'
  | 'page chrome glued to the text'
  | 'title repeated at the start of the text'
  | 'leaked CSS'
  | 'markdown heading mark'
  | 'markdown emphasis'
  | 'leaked HTML tag'
  | 'pinyin gloss'
  | 'decoration of a page title'
  | 'dash before the speaker in a headline';

/** Why a kept line is listed as suspected noise. */
export type SuspicionReason = `looks like ${NoiseReason | 'trailing page junk'}` | 'looks like page chrome (line classifier)' | 'looks like page chrome above the speech (span model)' | 'looks like page chrome below the speech (span model)' | 'text after a read-more or paywall line' | 'looks like a page headline above the title';

export interface LineReport {
  /** 1-based line in the decoded text. */
  readonly line: number;
  readonly text: string;
  readonly reason: RemovalReason | SuspicionReason;
}

export interface CleaningReport {
  readonly removed: LineReport[];
  readonly removedFragments: LineReport[];
  readonly suspected: LineReport[];
  /** Invisible or look-alike characters repaired, by kind (zero-width, nbsp, kangxi-radical, …). */
  readonly repairedCharacters: Record<string, number>;
}

export function emptyReport(): CleaningReport {
  return { removed: [], removedFragments: [], suspected: [], repairedCharacters: {} };
}

export function countRepair(report: CleaningReport, kind: string, n = 1): void {
  if (n > 0) report.repairedCharacters[kind] = (report.repairedCharacters[kind] ?? 0) + n;
}

/** Removes a whole line and lists it with the raw text it had on the page. */
export function removeLine(w: WorkLine, reason: RemovalReason, raw: readonly string[], report: CleaningReport): void {
  w.removed = true;
  report.removed.push({ line: w.line, text: raw[w.line - 1] ?? w.text, reason });
}
