/**
 * Every name a conversion writes after a source's stem, in the order the web page lists them: the
 * documents first, the Simplified edition before the converted one, the manifest (the commit marker)
 * last. The handler retires the ones a new answer does not write (stale-outputs.ts); the web API lists
 * them. test/handler/output-names.test.ts checks the list against what convert() writes.
 */
export const OUTPUT_ENDINGS = [
  '.pdf',
  '.docx',
  '.zh-Hant.pdf',
  '.zh-Hant.docx',
  '.zh-Hans.pdf',
  '.zh-Hans.docx',
  '.clean.txt',
  '.zh-Hant.txt',
  '.zh-Hans.txt',
  '.json',
] as const;

export const MANIFEST_ENDING = '.json';
