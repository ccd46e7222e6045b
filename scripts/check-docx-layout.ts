/**
 * Checks the DOCX layout the way a reader sees it: renders every ../shared/corpus transcript (or the
 * hand-built sample when parseSpeech or the corpus is missing) to DOCX, converts all of them to PDF
 * with LibreOffice in one call, and measures lines per page and characters per line from
 * `pdftotext -bbox-layout`. Also times the warm DOCX build and writes PNGs of the first pages.
 *
 * Run through scripts/check-docx-layout.sh (it installs the tools). Exit code 1 when the seed's full
 * pages do not all have 22 body lines or its full body lines do not hold 28 characters.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SpeechDocument } from '../lambdas/pipeline/model';
import { renderDocx } from '../lambdas/pipeline/render/docx/index';
import { sampleDocument } from '../test/fixtures/documents';

const root = resolve(__dirname, '..');
const outDir = join(root, 'out', 'docx-check');
const corpusRaw = resolve(root, '..', 'shared', 'corpus', 'raw');
const fontsConf = join(root, 'scripts', 'docx-preview-fonts.conf');

const PT_PER_MM = 72 / 25.4;
const TEXT_TOP = 37 * PT_PER_MM;
const TEXT_BOTTOM = (297 - 35) * PT_PER_MM;
const TEXT_LEFT = 28 * PT_PER_MM;
const TEXT_RIGHT = (210 - 26) * PT_PER_MM;

type Parse = (bytes: Uint8Array, opts?: { sourceName?: string }) => { document: SpeechDocument };

async function loadParser(): Promise<Parse | null> {
  try {
    const pipeline = (await import('../lambdas/pipeline/index')) as { parseSpeech?: Parse };
    return pipeline.parseSpeech ?? null;
  } catch {
    return null;
  }
}

/** The sample's body repeated until it fills several pages, so full pages exist without the corpus. */
function longSample(): SpeechDocument {
  const doc = sampleDocument();
  const body = doc.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'heading');
  return { ...doc, blocks: [...doc.blocks, ...Array.from({ length: 8 }, () => body).flat()] };
}

async function documents(): Promise<{ name: string; doc: SpeechDocument }[]> {
  const parse = await loadParser();
  if (parse && existsSync(corpusRaw)) {
    return readdirSync(corpusRaw)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ name: basename(f, '.txt'), doc: parse(readFileSync(join(corpusRaw, f)), { sourceName: f }).document }));
  }
  console.warn(`[check-docx] ${parse ? 'no corpus at ' + corpusRaw : 'parseSpeech not exported yet'}: measuring the hand-built sample`);
  return [
    { name: 'sample', doc: sampleDocument() },
    { name: 'sample_long', doc: longSample() },
  ];
}

const widthOf = (text: string): number => [...text].reduce((w, ch) => w + (ch.codePointAt(0)! < 0x2000 ? 0.5 : 1), 0);

interface Row {
  y: number;
  xMin: number;
  xMax: number;
  text: string;
}

/** Text rows of each page from pdftotext's bbox layout, words on one baseline merged. */
function pageRows(pdf: string): Row[][] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return html.split('<page ').slice(1).map((page) => {
    const rows: Row[] = [];
    for (const m of page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/line>/gs)) {
      const text = [...m[5]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]!).join('');
      const [xMin, yMin, xMax, yMax] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
      const y = (yMin + yMax) / 2;
      const row = rows.find((r) => Math.abs(r.y - y) < 3);
      if (row) {
        row.xMin = Math.min(row.xMin, xMin);
        row.xMax = Math.max(row.xMax, xMax);
        row.text += text;
      } else rows.push({ y, xMin, xMax, text });
    }
    return rows.sort((a, b) => a.y - b.y);
  });
}

interface Measure {
  name: string;
  pages: number;
  linesPerPage: number[];
  fullLineWidths: Map<number, number>;
  footers: string[];
}

function measure(name: string, pdf: string): Measure {
  const pages = pageRows(pdf);
  const fullLineWidths = new Map<number, number>();
  const linesPerPage: number[] = [];
  const footers: string[] = [];
  for (const rows of pages) {
    const body = rows.filter((r) => r.y > TEXT_TOP - 4 && r.y < TEXT_BOTTOM + 2);
    linesPerPage.push(body.length);
    footers.push(rows.filter((r) => r.y >= TEXT_BOTTOM + 2).map((r) => `${r.text}@${r.xMin < 297 ? 'L' : 'R'}`).join(' '));
    for (const r of body) {
      // a full line runs from the left edge of the text block to (nearly) its right edge
      if (r.xMin < TEXT_LEFT + 4 && r.xMax > TEXT_RIGHT - 12) {
        const w = widthOf(r.text);
        fullLineWidths.set(w, (fullLineWidths.get(w) ?? 0) + 1);
      }
    }
  }
  return { name, pages: pages.length, linesPerPage, fullLineWidths, footers };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'png'), { recursive: true });
  const docs = await documents();
  const timings: string[] = [];
  for (const { name, doc } of docs) {
    writeFileSync(join(outDir, `${name}.docx`), await renderDocx(doc));
    const runs: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      await renderDocx(doc);
      runs.push(performance.now() - t);
    }
    timings.push(`${name}: ${doc.blocks.length} blocks, warm renderDocx median ${median(runs).toFixed(1)} ms (min ${Math.min(...runs).toFixed(1)})`);
  }
  const docxFiles = docs.map(({ name }) => join(outDir, `${name}.docx`));
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(outDir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...docxFiles],
    { stdio: 'ignore', env: { ...process.env, FONTCONFIG_FILE: fontsConf } },
  );

  console.log('file | pages | body lines per page | full lines: chars → count');
  console.log('--- | --- | --- | ---');
  let failed = false;
  for (const { name } of docs) {
    const m = measure(name, join(outDir, `${name}.pdf`));
    const hist = [...m.fullLineWidths.entries()].sort((a, b) => a[0] - b[0]).map(([w, n]) => `${w}→${n}`).join(' ');
    console.log(`${name} | ${m.pages} | ${m.linesPerPage.join(' ')} | ${hist}`);
    if (name.startsWith('00_seed') || (name === 'sample_long' && docs.length === 2)) {
      const fullPages = m.linesPerPage.slice(1, -1);
      const short = fullPages.filter((n) => n !== 22).length;
      const full = m.fullLineWidths.get(28) ?? 0;
      const total = [...m.fullLineWidths.values()].reduce((a, b) => a + b, 0);
      console.log(`  → ${name}: ${fullPages.length - short}/${fullPages.length} full pages have 22 lines; ${full}/${total} full lines hold 28 characters`);
      console.log(`  → footers: ${m.footers.slice(0, 4).join(' | ')}`);
      if (short > 0 || full === 0) failed = true;
      execFileSync('pdftoppm', ['-r', '60', '-l', '3', '-png', join(outDir, `${name}.pdf`), join(outDir, 'png', name)]);
    }
  }
  console.log('\n' + timings.join('\n'));
  console.log(`\nDOCX, PDF and PNG files in ${outDir}`);
  if (failed) process.exitCode = 1;
}

void main();
