/** A line being cleaned: its text so far and where it came from. */
export interface WorkLine {
  /** 1-based line number in the decoded text. */
  readonly line: number;
  text: string;
  removed: boolean;
}

export function isBlank(w: WorkLine): boolean {
  return w.removed || w.text === '';
}

export function charLength(text: string): number {
  return Array.from(text).length;
}

/** Trim including ideographic spaces, and fold runs of spaces. */
export function tidy(text: string): string {
  // trim() covers U+3000 too; the lookbehind makes the fold scan each run of spaces once.
  return text.trim().replace(/(?<![ \u3000])[ \u3000]{2,}/g, ' ');
}
