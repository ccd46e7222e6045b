import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { eventContext, outcomeEvent, type DocumentEvent, type EventSink } from './completion-events';
import { isUnfixableByRetry, NotEnoughTimeError, statusOf, UnrecognisedMessageError } from './errors';
import { countOne, METRIC, recordOutcome, type HandlerMetrics } from './handler-metrics';
import { givenUpMessage, handleDeadLetter, isDeadLetter, reportAndTell, type DeadLetterWiring, type GivenUpDeps } from './dead-letters';
import { processUpload } from './process-upload';
import { deferralsOf, MAX_DEFERRALS, type Requeue } from './requeue';
import { readNotification, type CreatedObject, type Notification } from './s3-events';
import { recordTimeBudgetMs } from './time-budget';
import type { UploadDeps, UploadOutcome } from './types';

export interface HandlerDeps extends UploadDeps {
  readonly logger: Logger;
  /** Powertools Metrics (EMF on stdout); flushed at the end of every invocation. */
  readonly metrics?: HandlerMetrics;
  /** Told "Document Converted/Rejected/Failed" (EventBridge on AWS). A failed publish is logged and counted, never retried. */
  readonly events?: EventSink;
  /** Puts a record that was never tried back on the queue; without it such a record is reported as failed. */
  readonly requeue?: Requeue;
  /** The queue's maxReceiveCount: on that receive, a record that fails gets an `internal-error` report. */
  readonly maxReceiveCount?: number;
  /** The dead-letter queue, when this function reads it too: its records are reported and parked (dead-letters.ts). */
  readonly deadLetters?: DeadLetterWiring;
  /** Time one record may need, from its size; default from measurements (time-budget.ts). */
  readonly recordTimeBudgetMs?: (sizeBytes: number) => number;
  /** Told about every finished upload (the local runner records it); awaited before the record counts as done. */
  readonly onOutcome?: (outcome: UploadOutcome, record: SQSRecord) => void | Promise<void>;
  /** Told about every failed record before it is reported to SQS (the local queue keeps the reason for its dead letters). */
  readonly onRecordError?: (error: unknown, record: SQSRecord) => void;
}

/** How much of a malformed message's body its log line shows. */
const MALFORMED_BODY_LOGGED = 1000;

export type SqsHandler = (event: SQSEvent, context?: Context) => Promise<SQSBatchResponse>;

/**
 * The SQS → S3-event handler. Each message is settled on its own: a failed record (transient S3
 * error, bug) is reported in `batchItemFailures` so SQS redelivers only it, and dead-letters it
 * after the redrive count — on that last receive the user gets an `internal-error` report instead of
 * silence. A record there is no time left for is queued again untried, at no cost to its receives.
 */
export function createHandler(deps: HandlerDeps): SqsHandler {
  const { logger, metrics } = deps;
  const budgetFor = deps.recordTimeBudgetMs ?? recordTimeBudgetMs;

  async function publish(event: DocumentEvent | null): Promise<void> {
    if (event === null || deps.events === undefined) return;
    try {
      await deps.events.publish(event);
    } catch (error) {
      // The documents are written; failing the record would redo nothing and still not tell anyone.
      countOne(metrics, METRIC.eventsNotPublished);
      logger.error('completion event not published', { detailType: event.detailType, sourceKey: event.detail.sourceKey, error: error as Error });
    }
  }

  /** True when the record was handed back to the queue untried. */
  async function deferred(record: SQSRecord, objects: readonly CreatedObject[], timeLeftMs: () => number): Promise<boolean> {
    // A size the notification did not give counts as the largest accepted upload.
    const size = objects.reduce((sum, o) => sum + (o.size ?? deps.config.maxBytes), 0);
    const budget = budgetFor(size);
    const left = timeLeftMs();
    if (left >= budget) return false;
    if (deferralsOf(record) >= MAX_DEFERRALS) {
      logger.warn('record runs short of time: re-queued untried too often already', { messageId: record.messageId, leftMs: left, budgetMs: budget, deferrals: MAX_DEFERRALS });
      return false;
    }
    if (deps.requeue === undefined) throw new NotEnoughTimeError(`only ${left} ms of the invocation left (a record of ${size} bytes may need ${budget} ms)`);
    await deps.requeue(record);
    countOne(metrics, METRIC.deferrals);
    logger.info('record queued again untried: not enough of the invocation left', { messageId: record.messageId, leftMs: left, budgetMs: budget, bytes: size });
    return true;
  }

  const givenUpDeps: GivenUpDeps = { ...deps, publish };

  async function giveUp(record: SQSRecord, object: CreatedObject, error: unknown, started: number): Promise<void> {
    const message = givenUpMessage(Number(record.attributes.ApproximateReceiveCount), (error as Error)?.name ?? 'error');
    try {
      await reportAndTell(givenUpDeps, object, message, Math.round(performance.now() - started), false);
    } catch (reportError) {
      // The dead-letter path tries again once SQS has moved the record there.
      logger.error('could not write the internal-error report', { sourceKey: object.key, error: reportError as Error });
    }
  }

  /**
   * A message no retry can make readable (not JSON, not an S3 event, a record without eventName, bucket or key):
   * a permanent failure. Logged once with its reasons and counted; parked on the given-up queue at once, where
   * the dead-letter path would have put it after every retry (its alarm fires, operators see the body), or,
   * with no given-up queue wired, dropped. Either way it is not reported as failed, so SQS does not retry it —
   * unless parking it fails: then it is logged so and reported as failed, so SQS redelivers it rather than it
   * being lost, and it is counted once, when it is parked or dropped at last.
   */
  async function setAside(record: SQSRecord, reasons: readonly string[]): Promise<void> {
    const details = {
      messageId: record.messageId,
      receiveCount: record.attributes.ApproximateReceiveCount,
      reasons,
      body: record.body.slice(0, MALFORMED_BODY_LOGGED),
    };
    if (deps.deadLetters !== undefined) {
      try {
        await deps.deadLetters.park(record, []);
      } catch (error) {
        logger.error('malformed message: parking it on the given-up queue failed; SQS will redeliver it', { ...details, error: error as Error });
        throw error;
      }
    }
    countOne(metrics, METRIC.malformedMessages);
    logger.error(deps.deadLetters !== undefined ? 'malformed message: not retried, parked on the given-up queue' : 'malformed message: not retried, dropped (no given-up queue wired)', details);
  }

  async function handleRecord(record: SQSRecord, timeLeftMs: (() => number) | undefined, startedOne: boolean): Promise<void> {
    let current: CreatedObject | undefined;
    let started = performance.now();
    try {
      let notification: Notification;
      try {
        notification = readNotification(record);
      } catch (error) {
        if (error instanceof UnrecognisedMessageError) return await setAside(record, [error.message]);
        throw error;
      }
      const { objects } = notification;
      // The first record of an invocation always runs, so a short timeout can never starve the queue.
      if (startedOne && timeLeftMs !== undefined && (await deferred(record, objects, timeLeftMs))) return;
      for (const object of objects) {
        current = object;
        started = performance.now();
        const outcome = await processUpload(object, deps);
        const ms = Math.round(performance.now() - started);
        logger.info('upload settled', { ...outcome, ms, messageId: record.messageId });
        if (metrics !== undefined) recordOutcome(metrics, outcome, ms);
        await publish(outcomeEvent(outcome, eventContext(object, deps.config.outputBucket, ms)));
        await deps.onOutcome?.(outcome, record);
      }
      // Its readable records are settled; a redrive from the given-up queue finds them answered.
      if (notification.malformed.length > 0) await setAside(record, notification.malformed);
    } catch (error) {
      countOne(metrics, METRIC.failures);
      const context = { sourceKey: current?.key, messageId: record.messageId, receiveCount: record.attributes.ApproximateReceiveCount };
      if (isUnfixableByRetry(error)) {
        logger.error('S3 refused a request with a client error that retrying cannot fix; the upload will end in the DLQ', {
          ...context,
          httpStatusCode: statusOf(error),
          error: error as Error,
        });
      } else {
        logger.error('record failed; SQS will redeliver it', { ...context, error: error as Error });
      }
      const lastReceive = deps.maxReceiveCount !== undefined && Number(record.attributes.ApproximateReceiveCount) >= deps.maxReceiveCount;
      if (lastReceive && current !== undefined) await giveUp(record, current, error, started);
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
      if (isDeadLetter(deps.deadLetters, record)) {
        try {
          return await handleDeadLetter(givenUpDeps, deps.deadLetters, record);
        } catch (error) {
          // Its reason goes where every failed record's goes (the local queue keeps it for the line it prints).
          deps.onRecordError?.(error, record);
          throw error;
        }
      }
      const first = !startedOne;
      startedOne = true;
      await handleRecord(record, timeLeftMs, !first);
    };
    try {
      return await processPartialResponse(event, handle, processor, {
        ...(context !== undefined ? { context } : {}),
        // Failures are counted in our own metric and alarmed on (Lambda's Errors metric stays 0 this way).
        throwOnFullBatchFailure: false,
        // Conversions are CPU-bound (one vCPU at the default memory): overlapping a batch's records gains
        // no time, and one after another each record's downloads and outputs are released before the next.
        processInParallel: false,
      });
    } finally {
      // A batch of duplicates and ignored keys has nothing to report (Powertools would warn about that).
      if (metrics?.hasStoredMetrics() === true) metrics.publishStoredMetrics();
    }
  };
}
