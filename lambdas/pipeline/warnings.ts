/**
 * Something a user should look at before printing, reported in the manifest's `warnings`.
 * Codes in use: `placeholder` (XXXX, ×××, *** left in the text), `missing-glyph` (no font has a
 * character), `suspected-noise` (summary of kept lines that look like page noise), `source-truncated`
 * (the page was cut by a paywall or read-more line, or the text stops mid-sentence: says where), `invalid-utf8`
 * (a UTF-8 or GB18030 file's few damaged byte sequences were read as U+FFFD: says how many and where; the code keeps its first name).
 */
export type WarningCode = 'placeholder' | 'missing-glyph' | 'suspected-noise' | 'source-truncated' | 'invalid-utf8';

export interface PipelineWarning {
  readonly code: WarningCode;
  readonly message: string;
  readonly count?: number;
  /** The offending texts or characters, when listing them helps the user find them. */
  readonly samples?: readonly string[];
}
