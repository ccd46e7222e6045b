/**
 * How much of an invocation one record may need, from the size its notification announced.
 * Measured (docs/aws.md, "Scaling"): the whole pipeline converts 4.2–4.8 s per MiB on one busy core,
 * plus up to 3.8 s for a cold container's first document (fonts, OpenCC dictionaries). The budget
 * doubles both, so a record is started only when it will surely finish before the function's timeout.
 */
export const MEASURED_MS_PER_MIB = 4_800;
export const MEASURED_FIRST_DOCUMENT_MS = 3_800;
export const SAFETY_FACTOR = 2;

export function recordTimeBudgetMs(sizeBytes: number): number {
  return Math.ceil(SAFETY_FACTOR * (MEASURED_FIRST_DOCUMENT_MS + (MEASURED_MS_PER_MIB * sizeBytes) / (1024 * 1024)));
}
