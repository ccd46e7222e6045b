import type { Logger } from '@aws-lambda-powertools/logger';
import type { SQSRecord } from 'aws-lambda';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { eventContext, failureEvent, type DocumentEvent } from './completion-events';
import { reportGivenUp, type GivenUpReport } from './given-up';
import { countOne, METRIC, type HandlerMetrics } from './handler-metrics';
import { createdObjects, type CreatedObject } from './s3-events';
import type { UploadDeps } from './types';

/**
 * The dead-letter queue is read by the converter function too (a second event source): SQS moves a
 * record there after its last receive whatever ended it, so this is the one place that sees every
 * given-up upload, including those whose last attempt ran out of time or memory and could write
 * nothing. Each gets its `internal-error` report and a `Document Failed` event (unless the last
 * receive wrote them already, or a duplicate delivery finished the upload), and the message is then
 * parked on the given-up queue, which the DLQ alarm watches and operators redrive from.
 */
export interface DeadLetterWiring {
  /** ARN of the dead-letter queue: a record from it is a dead letter, whatever its body says. */
  readonly queueArn: string;
  /**
   * Moves a handled dead letter to the given-up queue; `reports` says what became of each upload it
   * announced (the local runner prints it; on AWS the Document Failed event already said it).
   */
  readonly park: (record: SQSRecord, reports: readonly DeadLetterReport[]) => Promise<void>;
}

/** True for a record from the dead-letter queue `wiring` names: a dead letter, whatever its body says. The one place the ARN is compared. */
export function isDeadLetter(wiring: DeadLetterWiring | undefined, record: Pick<SQSRecord, 'eventSourceARN'>): wiring is DeadLetterWiring {
  return wiring !== undefined && record.eventSourceARN === wiring.queueArn;
}

/** What the dead-letter path did for one upload a dead letter announced. */
export interface DeadLetterReport {
  readonly sourceKey: string;
  readonly report: GivenUpReport;
}

export interface GivenUpDeps extends UploadDeps {
  readonly logger: Logger;
  readonly metrics?: HandlerMetrics;
  readonly maxReceiveCount?: number;
  readonly publish: (event: DocumentEvent | null) => Promise<void>;
}

/** The report's message: what happened, in words a user can act on. */
export function givenUpMessage(attempts: number | undefined, why: string): string {
  const tries = attempts === undefined ? 'several attempts' : `${attempts} attempts`;
  return `the document could not be made after ${tries} (${why}); the operators have the upload in the dead-letter queue. Upload the file again later.`;
}

/** Why a dead letter's last attempt wrote nothing, as far as anything can tell afterwards. */
export const STOPPED_WITHOUT_ANSWER = 'the last attempt stopped before it could answer: the time or memory limit, or an error';

/**
 * Reports one given-up upload and tells the event sink, unless nothing failed for the user (this version
 * was answered, or replaced by a newer upload). `onlyFresh`: tell only when this call wrote the report
 * (the dead-letter path, where the last receive may have told already). Errors writing the report propagate.
 */
export async function reportAndTell(deps: GivenUpDeps, object: CreatedObject, message: string, durationMs: number, onlyFresh: boolean): Promise<GivenUpReport> {
  const report = await reportGivenUp(object, deps, message);
  const nothingFailed = report.kind === 'answered' || (report.kind === 'no-report' && report.reason === 'superseded');
  if (nothingFailed || (onlyFresh && report.kind !== 'written')) return report;
  countOne(deps.metrics, METRIC.givenUp);
  const reportKey = report.kind === 'written' || report.kind === 'already-reported' ? report.key : null;
  await deps.publish(failureEvent(object.key, message, reportKey, eventContext(object, deps.config.outputBucket, durationMs)));
  return report;
}

/** Handles one record from the dead-letter queue: report each upload it announces, then park it. */
export async function handleDeadLetter(deps: GivenUpDeps, wiring: DeadLetterWiring, record: SQSRecord): Promise<void> {
  const started = performance.now();
  let objects: CreatedObject[] = [];
  try {
    objects = createdObjects(record);
  } catch (error) {
    // Nothing in it names an upload to report on; it is parked for the operators all the same.
    deps.logger.error('dead letter is not an S3 notification; parked without a report', { messageId: record.messageId, error: error as Error });
  }
  const message = givenUpMessage(deps.maxReceiveCount, STOPPED_WITHOUT_ANSWER);
  const reports: DeadLetterReport[] = [];
  for (const object of objects) {
    const report = await reportAndTell(deps, object, message, Math.round(performance.now() - started), true);
    deps.logger.info('dead letter reported', { sourceKey: object.key, messageId: record.messageId, report });
    reports.push({ sourceKey: object.key, report });
  }
  await wiring.park(record, reports);
}

/** Parks a dead letter on the given-up queue: its body as it came, for a redrive to the upload queue. */
export function sqsPark(client: SQSClient, givenUpQueueUrl: string): DeadLetterWiring['park'] {
  return async (record) => {
    await client.send(new SendMessageCommand({ QueueUrl: givenUpQueueUrl, MessageBody: record.body }));
  };
}
