#!/usr/bin/env -S npx tsx
/**
 * `npm run convert -- <files…> --out <dir>`: the command-line shell around the pipeline. It only reads
 * files, calls convert() and writes what comes back.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
// Light imports only: the pipeline (docx, pdf-lib, fontkit, OpenCC tables) is imported in main(), after the
// edition thread is started, so the thread loads it at the same time as this one.
import { DEFAULT_MAX_BYTES } from '../lambdas/pipeline/decode';
import type { InputRejectedError } from '../lambdas/pipeline/errors';
import { EditionThread, isEditionThread, serveEditionThread, wantsEditionThread } from '../lambdas/pipeline/edition-thread';
import { TWP_WARNING } from '../lambdas/pipeline/script/variant';
import { stemOf } from '../lambdas/pipeline/stem';
import { DEFAULT_TRADITIONAL_VARIANT } from '../lambdas/settings/defaults';
import { parseTraditionalChoice, TRADITIONAL_CHOICES_TEXT, traditionalSetting, type TraditionalChoice } from '../lambdas/settings/traditional-setting';
import { RESERVED_STEM_ENDINGS } from '../lambdas/handler/reserved-stems';
import { inputNamesProblem, inputOverwriteProblem } from './input-names';
import { outputFolderProblem } from './output-folder';
import { readInput } from './read-input';
import { warningsSummary } from './warnings-summary';

const HELP = `Usage: npm run convert -- <input.txt…> --out <dir> [options]

Converts raw Chinese speech transcripts (UTF-8, UTF-16 or GB18030 text) into print-ready documents.
For an input speech.txt it writes into <dir>:
  speech.clean.txt       cleaned, structured text (one paragraph per line, headings on their own lines)
  speech.docx            Word document laid out per GB/T 9704-2012
  speech.pdf             print-ready PDF with embedded fonts
  speech.zh-Hant.txt/.docx/.pdf   the Traditional-Chinese edition (a zh-Hans edition for Traditional input)
  speech.json            the manifest: title, outline, lead-ins, removed noise, suspected noise, warnings
A rejected input (empty, binary, too large, undecodable) gets speech.error.json {"code","message"}, a
one-line message on stderr, and a non-zero exit code; the other inputs are still converted.
Input names whose stem ends in ${RESERVED_STEM_ENDINGS.join(', ')} (a.zh-Hant.txt) are refused before
anything is written: their outputs would overwrite another input's. So is an output that would replace
an input (a.json converted into its own folder), and an --out that is a file or cannot be created.

Options:
  --out, -o <dir>       output folder (created if missing; default: ./out)
  --variant <v>         Traditional variant: tw (Taiwan character forms, default), hk (Hong Kong forms),
                        t (OpenCC standard forms), twp (Taiwan forms AND vocabulary).
                        WARNING: ${TWP_WARNING}
  --no-traditional      do not write the converted-script edition
  --no-quotes           keep “” ‘’ in the Traditional edition instead of 「」 『』
  --max-bytes <n>       refuse inputs larger than n bytes, reading no more (default ${DEFAULT_MAX_BYTES})
  --help, -h            show this help

Exit codes: 0 all converted; 1 some input was rejected; 2 usage error; 3 internal error.`;

function usage(message: string): never {
  process.stderr.write(`convert: ${message}\nTry --help.\n`);
  process.exit(2);
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o', default: 'out' },
        variant: { type: 'string', default: DEFAULT_TRADITIONAL_VARIANT },
        'no-traditional': { type: 'boolean', default: false },
        'no-quotes': { type: 'boolean', default: false },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  if (positionals.length === 0) usage('no input files given');
  let variant: TraditionalChoice;
  try {
    variant = parseTraditionalChoice(values.variant);
  } catch {
    usage(`--variant must be one of ${TRADITIONAL_CHOICES_TEXT}`);
  }
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-bytes']);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) usage('--max-bytes must be a positive whole number');
  // Quotes follow the variant's own convention unless the user turns them off.
  const traditional = values['no-traditional'] ? false : traditionalSetting(variant, values['no-quotes'] ? false : undefined);

  const namesProblem = inputNamesProblem(positionals);
  if (namesProblem !== null) usage(namesProblem);
  const outDir = values.out!;
  // Before anything is read or written: no output may replace an input, and --out must be (or become) a folder.
  const overwriteProblem = inputOverwriteProblem(positionals, outDir);
  if (overwriteProblem !== null) usage(overwriteProblem);
  const folderProblem = outputFolderProblem(outDir);
  if (folderProblem !== null) usage(folderProblem);

  // Asked for (SPEECH_PRESS_EDITION_THREAD=on), the converted-script edition is made on a thread of its own
  // (this same program, see edition-thread.ts), started now so it loads while this thread parses.
  // The thread runs this program's bundle (bin/run.mjs), the way the launcher does when it says how (with
  // V8's code cache); from TypeScript source (tsx) the CLI stays on one thread.
  const program = process.argv[1] ?? '';
  const runner = process.env['SPEECH_PRESS_BUNDLE_RUNNER'];
  const editionThread =
    traditional !== false && /\.c?js$/.test(program) && wantsEditionThread() ? (runner ? new EditionThread(runner, [program]) : new EditionThread(program)) : undefined;
  const { convert, errorReportFile, isInputRejected } = await import('../lambdas/pipeline');
  let status = 0;
  const reject = (input: string, error: InputRejectedError) => {
    const report = errorReportFile(stemOf(input), error);
    writeFileSync(join(outDir, report.name), report.body);
    process.stderr.write(`${input}: rejected (${error.code}): ${error.message}\n`);
    status = Math.max(status, 1);
  };
  for (const input of positionals) {
    const started = performance.now();
    let bytes: Buffer;
    try {
      // At most maxBytes + 1 bytes: a larger input is refused (too-large, below) without being read whole.
      bytes = await readInput(input, maxBytes);
    } catch (error) {
      if (!isInputRejected(error)) {
        process.stderr.write(`${input}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
        status = Math.max(status, 1);
        continue;
      }
      reject(input, error);
      continue;
    }
    try {
      const result = await convert(bytes, { sourceName: input, maxBytes, traditional, convertedEditionMaker: editionThread?.make });
      for (const file of result.files) writeFileSync(join(outDir, file.name), file.body);
      const warnings = warningsSummary(result.manifest.warnings);
      process.stdout.write(
        `${input} → ${join(outDir, result.stem)}.* (${result.files.length} files, ${Math.round(performance.now() - started)} ms` +
          `${warnings ? `; warnings: ${warnings}` : ''})\n`,
      );
      // A half speech must not be printed without a word: say where the source stops.
      for (const w of result.manifest.warnings) if (w.code === 'source-truncated') process.stdout.write(`  ${input}: ${w.message}\n`);
    } catch (error) {
      if (!isInputRejected(error)) {
        process.stderr.write(`${input}: internal error: ${(error as Error).stack ?? error}\n`);
        status = 3;
        continue;
      }
      reject(input, error);
    }
  }
  // Every edition was still made (here), but the speed-up was lost: say so rather than hide a broken thread.
  if (editionThread?.died) process.stderr.write(`convert: note: the edition thread stopped (${editionThread.died}); editions were made on the main thread\n`);
  return status;
}

if (isEditionThread()) {
  serveEditionThread();
} else {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`convert: ${(error as Error).stack ?? error}\n`);
      process.exit(3);
    },
  );
}
