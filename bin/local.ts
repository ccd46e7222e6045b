#!/usr/bin/env node
/**
 * `npm start`: the S3 → SQS → Lambda pipeline on this machine (see docs/local.md).
 */
import { GetObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { lineEventSink } from '../lambdas/handler/completion-events';
import { convert, errorReportFile, outputsVersion } from '../lambdas/pipeline';
import { checkUploadNames, CliUsageError, parseLocalCli, USAGE, type LocalCliOptions } from '../lambdas/local/cli-options';
import { explainListenError } from '../lambdas/local/busy-port';
import { resultLine, summariseManifest, uploadHint } from '../lambdas/local/console-report';
import { localWebTarget } from '../lambdas/local/local-web';
import { LOCAL_USER, startWebServer } from '../lambdas/local/web-server';
import { LOCAL_BUCKETS, startLocalStack, UploadTimeoutError, type LocalStack, type UploadResult } from '../lambdas/local/local-stack';
import { onStopRequest, stopThenExit } from '../lambdas/local/stop-signals';
import { findRepoRoot } from '../lambdas/local/repo-root';

// One level above this file under tsx, three above the launcher's bundle; the folder above as a last resort.
const repoRoot = findRepoRoot(__dirname) ?? resolve(__dirname, '..');

/** A path as the user would type it: relative below the working directory, absolute elsewhere. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

function transcriptsToUpload(options: LocalCliOptions): string[] {
  if (options.files.length > 0) return options.files.map((f) => resolve(f));
  const samples = join(repoRoot, 'samples');
  return readdirSync(samples)
    .filter((f) => /\.txt$/i.test(f))
    .sort()
    .map((f) => join(samples, f));
}

async function readJson(stack: LocalStack, key: string): Promise<Record<string, unknown> | null> {
  try {
    const got = await stack.s3.send(new GetObjectCommand({ Bucket: LOCAL_BUCKETS.output, Key: key }));
    return JSON.parse(await got.Body!.transformToString('utf-8')) as Record<string, unknown>;
  } catch {
    return null;
  }
}

async function describe(stack: LocalStack, result: UploadResult): Promise<string> {
  if (result.status === 'converted') {
    const manifestKey = result.outputKeys.find((k) => k.endsWith('.json') && !k.endsWith('.error.json'));
    return resultLine(result, summariseManifest(manifestKey ? await readJson(stack, manifestKey) : null));
  }
  if (result.status === 'rejected' && result.reportKey) return resultLine(result, null, (await readJson(stack, result.reportKey)) ?? {});
  return resultLine(result, null);
}

// The SDK warns on every start that its 2027 releases will need Node 22; we pin the SDK, so on the
// supported Node 20 the notice is noise in the main command's output.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  if (String(warning instanceof Error ? warning.name + warning.message : warning).includes('NodeVersionSupportWarning')) return;
  (emitWarning as (...a: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;

async function main(): Promise<number> {
  const options = parseLocalCli(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const files = transcriptsToUpload(options);
  for (const file of files) if (!existsSync(file)) throw new CliUsageError(`no such file: ${file}`);
  checkUploadNames(files.map((file) => basename(file)));
  const outDir = resolve(options.outDir);
  mkdirSync(options.dataDir, { recursive: true });

  // The page listens first: its address goes into the buckets' CORS rules as the only allowed origin.
  const web = options.once ? null : await startWebServer({ port: options.webPort }).catch((error: unknown) => {
    throw explainListenError(error, 'web page', options.webPort, '--web-port');
  });
  const stack = await startLocalStack({
    corsOrigins: web?.origins ?? [],
    dataDir: resolve(options.dataDir),
    port: options.port,
    pipeline: { convert, errorReportFile, version: outputsVersion(options.traditional) },
    config: { traditional: options.traditional },
    concurrency: options.concurrency,
    ...(options.events ? { events: lineEventSink((line) => console.log(line)) } : {}),
  }).catch(async (error: unknown) => {
    await web?.close();
    throw explainListenError(error, 'S3 server', options.port, '--port');
  });
  console.log(`speech-press local stack (S3 at ${stack.endpoint}, data in ${shown(resolve(options.dataDir))})`);
  console.log(`  input bucket   ${LOCAL_BUCKETS.input}  (upload .txt under ${stack.inputPrefix})`);
  console.log(`  output bucket  ${LOCAL_BUCKETS.output}  (downloads go to ${shown(outDir)}/)`);
  console.log(`  upload with:   ${uploadHint(stack.endpoint, LOCAL_BUCKETS.input, stack.inputPrefix)}`);
  if (web !== null) {
    web.serve(localWebTarget(stack));
    console.log(`  web page:      ${web.origin}/  (this machine only, no sign-in; uploads go to ${stack.inputPrefix}${LOCAL_USER}/)`);
  }

  let failures = 0;
  const progress = setInterval(() => {
    const { visible, inFlight, delayed } = stack.queue.depth;
    if (visible + inFlight + delayed > 0) console.log(`  … working: ${inFlight} batch(es) running, ${visible} queued, ${delayed} awaiting retry`);
  }, 3000);
  stack.onReceive((key, attempt) => console.log(`→ ${basename(key)}${attempt > 1 ? ` (attempt ${attempt})` : ''}`));
  stack.onIgnored(({ bucket, key, reason }) => console.log(`· ${bucket}/${key} ignored: ${reason}`));
  void stack.reconciled.then(({ queued, error }) => {
    if (error !== undefined) console.error(`  could not look for uploads an earlier run left unconverted: ${error}`);
    else if (queued.length > 0) console.log(`↻ ${queued.length} upload${queued.length === 1 ? '' : 's'} an earlier run accepted but did not convert: queued again`);
  });
  const reported = new Map<string, Promise<void>>();
  const notDownloaded = new Set<string>();
  stack.onResult((result) => {
    if (result.status !== 'converted') failures++;
    const report = (async () => {
      const line = await describe(stack, result);
      // The line and its downloads are printed together: uploads settle side by side, and printed apart
      // one file's paths came out under another file's line.
      const paths = await stack.download(result, outDir).catch((error: unknown) => {
        console.log(line);
        throw error;
      });
      console.log(paths.length > 0 ? `${line}\n    ${paths.map(shown).join('  ')}` : line);
    })().catch((error: unknown) => {
      // Converted in the bucket but not on this disk: for --once that is a failed run, not a success.
      notDownloaded.add(result.sourceKey);
      console.error(`✗ could not download the outputs of ${basename(result.sourceKey)}: ${(error as Error).message}`);
    });
    reported.set(result.sourceKey, report);
  });

  let stopping: Promise<void> | null = null;
  const stop = () => (stopping ??= (async () => {
    clearInterval(progress);
    await web?.close();
    await stack.stop();
  })());
  // Ctrl-C, SIGTERM, or the terminal's npm gone: finish running conversions, close both servers, exit.
  onStopRequest((reason) => {
    console.log(`\nstopping… (${reason})`);
    void stopThenExit(stop, () => (failures > 0 && options.once ? 1 : 0));
  }, { watchParent: process.env['npm_lifecycle_event'] === 'start' });

  const timedOut: string[] = [];
  const outcomes = await Promise.all(
    files.map((file) =>
      stack.upload(basename(file), readFileSync(file)).catch((error: unknown) => {
        const refused = error instanceof S3ServiceException && error.$fault === 'client';
        if (!(error instanceof UploadTimeoutError) && !refused) throw error;
        // A name the local server cannot store (key-guard.ts) fails this file alone.
        console.error(refused ? `✗ ${basename(file)}  refused by the local S3 server (${error.name}): ${error.message}` : `✗ ${(error as Error).message}`);
        timedOut.push(basename(file));
        return null;
      }),
    ),
  );
  const settled = outcomes.filter((r): r is UploadResult => r !== null);
  // Their lines and downloads run in onResult; let them finish before exiting.
  await Promise.all(settled.map((r) => reported.get(r.sourceKey)));
  if (options.once) {
    await stop();
    const bad = settled.filter((r) => r.status !== 'converted').length + timedOut.length;
    const missing = settled.filter((r) => r.status === 'converted' && notDownloaded.has(r.sourceKey)).length;
    const lost = missing > 0 ? `, ${missing} converted but not downloaded` : '';
    console.log(`done: ${files.length - bad - missing} converted, ${bad} rejected or dead-lettered${lost}; outputs in ${shown(outDir)}/`);
    return bad + missing > 0 ? 1 : 0;
  }
  console.log('watching for uploads; Ctrl-C to stop');
  await new Promise(() => {});
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof CliUsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    console.error(error);
    process.exit(1);
  },
);
