import { reservedEnding } from '../lambdas/handler/reserved-stems';
import { stemOf } from '../lambdas/pipeline/stem';
import { MAX_UPLOAD_NAME_BYTES } from '../lambdas/settings/defaults';

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
