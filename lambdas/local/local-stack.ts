import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { Logger } from '@aws-lambda-powertools/logger';
import type { EventSink } from '../handler/completion-events';
import type { HandlerConfig } from '../handler/config';
import { createHandler } from '../handler/create-handler';
import { locateUpload } from '../handler/object-keys';
import type { Pipeline, UploadOutcome } from '../handler/types';
import { DEFAULT_INPUT_PREFIX, DEFAULT_MAX_BYTES, DEFAULT_MAX_RECEIVE_COUNT, DEFAULT_OUTPUT_PREFIX, DEFAULT_TRADITIONAL_VARIANT, MAX_UPLOAD_NAME_BYTES } from '../settings/defaults';
import { BUCKET_CORS, corsXml } from '../web/bucket-cors';
import { downloadOutputs } from './download-outputs';
import { keysOfMessage, type IgnoredUpload } from './event-bridge';
import { startEventIntake } from './event-intake';
import { MAX_LAST_SEGMENT_BYTES } from './key-guard';
import { LocalDeadLetters } from './local-dead-letters';
import { LocalQueue } from './local-queue';
import { startLocalS3 } from './local-s3';
import { outputsMadeFrom, resultOfOutcome } from './outcome-results';
import { OwnWrites } from './own-writes';
import { UploadResults, type UploadResult } from './upload-results';

// The runner and the tests know an upload's result and its timeout from here.
export { UploadTimeoutError, type UploadResult } from './upload-results';

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

  const results = new UploadResults();
  async function settleOutcome(outcome: UploadOutcome): Promise<void> {
    const result = await resultOfOutcome(outcome, results.elapsed(outcome.sourceKey), (sourceKey) => outputsMadeFrom(server.client, config, sourceKey));
    if (result !== null) results.settle(result);
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
    settle: (result) => results.settle(result),
    elapsed: (sourceKey) => results.elapsed(sourceKey),
  });
  const handler = createHandler({
    s3: handlerClient,
    pipeline: options.pipeline,
    config,
    logger: new Logger({ serviceName: 'speech-press-local', logLevel: options.logLevel ?? 'SILENT' }),
    onOutcome: settleOutcome,
    maxReceiveCount: LOCAL_MAX_RECEIVE_COUNT,
    ...(options.events !== undefined ? { events: options.events } : {}),
    onRecordError: (error, record) => (deadLetters.holds(record) ? deadLetters : queue).recordFailure(record.messageId, (error as Error).message ?? String(error)),
    deadLetters: deadLetters.wiring,
  });
  const receiveListeners: ((key: string, attempt: number) => void)[] = [];
  queue = new LocalQueue({
    handler,
    maxReceiveCount: LOCAL_MAX_RECEIVE_COUNT,
    batchSize: options.batchSize ?? 5,
    concurrency: options.concurrency ?? 2,
    retryDelayMs: options.retryDelayMs ?? 1000,
    onReceive: (record) => {
      for (const key of keysOfMessage(record)) {
        intake.received(key);
        results.received(key);
        receiveListeners.forEach((l) => l(key, Number(record.attributes.ApproximateReceiveCount)));
      }
    },
    onDeadLetter: (letter) => deadLetters.take(letter),
  });
  const intake = startEventIntake({ server, queue, inputBucket: LOCAL_BUCKETS.input, config, pipelineVersion: options.pipeline.version, ownWrites });

  return {
    endpoint: server.endpoint,
    port: server.port,
    s3: server.client,
    queue,
    inputPrefix,
    inputBucket: LOCAL_BUCKETS.input,
    handlerConfig: config,
    reconciled: intake.reconciled,
    results: results.all,
    onResult: (listener) => results.onResult(listener),
    onReceive: (listener) => void receiveListeners.push(listener),
    onIgnored: (listener) => intake.onIgnored(listener),
    async idle() {
      const quiet = (q: LocalQueue | LocalDeadLetters) => Object.values(q.depth).every((n) => n === 0);
      do {
        await queue.idle();
        await deadLetters.idle();
      } while (!quiet(queue) || !quiet(deadLetters));
    },
    upload(relativeKey, body) {
      const key = `${inputPrefix}${relativeKey}`;
      // Waiting starts before the PUT: its result may come before the PUT's answer does.
      const { settled, forget } = results.waitFor(key, relativeKey, options.settleTimeoutMs ?? 600_000);
      const put = server.client.send(new PutObjectCommand({ Bucket: LOCAL_BUCKETS.input, Key: key, Body: body, ContentType: 'text/plain; charset=utf-8' }));
      // Both are observed from here on: the timer firing while the PUT is still under way (a loaded
      // machine, a slow disk) rejects this call, not the process; a refused PUT ends the wait at once.
      // However the call ends, no timer or waiter is left behind.
      return Promise.all([put, settled])
        .then(([, result]) => result)
        .finally(forget);
    },
    download: (result, outDir) => downloadOutputs(server.client, config.outputBucket, result, outDir),
    async stop() {
      intake.stop();
      await intake.reconciled;
      await queue.stop();
      // Dead letters of the last invocations are reported before the server goes.
      await deadLetters.idle();
      await deadLetters.stop();
      await server.close();
    },
  };
}
