import { statSync } from 'node:fs';
import { join } from 'node:path';
import { reservedEnding } from '../lambdas/handler/reserved-stems';
import { stemOf } from '../lambdas/pipeline/stem';
import { MAX_UPLOAD_NAME_BYTES } from '../lambdas/settings/defaults';
import { OUTPUT_ENDINGS } from '../lambdas/handler/output-names';

/**
 * Why the CLI must refuse these inputs before writing anything (a usage error), or null. Outputs are named
 * after the input's stem: two inputs with one stem would overwrite each other, and a stem ending like an
 * output (a.zh-Hant.txt → a.zh-Hant.docx) would overwrite a.txt's outputs. Stems are compared without
 * case, as the handler does: the output folder may be on a case-blind disk. The first problem is told.
 */
export function inputNamesProblem(inputs: readonly string[]): string | null {
  const byStem = new Map<string, string>();
  for (const input of inputs) {
    const stem = stemOf(input);
    const ending = reservedEnding(stem);
    if (ending !== null) {
      const base = stem.slice(0, -ending.length);
      return `${input}: names ending in "${ending}" before .txt are reserved for outputs; its outputs would overwrite or be taken for those of ${base}.txt. Rename it (e.g. ${base}-${ending.slice(1)}.txt)`;
    }
    // The limit every shell shares: outputs' names are up to OUTPUT_NAME_ROOM_BYTES longer and must fit a file name.
    const stemLimit = MAX_UPLOAD_NAME_BYTES - '.txt'.length;
    if (Buffer.byteLength(stem, 'utf8') > stemLimit) {
      return (
        `${input}: the name is too long for its outputs' names (${stem.slice(0, 8)}….zh-Hant.docx…): before its extension it has ${Buffer.byteLength(stem, 'utf8')} bytes of UTF-8, ` +
        `at most ${stemLimit} are allowed (${Math.floor(stemLimit / 3)} Chinese characters). Rename it`
      );
    }
    const other = byStem.get(stem.toLowerCase());
    if (other !== undefined) return `${other} and ${input} would write the same outputs (${stem}.*); convert them into different --out folders`;
    byStem.set(stem.toLowerCase(), input);
  }
  return null;
}

/**
 * Every name convert() may write for a stem (lambdas/pipeline/index.ts: both editions, the manifest, the
 * error report); test/bin/input-names.test.ts checks the pipeline writes no other.
 */
export function outputNames(stem: string): string[] {
  return [...OUTPUT_ENDINGS, '.error.json'].map((ending) => `${stem}${ending}`);
}

/**
 * Why writing the outputs into `outDir` would overwrite an input (`a.json`, `b.pdf` or a text file named
 * like any output, converted with `--out` its own folder), or null. Compared as files, by device and
 * inode: a symbolic link, a hard link or another spelling on a case-blind disk is the same file too.
 */
export function inputOverwriteProblem(inputs: readonly string[], outDir: string): string | null {
  const identity = (path: string) => {
    try {
      const stats = statSync(path);
      return `${stats.dev}:${stats.ino}`;
    } catch {
      return null;
    }
  };
  const byFile = new Map<string, string>();
  for (const input of inputs) {
    const id = identity(input);
    if (id !== null) byFile.set(id, input);
  }
  for (const input of inputs) {
    for (const name of outputNames(stemOf(input))) {
      const output = join(outDir, name);
      const overwritten = byFile.get(identity(output) ?? '');
      if (overwritten !== undefined) {
        return `${overwritten}: converting ${input} into --out ${outDir} would overwrite it with ${output}; give another --out folder or rename the input`;
      }
    }
  }
  return null;
}
