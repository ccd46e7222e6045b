/**
 * Pictures of the PDF edition for the README: renders a transcript with the real pipeline (parseSpeech →
 * renderPdf, plus the Traditional edition), then rasterises the first two pages with poppler's pdftoppm.
 *
 *   npx tsx scripts/render-preview.ts [transcript.txt] [--out docs/images] [--dpi 80]
 *
 * Default transcript: samples/rural-revitalization-pdf.txt. Needs pdftoppm (Debian poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseSpeech } from '../lambdas/pipeline';
import { renderPdf } from '../lambdas/pipeline/render/pdf';
import { convertDocumentScript } from '../lambdas/pipeline/script';

interface Options {
  readonly input: string;
  readonly outDir: string;
  readonly dpi: number;
}

function parseArgs(argv: readonly string[]): Options {
  let input = resolve(__dirname, '..', 'samples', 'rural-revitalization-pdf.txt');
  let outDir = resolve(__dirname, '..', 'docs', 'images');
  let dpi = 80;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--out') outDir = resolve(argv[++i] ?? outDir);
    else if (arg === '--dpi') dpi = Number(argv[++i] ?? dpi);
    else input = resolve(arg);
  }
  return { input, outDir, dpi };
}

/** Rasterises pages 1–2 of `pdf` to `<outDir>/<prefix>-page-<n>.png`. */
function rasterise(pdf: Uint8Array, prefix: string, { outDir, dpi }: Options): string[] {
  const work = mkdtempSync(join(tmpdir(), 'speech-press-preview-'));
  try {
    const pdfPath = join(work, 'edition.pdf');
    writeFileSync(pdfPath, pdf);
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '2', pdfPath, join(work, 'page')]);
    return [1, 2].map((n) => {
      const target = join(outDir, `${prefix}-page-${n}.png`);
      renameSync(join(work, `page-${n}.png`), target);
      return target;
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  mkdirSync(options.outDir, { recursive: true });
  const { document } = parseSpeech(readFileSync(options.input), { sourceName: basename(options.input) });
  const simplified = await renderPdf(document);
  const traditional = await renderPdf(convertDocumentScript(document, { variant: 'tw' }));
  const written = [
    ...rasterise(simplified.bytes, 'pdf-zh-hans', options),
    ...rasterise(traditional.bytes, 'pdf-zh-hant', options),
  ];
  console.log(`${basename(options.input)}: ${simplified.pageCount} pages (Simplified), ${traditional.pageCount} (Traditional)`);
  for (const file of written) console.log(`wrote ${file}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
