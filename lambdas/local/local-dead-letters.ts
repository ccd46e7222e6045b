import type { SQSRecord } from 'aws-lambda';
import type { SqsHandler } from '../handler/create-handler';
import { isDeadLetter, type DeadLetterReport, type DeadLetterWiring } from '../handler/dead-letters';
import { keysOfMessage } from './event-bridge';
import { LocalQueue, type DeadLetter } from './local-queue';
import type { UploadResult } from './upload-results';

/** The local dead-letter queue's ARN: a record from it is a dead letter to the handler, as on AWS. */
const LOCAL_DEAD_LETTER_QUEUE_ARN = 'arn:aws:sqs:us-east-1:000000000000:speech-press-local-dead-letters';

export interface LocalDeadLettersOptions {
  /** The handler that reads the upload queue too (it tells dead letters apart by their queue's ARN). */
  readonly handler: SqsHandler;
  readonly maxReceiveCount: number;
  readonly batchSize: number;
  readonly retryDelayMs: number;
  /** Settles an upload: its result line, its download, its waiters. */
  readonly settle: (result: UploadResult) => void;
  /** Milliseconds since the upload was first received. */
  readonly elapsed: (sourceKey: string) => number;
}

/**
 * The dead-letter queue, read by the same handler as on AWS (docs/aws.md step 9): every upload the
 * upload queue gives up on gets its internal-error report and one Document Failed event there, also
 * when its last attempt could not write them. Parking a handled dead letter settles its upload; a
 * dead letter failed on every receive here too (no report could be written) settles unreported, as
 * it is parked unreported on AWS. `wiring` goes to the handler.
 */
export class LocalDeadLetters {
  readonly wiring: DeadLetterWiring = { queueArn: LOCAL_DEAD_LETTER_QUEUE_ARN, park: async (record, reports) => this.park(record, reports) };
  /** Why each message here failed on the upload queue (by its id here). */
  private readonly reasons = new Map<string, string>();
  private readonly queue: LocalQueue;

  constructor(private readonly options: LocalDeadLettersOptions) {
    this.queue = new LocalQueue({
      handler: options.handler,
      queueArn: LOCAL_DEAD_LETTER_QUEUE_ARN,
      maxReceiveCount: options.maxReceiveCount,
      batchSize: options.batchSize,
      concurrency: 1,
      retryDelayMs: options.retryDelayMs,
      onDeadLetter: (letter) => this.settleUnreported(letter, `${this.reasonOf(letter.messageId)}; its report could not be written either (${letter.reason})`),
    });
  }

  /** True for a record of this queue. */
  holds(record: Pick<SQSRecord, 'eventSourceARN'>): boolean {
    return isDeadLetter(this.wiring, record);
  }

  /** A message the upload queue gave up on, with the reason it failed there. Once stopped, it settles at once, unreported. */
  take(letter: DeadLetter): void {
    if (this.queue.stopped) return this.settleUnreported(letter, letter.reason);
    this.reasons.set(this.queue.send(letter.body), letter.reason);
  }

  /** Why a dead letter's handling failed (S3's error), for the line if it fails on every receive. */
  recordFailure(messageId: string, reason: string): void {
    this.queue.recordFailure(messageId, reason);
  }

  get depth(): LocalQueue['depth'] {
    return this.queue.depth;
  }

  idle(): Promise<void> {
    return this.queue.idle();
  }

  stop(): Promise<void> {
    return this.queue.stop();
  }

  private reasonOf(messageId: string): string {
    const reason = this.reasons.get(messageId) ?? 'failed on every attempt';
    this.reasons.delete(messageId);
    return reason;
  }

  private settleUnreported(letter: DeadLetter, reason: string): void {
    for (const sourceKey of keysOfMessage(letter)) this.options.settle({ sourceKey, status: 'dead-lettered', reason, ms: this.options.elapsed(sourceKey) });
  }

  /**
   * Settles each upload the dead letter announced as dead-lettered, with the report the dead-letter path
   * wrote or found for that very version. Nothing for one answered meanwhile (a duplicate delivery
   * converted or refused it) or replaced (the newer upload's message settles its key), as nothing is
   * said on AWS then; a source deleted meanwhile settles without a report, as nothing else will.
   */
  private async park(record: SQSRecord, reports: readonly DeadLetterReport[]): Promise<void> {
    const reason = this.reasonOf(record.messageId);
    for (const { sourceKey, report } of reports) {
      const ms = this.options.elapsed(sourceKey);
      if (report.kind === 'written' || report.kind === 'already-reported') this.options.settle({ sourceKey, status: 'dead-lettered', reason, reportKey: report.key, ms });
      else if (report.kind === 'no-report' && report.reason === 'source-gone') this.options.settle({ sourceKey, status: 'dead-lettered', reason: `${reason}; the upload was deleted meanwhile`, ms });
    }
  }
}
