/** What the cleaning stage tells the user it did — the manifest's removed/suspected lists. */

export interface LineReport {
  /** 1-based line in the decoded text. */
  readonly line: number;
  readonly text: string;
  readonly reason: string;
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
