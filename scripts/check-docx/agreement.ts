/**
 * How far LibreOffice's rendering of a DOCX agrees with our PDF of the same document, and whether it
 * shows every character. Pure: takes the pages both were read into (pdf-rows.ts) and the document text.
 */
import type { Page } from './pdf-rows';

export interface Agreement {
  readonly pdfPages: number;
  readonly docxPages: number;
  /** Body lines of the PDF (text-block rows, page numbers excluded). */
  readonly pdfLines: number;
  /** PDF lines found, in order and character for character, among the DOCX's lines (longest common subsequence). */
  readonly identicalLines: number;
  /** Characters of the document LibreOffice does not show (counted per character, whitespace ignored). */
  readonly charactersLost: number;
  /** Up to a few of the lost characters, for the report. */
  readonly lostSample: string;
  /** First PDF lines with no identical DOCX line, and the DOCX line at the same place, for the report. */
  readonly firstDifferences: readonly { pdf: string; docx: string }[];
}

const lines = (pages: readonly Page[]): string[] => pages.flatMap((p) => p.body.map((r) => r.text)).filter((t) => t !== '');

/** Longest common subsequence of two line lists: pairs of matched indices, in order. */
function matchedLines(a: readonly string[], b: readonly string[]): [number, number][] {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

function countChars(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text.replace(/\s+/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

export function compareLayouts(pdf: readonly Page[], docx: readonly Page[], documentText: string): Agreement {
  const a = lines(pdf);
  const b = lines(docx);
  const pairs = matchedLines(a, b);
  const matchedA = new Set(pairs.map(([i]) => i));
  const firstDifferences: { pdf: string; docx: string }[] = [];
  for (let i = 0, k = 0; i < a.length && firstDifferences.length < 5; i++) {
    while (k < pairs.length && pairs[k]![0] < i) k++;
    if (matchedA.has(i)) continue;
    const before = k > 0 ? pairs[k - 1]![1] + 1 : 0;
    firstDifferences.push({ pdf: a[i]!, docx: b[before] ?? '' });
  }

  // Only the text block counts: the page numbers' digits must not stand in for lost digits of the text.
  const shown = countChars(b.join(''));
  let charactersLost = 0;
  let lostSample = '';
  for (const [ch, wanted] of countChars(documentText)) {
    const missing = wanted - (shown.get(ch) ?? 0);
    if (missing > 0) {
      charactersLost += missing;
      if (lostSample.length < 12) lostSample += ch.repeat(Math.min(missing, 3));
    }
  }
  return {
    pdfPages: pdf.length,
    docxPages: docx.length,
    pdfLines: a.length,
    identicalLines: pairs.length,
    charactersLost,
    lostSample,
    firstDifferences,
  };
}
