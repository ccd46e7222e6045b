import { parseArgs } from 'node:util';
import { spellingAdvice } from '../handler/object-keys';
import { parseTraditional, type TraditionalSetting } from '../settings/traditional-setting';

export interface LocalCliOptions {
  /** Transcripts to upload; empty means the samples folder. */
  readonly files: readonly string[];
  readonly once: boolean;
  readonly port: number;
  /** The web page's port (0 = any free port); the page is not started with --once. */
  readonly webPort: number;
  readonly dataDir: string;
  readonly outDir: string;
  readonly concurrency: number;
  readonly traditional: TraditionalSetting;
  /** Print each completion event (as EventBridge would carry it) as one JSON line. */
  readonly events: boolean;
  readonly help: boolean;
}

export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

export const USAGE = `usage: npm start -- [files…] [--once] [--port 4568] [--web-port 4567] [--data .local/s3] [--out out] [--concurrency 2] [--variant tw|hk|t|twp|none] [--events]

Starts a local S3 server with the speech-press buckets and runs the same handler as on AWS for every
.txt uploaded under incoming/. Uploads the given files (default: samples/*.txt), downloads their
outputs into --out, then keeps watching; --once exits when those files are done (exit 1 if any was
rejected, dead-lettered, refused, timed out or not downloaded). --events prints each completion event as the JSON EventBridge carries on AWS.

Without --once it also serves a web page at http://127.0.0.1:4567/ (--web-port, 0 = any free port)
to drop transcripts and download the documents. It listens on 127.0.0.1 only and has no sign-in.`;

function integer(name: string, text: string | undefined, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < min) throw new CliUsageError(`--${name} must be an integer ≥ ${min}, got "${text}"`);
  return n;
}

export function parseLocalCli(argv: readonly string[]): LocalCliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        once: { type: 'boolean', default: false },
        port: { type: 'string' },
        'web-port': { type: 'string' },
        data: { type: 'string', default: '.local/s3' },
        out: { type: 'string', default: 'out' },
        concurrency: { type: 'string' },
        variant: { type: 'string' },
        events: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new CliUsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  let traditional: TraditionalSetting;
  try {
    traditional = parseTraditional(values.variant);
  } catch (error) {
    throw new CliUsageError((error as Error).message);
  }
  return {
    files: positionals,
    once: values.once,
    port: integer('port', values.port, 4568, 0),
    webPort: integer('web-port', values['web-port'], 4567, 0),
    dataDir: values.data,
    outDir: values.out,
    concurrency: integer('concurrency', values.concurrency, 2, 1),
    traditional,
    events: values.events,
    help: values.help,
  };
}

const TRANSCRIPT_NAME = /\.txt$/i;

/**
 * Refuses, before anything starts, files the stack would never convert (not `.txt`, or `.txt` in a
 * spelling other than `.txt`/`.TXT`, which AWS never delivers: no notification, so the wait would never
 * end) and files whose outputs would overwrite each other's (same name without extension, compared
 * without case as downloads land on case-blind disks).
 */
export function checkUploadNames(fileNames: readonly string[]): void {
  const notText = fileNames.filter((name) => !TRANSCRIPT_NAME.test(name) || name.replace(TRANSCRIPT_NAME, '') === '');
  if (notText.length > 0) throw new CliUsageError(`only .txt transcripts can be converted: ${notText.join(', ')}`);
  const spelt = fileNames.flatMap((name) => spellingAdvice(name) ?? []);
  if (spelt.length > 0) throw new CliUsageError(spelt.join('\n'));
  const byStem = new Map<string, string[]>();
  for (const name of fileNames) {
    const stem = name.replace(TRANSCRIPT_NAME, '').toLowerCase();
    byStem.set(stem, [...(byStem.get(stem) ?? []), name]);
  }
  const clashes = [...byStem.values()].filter((names) => names.length > 1);
  if (clashes.length > 0) {
    throw new CliUsageError(`these files share a name, so their outputs would overwrite each other: ${clashes.map((c) => c.join(' and ')).join('; ')}. Rename one of each.`);
  }
}
