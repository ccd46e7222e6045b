/**
 * Advance widths of the DOCX's Latin face, Times New Roman, for printable ASCII (U+0020–U+007E) and ×, in
 * 1/2048 em: the metrics Word has, and LibreOffice too through the metric-compatible Liberation Serif
 * (read from Liberation Serif 2). The DOCX needs them to know how long Word will make a line holding Latin
 * letters or digits, which the PDF sets in its own serif.
 */
const UNITS_PER_EM = 2048;

// prettier-ignore
const REGULAR = [512,682,836,1024,1024,1706,1593,369,682,682,1024,1155,512,682,512,569,1024,1024,1024,1024,1024,1024,1024,1024,1024,1024,569,569,1155,1155,1155,909,1886,1479,1366,1366,1479,1251,1139,1479,1479,682,797,1479,1251,1821,1479,1479,1139,1479,1366,1139,1251,1479,1479,1933,1479,1479,1251,682,569,682,961,1024,682,909,1024,909,1024,909,682,1024,1024,569,569,1024,569,1593,1024,1024,1024,1024,682,797,569,1024,1024,1479,1024,1024,909,983,410,983,1108];
// prettier-ignore
const BOLD = [512,682,1137,1024,1024,2048,1706,569,682,682,1024,1167,512,682,512,569,1024,1024,1024,1024,1024,1024,1024,1024,1024,1024,682,682,1167,1167,1167,1024,1905,1479,1366,1479,1479,1366,1251,1593,1593,797,1024,1593,1366,1933,1479,1593,1251,1593,1479,1139,1366,1479,1479,2048,1479,1479,1366,682,569,682,1190,1024,682,1024,1139,909,1139,909,682,1024,1139,569,682,1139,569,1706,1139,1024,1139,1139,909,797,682,1139,1024,1479,1024,1024,909,807,451,807,1065];
const TIMES_SIGN = { regular: 1155, bold: 1167 };

function advance(code: number, bold: boolean): number | undefined {
  if (code >= 0x20 && code <= 0x7e) return (bold ? BOLD : REGULAR)[code - 0x20];
  if (code === 0xd7) return bold ? TIMES_SIGN.bold : TIMES_SIGN.regular;
  return undefined;
}

/** Width of `text` in Times New Roman at `size` pt, or undefined when a character is not in the table. */
export function timesWidth(text: string, size: number, bold: boolean): number | undefined {
  let units = 0;
  for (const ch of text) {
    const width = advance(ch.codePointAt(0)!, bold);
    if (width === undefined) return undefined;
    units += width;
  }
  return (units / UNITS_PER_EM) * size;
}
