/**
 * What users would otherwise run, timed on the same input in the same run: LibreOffice headless
 * (txt→pdf cold and warm, and our DOCX→pdf), pandoc txt→docx, and the C++ `opencc` CLI. A tool that
 * is not installed is skipped with a message, never faked.
 */
import { mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { processFigure, type Measured, type ProcessFigure } from './process-figure';
import { commandExists, timeProcess, type ProcessRun } from './process-timing';

export interface LibreOfficeFigures {
  readonly version: string;
  /** New profile each run: what a fresh container or Lambda layer pays. */
  readonly coldTxtToPdf: ProcessFigure;
  /** Profile already initialised by an earlier run (soffice is still a new process per file). */
  readonly warmTxtToPdf: ProcessFigure;
  readonly warmOurDocxToPdf: ProcessFigure;
}

export interface PeerFigures {
  readonly libreoffice: Measured<LibreOfficeFigures>;
  readonly pandoc: Measured<ProcessFigure & { readonly version: string }>;
  readonly openccCli: Measured<ProcessFigure & { readonly version: string }>;
}

function sizesIn(dir: string): Record<string, number> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, statSync(join(dir, f)).size]));
}

function firstLine(command: string, args: readonly string[]): string {
  try {
    // `opencc --version` starts with an empty line.
    return timeProcess(command, args).stdout.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? 'unknown version';
  } catch {
    return 'unknown version';
  }
}

function repeat(times: number, run: (i: number) => ProcessRun): ProcessRun[] {
  return Array.from({ length: times }, (_, i) => run(i));
}

export function measureLibreOffice(txtPath: string, ourDocxPath: string, work: string, runs: { cold: number; warm: number }): Measured<LibreOfficeFigures> {
  if (!commandExists('soffice')) return { skipped: 'soffice not found (Debian: apt-get install -y libreoffice-writer-nogui)' };
  const convertWith = (profile: string, input: string, outDir: string): ProcessRun => {
    mkdirSync(outDir, { recursive: true });
    return timeProcess('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, input]);
  };
  const coldRuns = repeat(runs.cold, (i) => convertWith(join(work, `lo-profile-cold-${i}`), txtPath, join(work, 'lo-cold')));
  // The first cold run's profile is now initialised: later runs with it are "warm".
  const warmProfile = join(work, 'lo-profile-cold-0');
  const warmRuns = repeat(runs.warm, () => convertWith(warmProfile, txtPath, join(work, 'lo-warm')));
  const docxRuns = repeat(runs.warm, () => convertWith(warmProfile, ourDocxPath, join(work, 'lo-docx')));
  return {
    measured: {
      version: firstLine('soffice', ['--version']),
      coldTxtToPdf: processFigure(coldRuns, { outputBytes: sizesIn(join(work, 'lo-cold')), note: 'fresh profile per run' }),
      warmTxtToPdf: processFigure(warmRuns, { outputBytes: sizesIn(join(work, 'lo-warm')), note: 'initialised profile, new process per file' }),
      warmOurDocxToPdf: processFigure(docxRuns, { outputBytes: sizesIn(join(work, 'lo-docx')), note: 'our DOCX as input' }),
    },
  };
}

export function measurePandoc(txtPath: string, work: string, runs: number): Measured<ProcessFigure & { version: string }> {
  if (!commandExists('pandoc')) return { skipped: 'pandoc not found (Debian: apt-get install -y pandoc)' };
  const outDir = mkdtempSync(join(work, 'pandoc-'));
  const out = join(outDir, 'pandoc.docx');
  // A .txt is read as Markdown by pandoc: the closest it has to "plain text in, Word out".
  const all = repeat(runs, () => timeProcess('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', out, txtPath]));
  return { measured: { ...processFigure(all, { outputBytes: sizesIn(outDir), note: 'markdown reader, no layout, no cleaning' }), version: firstLine('pandoc', ['--version']) } };
}

export function measureOpenccCli(textPath: string, work: string, runs: number): Measured<ProcessFigure & { version: string }> {
  if (!commandExists('opencc', ['--help'])) return { skipped: 'opencc not found (Debian: apt-get install -y opencc)' };
  const out = join(work, 'opencc-s2tw.txt');
  const all = repeat(runs, () => timeProcess('opencc', ['-c', 's2tw.json', '-i', textPath, '-o', out]));
  return { measured: { ...processFigure(all, { note: 's2tw on the cleaned text, new process per call (dictionaries loaded each time)' }), version: firstLine('opencc', ['--version']) } };
}
