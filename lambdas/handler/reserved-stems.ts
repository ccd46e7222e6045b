/**
 * Endings of output names the pipeline adds after a source's stem (`a.clean.txt`, `a.error.json`,
 * `a.zh-Hant.docx`…). A source whose stem itself ends so would write names that belong to another
 * source in the same folder (`a.zh-Hant.txt` → `a.zh-Hant.docx`, which is `a.txt`'s Traditional
 * edition), so it is refused instead. Compared without case: downloads land on case-blind disks.
 */
export const RESERVED_STEM_ENDINGS = ['.zh-Hant', '.zh-Hans', '.error', '.clean'] as const;

/** The reserved ending the stem ends with, or null. */
export function reservedEnding(stem: string): string | null {
  const lower = stem.toLowerCase();
  return RESERVED_STEM_ENDINGS.find((ending) => lower.endsWith(ending.toLowerCase()) && lower.length > ending.length) ?? null;
}

/** Why `fileName` (stem `stem`, ending in `ending`) is refused, for its error report. */
export function reservedNameMessage(stem: string, fileName: string, ending: string): string {
  return (
    `"${fileName}" ends in "${ending}.txt": its outputs would overwrite, or be taken for, those of ` +
    `"${stem.slice(0, -ending.length)}.txt" in the same folder. Rename the file so its name does not end in ${RESERVED_STEM_ENDINGS.join(', ')} before .txt.`
  );
}
