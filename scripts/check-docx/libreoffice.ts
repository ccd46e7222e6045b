/**
 * LibreOffice as a DOCX renderer: one `soffice --convert-to pdf` call for many files (starting it costs
 * about 2 s, converting a speech a fraction of that), with a throw-away profile and the private
 * fontconfig that maps the DOCX's font names to the faces the PDF uses.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const PREVIEW_FONTS_CONF = resolve(__dirname, '..', 'docx-preview-fonts.conf');

const onPath = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** What is missing to run the check, or an empty list. */
export function missingTools(): string[] {
  return [
    ...(onPath('soffice') ? [] : ['soffice (apt-get install libreoffice-writer-nogui)']),
    ...(onPath('pdftotext') ? [] : ['pdftotext (apt-get install poppler-utils)']),
  ];
}

/** Converts every DOCX to `<outDir>/<stem>.pdf` in one soffice process. Returns the PDF paths in input order. */
export function convertWithLibreOffice(docxFiles: readonly string[], outDir: string, timeoutMs = 20 * 60_000): string[] {
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'speech-press-lo-'));
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...docxFiles],
      { stdio: 'ignore', timeout: timeoutMs, env: { ...process.env, FONTCONFIG_FILE: PREVIEW_FONTS_CONF } },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return docxFiles.map((f) => join(outDir, basename(f).replace(/\.docx$/, '.pdf')));
}
