import { DeleteBucketCorsCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { Logger } from '@aws-lambda-powertools/logger';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import type { HandlerConfig } from '../handler/config';
import { createHandler } from '../handler/create-handler';
import { locateUpload } from '../handler/object-keys';
import { sourceKeyHash } from '../handler/output-headers';
import type { Pipeline, UploadOutcome } from '../handler/process-upload';
import { BUCKET_CORS, corsXml } from '../web/bucket-cors';
import { ignoredUploads, keysOfMessage, notificationBody, type IgnoredUpload } from './event-bridge';
import { LocalDeadLetters } from './local-dead-letters';
import { OwnWrites } from './own-writes';
import { reconcileMessage, unsettledUploads } from './reconcile';
import { MAX_LAST_SEGMENT_BYTES } from './key-guard';
import { startLocalS3 } from './local-s3';
import { LocalQueue } from './local-queue';
import { DEFAULT_INPUT_PREFIX, DEFAULT_MAX_BYTES, DEFAULT_MAX_RECEIVE_COUNT, DEFAULT_OUTPUT_PREFIX, DEFAULT_TRADITIONAL_VARIANT, MAX_UPLOAD_NAME_BYTES } from '../settings/defaults';
import type { EventSink } from '../handler/completion-events';

export const LOCAL_BUCKETS = { input: 'speech-press-input', output: 'speech-press-output' } as const;
/** Same redrive count as the deployed stack. */
export const LOCAL_MAX_RECEIVE_COUNT = DEFAULT_MAX_RECEIVE_COUNT;
/**
 * Bytes an upload's file name leaves free below the local server's file-name limit: uploads may be
 * MAX_UPLOAD_NAME_BYTES long (the web API's limit too), so a longer one is refused at upload instead
 * of converted and dead-lettered because its outputs' names (up to OUTPUT_NAME_ROOM_BYTES longer)
 * cannot be stored.
 */
export const UPLOAD_NAME_ROOM = MAX_LAST_SEGMENT_BYTES - MAX_UPLOAD_NAME_BYTES;

export interface LocalStackOptions {
  /** s3rver's storage folder (kept across restarts). */
  readonly dataDir: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly pipeline: Pipeline;
  /** Completion events, as the handler publishes them to EventBridge on AWS. */
  readonly events?: EventSink;
  readonly config?: Partial<Omit<HandlerConfig, 'outputBucket'>>;
  readonly concurrency?: number;
  readonly batchSize?: number;
  readonly retryDelayMs?: number;
  /** How long `upload` waits for its result before rejecting with UploadTimeoutError (default 10 minutes). */
  readonly settleTimeoutMs?: number;
  /** Wraps the client the handler uses (tests inject S3 faults here; the server itself is real). */
  readonly wrapHandlerClient?: (client: S3Client) => S3Client;
  /** Origins (the local web page) allowed to use presigned URLs on the buckets from a browser; none by default. */
  readonly corsOrigins?: readonly string[];
  /** Handler log lines (Powertools JSON); silent by default so the console shows the runner's lines. */
  readonly logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
}

/** An upload produced no result in time: no notification for it, or a conversion stuck far beyond its usual seconds. */
export class UploadTimeoutError extends Error {
  override readonly name = 'UploadTimeoutError';
}

/** How one upload ended. */
export type UploadResult =
  | { readonly sourceKey: string; readonly status: 'converted' | 'rejected'; readonly outputKeys: readonly string[]; readonly reportKey?: string; readonly ms: number }
  /** Failed on every receive; `reportKey` is its `internal-error` report, absent only when even the dead-letter path could not write it. */
  | { readonly sourceKey: string; readonly status: 'dead-lettered'; readonly reason: string; readonly reportKey?: string; readonly ms: number };

export interface LocalStack {
  readonly endpoint: string;
  readonly port: number;
  /** A client for the local server (for uploads, listing, downloads). */
  readonly s3: S3Client;
  readonly queue: LocalQueue;
  readonly inputPrefix: string;
  readonly inputBucket: string;
  /** What the handler was configured with (bucket, prefixes, size limit). */
  readonly handlerConfig: HandlerConfig;
  /**
   * Settles when the uploads an earlier run left without current outputs are queued again (their
   * keys), or with the reason it could not look. Never rejects.
   */
  readonly reconciled: Promise<{ readonly queued: readonly string[]; readonly error?: string }>;
  /** Every settlement, in order; `onResult` is told as they happen. */
  readonly results: UploadResult[];
  onResult(listener: (result: UploadResult) => void): void;
  onReceive(listener: (sourceKey: string, attempt: number) => void): void;
  /** Uploads never converted (other bucket, outside the prefix, not .txt); the handler's own outputs are not told. */
  onIgnored(listener: (upload: IgnoredUpload) => void): void;
  /** Resolves once nothing is queued, running or waiting for redelivery, on the upload queue and the dead-letter queue. */
  idle(): Promise<void>;
  /** Uploads bytes under the input prefix and resolves when that upload has settled. */
  upload(relativeKey: string, body: Uint8Array): Promise<UploadResult>;
  /** Copies an upload's outputs into `outDir`, mirroring their keys; returns the local paths. */
  download(result: UploadResult, outDir: string): Promise<string[]>;
  stop(): Promise<void>;
}

/**
 * The whole S3 → SQS → Lambda path on one machine: s3rver with both buckets, the notification
 * filter, a local queue with redrive and dead letters, and the very handler that runs on AWS.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const origins = options.corsOrigins ?? [];
  const inputPrefix = options.config?.inputPrefix ?? DEFAULT_INPUT_PREFIX;
  const server = await startLocalS3({
    nameRoom: (bucket, key) => (bucket === LOCAL_BUCKETS.input && locateUpload(key, inputPrefix) !== null ? UPLOAD_NAME_ROOM : 0),
    directory: options.dataDir,
    buckets: [LOCAL_BUCKETS.input, LOCAL_BUCKETS.output],
    port: options.port,
    corsOrigins: origins,
    bucketConfigs:
      origins.length === 0
        ? {}
        : { [LOCAL_BUCKETS.input]: [corsXml(BUCKET_CORS.input, origins)], [LOCAL_BUCKETS.output]: [corsXml(BUCKET_CORS.output, origins)] },
  });
  const config: HandlerConfig = {
    outputBucket: LOCAL_BUCKETS.output,
    inputPrefix,
    outputPrefix: options.config?.outputPrefix ?? DEFAULT_OUTPUT_PREFIX,
    maxBytes: options.config?.maxBytes ?? DEFAULT_MAX_BYTES,
    traditional: options.config?.traditional ?? { variant: DEFAULT_TRADITIONAL_VARIANT },
  };

  const results: UploadResult[] = [];
  const resultListeners: ((r: UploadResult) => void)[] = [];
  const receiveListeners: ((key: string, attempt: number) => void)[] = [];
  const waiters = new Map<string, ((r: UploadResult) => void)[]>();
  const firstSeen = new Map<string, number>();

  function settle(result: UploadResult): void {
    results.push(result);
    resultListeners.forEach((l) => l(result));
    const pending = waiters.get(result.sourceKey);
    waiters.delete(result.sourceKey);
    pending?.forEach((resolve) => resolve(result));
  }

  const elapsed = (key: string) => Math.round(performance.now() - (firstSeen.get(key) ?? performance.now()));

  async function settledOutcome(outcome: UploadOutcome): Promise<void> {
    const ms = elapsed(outcome.sourceKey);
    switch (outcome.kind) {
      case 'converted':
        return settle({ sourceKey: outcome.sourceKey, status: 'converted', outputKeys: outcome.keys, ms });
      case 'rejected':
        return settle({ sourceKey: outcome.sourceKey, status: 'rejected', outputKeys: [outcome.reportKey], reportKey: outcome.reportKey, ms });
      case 'already-done':
        return settle({
          sourceKey: outcome.sourceKey,
          status: outcome.key.endsWith('.error.json') ? 'rejected' : 'converted',
          outputKeys: await outputsOf(outcome.sourceKey),
          ...(outcome.key.endsWith('.error.json') ? { reportKey: outcome.key } : {}),
          ms,
        });
      case 'ignored':
        return;
    }
  }

  /** The outputs made from this source, found by their `source-key` metadata (for redeliveries). */
  async function outputsOf(sourceKey: string): Promise<string[]> {
    const location = locateUpload(sourceKey, inputPrefix);
    if (location === null) return [];
    const prefix = `${config.outputPrefix}${location.relativeDir}${location.stem}.`;
    const listed = await server.client.send(new ListObjectsV2Command({ Bucket: config.outputBucket, Prefix: prefix }));
    const keys: string[] = [];
    for (const object of listed.Contents ?? []) {
      const head = await server.client.send(new HeadObjectCommand({ Bucket: config.outputBucket, Key: object.Key! }));
      if (head.Metadata?.['source-key-sha256'] === sourceKeyHash(sourceKey)) keys.push(object.Key!);
    }
    return keys;
  }

  const ownWrites = new OwnWrites();
  const ownClient = ownWrites.track(server.client);
  const handlerClient = options.wrapHandlerClient?.(ownClient) ?? ownClient;
  let queue: LocalQueue;
  // As on AWS, the handler reads the dead-letter queue too: every upload that ends there gets its
  // internal-error report and one Document Failed event, even when its last attempt could not write them.
  const deadLetters = new LocalDeadLetters({
    // The handler is made next, with this queue's wiring; it is first called once a dead letter arrives.
    handler: (event, context) => handler(event, context),
    maxReceiveCount: LOCAL_MAX_RECEIVE_COUNT,
    batchSize: options.batchSize ?? 5,
    retryDelayMs: options.retryDelayMs ?? 1000,
    settle,
    elapsed,
  });
  const handler = createHandler({
    s3: handlerClient,
    pipeline: options.pipeline,
    config,
    logger: new Logger({ serviceName: 'speech-press-local', logLevel: options.logLevel ?? 'SILENT' }),
    onOutcome: settledOutcome,
    maxReceiveCount: LOCAL_MAX_RECEIVE_COUNT,
    ...(options.events !== undefined ? { events: options.events } : {}),
    onRecordError: (error, record) => (deadLetters.holds(record) ? deadLetters : queue).recordFailure(record.messageId, (error as Error).message ?? String(error)),
    deadLetters: deadLetters.wiring,
  });
  queue = new LocalQueue({
    handler,
    maxReceiveCount: LOCAL_MAX_RECEIVE_COUNT,
    batchSize: options.batchSize ?? 5,
    concurrency: options.concurrency ?? 2,
    retryDelayMs: options.retryDelayMs ?? 1000,
    onReceive: (record) => {
      for (const key of keysOfMessage(record)) {
        awaitingReconcile.delete(key);
        if (!firstSeen.has(key)) firstSeen.set(key, performance.now());
        receiveListeners.forEach((l) => l(key, Number(record.attributes.ApproximateReceiveCount)));
      }
    },
    onDeadLetter: (letter) => deadLetters.take(letter),
  });

  const ignoredListeners: ((upload: IgnoredUpload) => void)[] = [];
  /** Keys delivered by an event while the scan for unsettled uploads runs (null after it). */
  let eventKeys: Set<string> | null = new Set();
  /** Keys queued again by the scan whose message the handler has not received yet. */
  const awaitingReconcile = new Set<string>();
  let stopping = false;
  server.onObjectEvent((event) => {
    const filter = { bucket: LOCAL_BUCKETS.input, prefix: inputPrefix };
    for (const upload of ignoredUploads(event, filter)) {
      if (!ownWrites.claim(upload.bucket, upload.key)) ignoredListeners.forEach((l) => l(upload));
    }
    const body = notificationBody(event, filter);
    if (body === null || stopping) return;
    const keys = keysOfMessage({ body, messageId: 'event' });
    keys.forEach((key) => eventKeys?.add(key));
    // A re-queued upload not yet received covers this one: the handler reads the object as it is when it runs.
    if (keys.length > 0 && keys.every((key) => awaitingReconcile.has(key))) return;
    queue.send(body);
  });

  // s3rver keeps no queue: uploads an earlier run accepted but never converted are found and queued again.
  const reconciled = unsettledUploads({ s3: server.client, inputBucket: LOCAL_BUCKETS.input, config, pipelineVersion: options.pipeline.version }).then(
    (uploads) => {
      // An upload whose event came during the scan is queued already.
      const fresh = uploads.filter((upload) => !eventKeys!.has(upload.key));
      eventKeys = null;
      if (stopping) return { queued: [] };
      for (const upload of fresh) {
        awaitingReconcile.add(upload.key);
        queue.send(reconcileMessage(LOCAL_BUCKETS.input, upload));
      }
      return { queued: fresh.map((upload) => upload.key) };
    },
    (error: unknown) => {
      eventKeys = null;
      return { queued: [], error: (error as Error).message ?? String(error) };
    },
  );

  return {
    endpoint: server.endpoint,
    port: server.port,
    s3: server.client,
    queue,
    inputPrefix,
    inputBucket: LOCAL_BUCKETS.input,
    handlerConfig: config,
    reconciled,
    results,
    onResult: (listener) => void resultListeners.push(listener),
    onReceive: (listener) => void receiveListeners.push(listener),
    onIgnored: (listener) => void ignoredListeners.push(listener),
    async idle() {
      const quiet = (q: LocalQueue | LocalDeadLetters) => Object.values(q.depth).every((n) => n === 0);
      do {
        await queue.idle();
        await deadLetters.idle();
      } while (!quiet(queue) || !quiet(deadLetters));
    },
    upload(relativeKey, body) {
      const key = `${inputPrefix}${relativeKey}`;
      const timeoutMs = options.settleTimeoutMs ?? 600_000;
      let timer: NodeJS.Timeout | undefined;
      let waiter: (result: UploadResult) => void = () => {};
      // Waiting starts before the PUT: its result may come before the PUT's answer does.
      const settled = new Promise<UploadResult>((resolve, reject) => {
        waiter = resolve;
        waiters.set(key, [...(waiters.get(key) ?? []), resolve]);
        timer = setTimeout(() => reject(new UploadTimeoutError(`${relativeKey}: no result after ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
      });
      const put = server.client.send(new PutObjectCommand({ Bucket: LOCAL_BUCKETS.input, Key: key, Body: body, ContentType: 'text/plain; charset=utf-8' }));
      // Both are observed from here on: the timer firing while the PUT is still under way (a loaded
      // machine, a slow disk) rejects this call, not the process; a refused PUT ends the wait at once.
      // However the call ends, no timer or waiter is left behind.
      const forget = () => {
        clearTimeout(timer);
        const left = (waiters.get(key) ?? []).filter((w) => w !== waiter);
        if (left.length > 0) waiters.set(key, left);
        else waiters.delete(key);
      };
      return Promise.all([put, settled])
        .then(([, result]) => result)
        .finally(forget);
    },
    async download(result, outDir) {
      const keys = result.status === 'dead-lettered' ? (result.reportKey !== undefined ? [result.reportKey] : []) : result.outputKeys;
      const paths: string[] = [];
      for (const key of keys) {
        const got = await server.client.send(new GetObjectCommand({ Bucket: config.outputBucket, Key: key }));
        const path = resolve(outDir, ...key.split('/'));
        // Keys are user-chosen: never let `..` segments write outside the download folder.
        if (!path.startsWith(resolve(outDir) + sep)) throw new Error(`refusing to download ${key} outside ${outDir}`);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, await got.Body!.transformToByteArray());
        paths.push(path);
      }
      return paths;
    },
    async stop() {
      stopping = true;
      await reconciled;
      await queue.stop();
      // Dead letters of the last invocations are reported before the server goes.
      await deadLetters.idle();
      await deadLetters.stop();
      await server.close();
    },
  };
}
