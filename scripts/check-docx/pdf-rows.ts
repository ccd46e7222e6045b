/**
 * The text rows of a PDF's pages as a reader sees them: words from `pdftotext -bbox-layout` grouped by
 * baseline and read left to right, split into rows inside the GB/T 9704 text block and the rest
 * (page numbers). Both our PDF and LibreOffice's rendering of the DOCX go through the same reading.
 */
import { execFileSync } from 'node:child_process';

const PT_PER_MM = 72 / 25.4;
/** 版心 top and bottom (37 mm from the top, 35 mm from the bottom of A4), in pdftotext's top-down points. */
const BLOCK_TOP = 37 * PT_PER_MM;
const BLOCK_BOTTOM = (297 - 35) * PT_PER_MM;

export interface Row {
  /** Vertical centre, points from the page top. */
  readonly y: number;
  readonly xMin: number;
  readonly xMax: number;
  /** The row's characters without spaces: Han text has none, and Latin spacing is not what is compared. */
  readonly text: string;
}

export interface Page {
  /** Rows inside the text block, top to bottom. */
  readonly body: Row[];
  /** Rows below it (the page number). */
  readonly foot: Row[];
}

interface Word {
  xMin: number;
  xMax: number;
  y: number;
  text: string;
}

const unescape = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function rowsOf(words: Word[]): Row[] {
  const rows: Word[][] = [];
  for (const word of [...words].sort((a, b) => a.y - b.y)) {
    const row = rows.find((r) => Math.abs(r[0]!.y - word.y) < 4);
    if (row) row.push(word);
    else rows.push([word]);
  }
  return rows.map((r) => {
    r.sort((a, b) => a.xMin - b.xMin);
    return {
      y: r[0]!.y,
      xMin: Math.min(...r.map((w) => w.xMin)),
      xMax: Math.max(...r.map((w) => w.xMax)),
      text: r.map((w) => w.text).join('').replace(/\s+/g, ''),
    };
  });
}

export function readPages(pdf: string): Page[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 << 20 });
  return html.split('<page ').slice(1).map((page) => {
    const words: Word[] = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
      (m) => ({ xMin: Number(m[1]), xMax: Number(m[3]), y: (Number(m[2]) + Number(m[4])) / 2, text: unescape(m[5]!) }),
    );
    const rows = rowsOf(words);
    return {
      body: rows.filter((r) => r.y > BLOCK_TOP - 6 && r.y < BLOCK_BOTTOM + 6),
      foot: rows.filter((r) => r.y >= BLOCK_BOTTOM + 6),
    };
  });
}
