import { build, buildSync, type BuildOptions, type BuildResult } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '../local/repo-root';
import { openccConverter } from '../pipeline/script/opencc-chain';
import { SIMPLIFIED_REASONS, SIMPLIFIED_TEXT } from './page/text';

/**
 * The page's sources: beside this file, or in the repository above it when this runs from the launcher's
 * bundle (bin/run.mjs, under node_modules/.cache), as `npm start`'s tests start it.
 */
function pageDir(codeDir: string): string {
  const beside = join(codeDir, 'page');
  if (existsSync(join(beside, 'main.ts'))) return beside;
  const root = findRepoRoot(codeDir);
  return root === null ? beside : join(root, 'lambdas', 'web', 'page');
}
const PAGE_DIR = pageDir(__dirname);
const PDFJS_WORKER = require.resolve('pdfjs-dist/build/pdf.worker.min.mjs');

/** Served files of the page, by path; `config.json` is added by each shell. */
export type PageFiles = ReadonlyMap<string, { readonly body: Uint8Array; readonly contentType: string }>;

/**
 * The UI tables in Traditional characters, made with the same OpenCC chain as the documents' Traditional
 * edition. `twp` also uses Taiwan vocabulary (檔案, 預設, 登入): right for the page's own words, which is
 * exactly why it is never the default for a speech, where it would change what the speaker said.
 */
export function traditionalTables(): { text: Record<string, string>; reasons: Record<string, string> } {
  const convert = openccConverter('to-traditional', 'twp');
  const map = (table: Readonly<Record<string, string>>) => Object.fromEntries(Object.entries(table).map(([k, v]) => [k, convert(v)]));
  return { text: map(SIMPLIFIED_TEXT), reasons: map(SIMPLIFIED_REASONS) };
}

const BUILD_OPTIONS = {
  entryPoints: [join(PAGE_DIR, 'main.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  target: ['chrome120', 'firefox121', 'edge120', 'safari17'],
  platform: 'browser',
  minify: true,
  legalComments: 'eof',
  outfile: 'app.js',
  logLevel: 'silent',
} as const satisfies BuildOptions;

function pageFiles(result: BuildResult<typeof BUILD_OPTIONS>): PageFiles {
  const app = result.outputFiles.find((f) => f.path.endsWith('app.js'));
  if (app === undefined) throw new Error('esbuild produced no app.js');
  return new Map([
    ['index.html', { body: readFileSync(join(PAGE_DIR, 'index.html')), contentType: 'text/html; charset=utf-8' }],
    ['style.css', { body: readFileSync(join(PAGE_DIR, 'style.css')), contentType: 'text/css; charset=utf-8' }],
    ['app.js', { body: app.contents, contentType: 'text/javascript; charset=utf-8' }],
    ['pdf.worker.min.mjs', { body: readFileSync(PDFJS_WORKER), contentType: 'text/javascript; charset=utf-8' }],
  ]);
}

const define = () => ({ __HANT_TEXT__: JSON.stringify(JSON.stringify(traditionalTables())) });

/**
 * Bundles the page with esbuild: one ES module (page code, pdf.js, fflate), pdf.js's worker beside it,
 * the HTML and CSS. Nothing comes from a CDN, and the same sources give the same bytes.
 */
export async function buildPage(): Promise<PageFiles> {
  return pageFiles(await build({ ...BUILD_OPTIONS, define: define() }));
}

/** The same build, synchronously (CDK constructs cannot wait), written into `dir` for a bucket deployment. */
export function writePage(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, file] of pageFiles(buildSync({ ...BUILD_OPTIONS, define: define() }))) writeFileSync(join(dir, name), file.body);
}
