/**
 * `npm run check:docx`: renders the samples and every ../shared/corpus transcript (both editions) to DOCX
 * and PDF, converts all the DOCX files with LibreOffice in one call (the DOCX's font names mapped to the
 * PDF's faces by scripts/docx-preview-fonts.conf), and prints per file how many of the PDF's lines
 * LibreOffice sets identically, the page counts, and how many characters LibreOffice does not show.
 *
 *   npx tsx scripts/check-docx.ts [--verbose] [--png] [transcript.txt …]
 *
 * Exit code 1 when a character is lost, fewer than 90 % of the lines agree, or fewer than 90 % of the
 * files have the PDF's page count (the acceptance of issue 13). Files land in out/docx-check/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compareLayouts, type Agreement } from './check-docx/agreement';
import { editionsOf, transcriptsIn, type Edition } from './check-docx/editions';
import { convertWithLibreOffice, missingTools } from './check-docx/libreoffice';
import { readPages } from './check-docx/pdf-rows';

const root = resolve(__dirname, '..');
const outDir = join(root, 'out', 'docx-check');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const png = args.includes('--png');
const named = args.filter((a) => !a.startsWith('--'));

function inputs(): string[] {
  if (named.length > 0) return named.map((f) => resolve(f));
  const corpus = resolve(root, '..', 'shared', 'corpus', 'raw');
  if (!existsSync(corpus)) console.warn(`[check-docx] no corpus at ${corpus}: checking samples/ only`);
  return [...transcriptsIn(join(root, 'samples')), ...(existsSync(corpus) ? transcriptsIn(corpus) : [])];
}

const percent = (part: number, whole: number): string => `${whole === 0 ? 100 : ((100 * part) / whole).toFixed(1)} %`;

async function main(): Promise<void> {
  const missing = missingTools();
  if (missing.length > 0) {
    console.error(`[check-docx] cannot run without: ${missing.join(', ')}`);
    process.exit(2);
  }
  rmSync(outDir, { recursive: true, force: true });
  for (const dir of ['docx', 'pdf', 'txt', 'lo', ...(png ? ['png'] : [])]) mkdirSync(join(outDir, dir), { recursive: true });

  const editions: Edition[] = [];
  for (const path of inputs()) editions.push(...(await editionsOf(path)));
  for (const e of editions) {
    writeFileSync(join(outDir, 'docx', `${e.name}.docx`), e.docx);
    writeFileSync(join(outDir, 'pdf', `${e.name}.pdf`), e.pdf);
    writeFileSync(join(outDir, 'txt', `${e.name}.txt`), e.text);
  }
  const started = Date.now();
  const rendered = convertWithLibreOffice(editions.map((e) => join(outDir, 'docx', `${e.name}.docx`)), join(outDir, 'lo'));
  console.log(`LibreOffice converted ${editions.length} DOCX files in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

  console.log('file | pages PDF / DOCX | lines identical | characters lost');
  console.log('--- | --- | --- | ---');
  const results: Agreement[] = [];
  editions.forEach((e, i) => {
    const a = compareLayouts(readPages(join(outDir, 'pdf', `${e.name}.pdf`)), readPages(rendered[i]!), e.text);
    results.push(a);
    const lost = a.charactersLost === 0 ? '0' : `${a.charactersLost} (${a.lostSample})`;
    console.log(`${e.name} | ${a.pdfPages} / ${a.docxPages}${a.pdfPages === a.docxPages ? '' : ' ≠'} | ${a.identicalLines}/${a.pdfLines} = ${percent(a.identicalLines, a.pdfLines)} | ${lost}`);
    if (verbose) for (const d of a.firstDifferences) console.log(`    PDF  ${d.pdf}\n    DOCX ${d.docx}`);
    if (png) {
      execFileSync('pdftoppm', ['-r', '50', '-l', '3', '-png', rendered[i]!, join(outDir, 'png', `${e.name}.docx`)]);
      execFileSync('pdftoppm', ['-r', '50', '-l', '3', '-png', join(outDir, 'pdf', `${e.name}.pdf`), join(outDir, 'png', `${e.name}.pdf`)]);
    }
  });

  const lines = results.reduce((n, a) => n + a.pdfLines, 0);
  const identical = results.reduce((n, a) => n + a.identicalLines, 0);
  const samePages = results.filter((a) => a.pdfPages === a.docxPages).length;
  const lost = results.reduce((n, a) => n + a.charactersLost, 0);
  console.log(`\nall | same page count in ${samePages}/${results.length} = ${percent(samePages, results.length)} | ${identical}/${lines} = ${percent(identical, lines)} | ${lost}`);
  console.log(`files in ${outDir}`);
  if (lost > 0 || identical < 0.9 * lines || samePages < 0.9 * results.length) process.exitCode = 1;
}


void main();
