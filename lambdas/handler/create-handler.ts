import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { isUnfixableByRetry, NotEnoughTimeError, statusOf } from './errors';
import { processUpload } from './process-upload';
import { createdObjects } from './s3-events';
import type { UploadDeps, UploadOutcome } from './types';

export interface HandlerDeps extends UploadDeps {
  readonly logger: Logger;
  /** Told about every finished upload (the local runner records it); awaited before the record counts as done. */
  readonly onOutcome?: (outcome: UploadOutcome, record: SQSRecord) => void | Promise<void>;
  /** Told about every failed record before it is reported to SQS (the local queue keeps the reason for its dead letters). */
  readonly onRecordError?: (error: unknown, record: SQSRecord) => void;
  /**
   * Time one record may need (a 5 MB transcript converts in ~20–30 s here). A record is started only while
   * this much of the invocation is left; the rest of the batch goes back to SQS for the next invocation
   * instead of timing out the whole batch, which would cost every record a receive. Default 45 s.
   */
  readonly recordTimeBudgetMs?: number;
}

export type SqsHandler = (event: SQSEvent, context?: Context) => Promise<SQSBatchResponse>;

/**
 * The SQS → S3-event handler. Each message is settled on its own: a failed record (transient S3
 * error, bug) is reported in `batchItemFailures` so SQS redelivers only it, and dead-letters it
 * after the redrive count.
 */
export function createHandler(deps: HandlerDeps): SqsHandler {
  const { logger } = deps;

  async function handleRecord(record: SQSRecord, timeLeftMs: (() => number) | undefined, startedOne: boolean): Promise<void> {
    let sourceKey: string | undefined;
    try {
      const budget = deps.recordTimeBudgetMs ?? 45_000;
      // The first record of an invocation always runs, so a short timeout can never starve the queue.
      if (startedOne && timeLeftMs !== undefined && timeLeftMs() < budget) {
        throw new NotEnoughTimeError(`only ${timeLeftMs()} ms of the invocation left (a record may need ${budget} ms)`);
      }
      // Parsing is inside the try: a malformed message must reach onRecordError with its reason too.
      for (const object of createdObjects(record)) {
        sourceKey = object.key;
        const started = performance.now();
        const outcome = await processUpload(object, deps);
        logger.info('upload settled', { ...outcome, ms: Math.round(performance.now() - started), messageId: record.messageId });
        await deps.onOutcome?.(outcome, record);
      }
    } catch (error) {
      if (isUnfixableByRetry(error)) {
        logger.error('S3 refused a request with a client error that retrying cannot fix; the upload will end in the DLQ', {
          sourceKey,
          messageId: record.messageId,
          httpStatusCode: statusOf(error),
          error: error as Error,
        });
      } else {
        logger.error('record failed; SQS will redeliver it', { sourceKey, messageId: record.messageId, error: error as Error });
      }
      deps.onRecordError?.(error, record);
      throw error;
    }
  }

  return async (event, context) => {
    // A processor keeps per-batch state, so each invocation gets its own (the local runner invokes concurrently).
    const processor = new BatchProcessor(EventType.SQS);
    // Only a real Lambda context tells the time left; local and test callers may pass none or a bare object.
    const timeLeftMs = typeof context?.getRemainingTimeInMillis === 'function' ? () => context.getRemainingTimeInMillis() : undefined;
    let startedOne = false;
    const handle = async (record: SQSRecord): Promise<void> => {
      const first = !startedOne;
      startedOne = true;
      await handleRecord(record, timeLeftMs, !first);
    };
    return processPartialResponse(event, handle, processor, {
      ...(context !== undefined ? { context } : {}),
      throwOnFullBatchFailure: false,
      // Conversions are CPU-bound (one vCPU at the default memory): overlapping a batch's records gains
      // no time, and one after another each record's downloads and outputs are released before the next.
      processInParallel: false,
    });
  };
}
