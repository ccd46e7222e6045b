import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import type { SqsHandler } from '../handler/create-handler';

/** A message that failed `maxReceiveCount` times, as SQS would move it to the dead-letter queue. */
export interface DeadLetter {
  readonly messageId: string;
  readonly body: string;
  readonly receiveCount: number;
  /** The last error the handler reported for it, when it told us. */
  readonly reason: string;
}

export interface LocalQueueOptions {
  readonly handler: SqsHandler;
  /** Receives before dead-lettering (the stack's redrive policy). */
  readonly maxReceiveCount: number;
  readonly batchSize: number;
  /** Handler invocations running at once (Lambda concurrency). */
  readonly concurrency: number;
  /** Wait before a failed message becomes visible again (SQS visibility timeout, shortened). */
  readonly retryDelayMs: number;
  readonly queueArn?: string;
  readonly onDeadLetter?: (letter: DeadLetter) => void;
  readonly onReceive?: (record: SQSRecord) => void;
  /**
   * Told about an error of the queue's own (a listener that threw); console.error by default. The queue
   * goes on: such an error never becomes an unhandled rejection, which would end the whole runner.
   */
  readonly onError?: (error: unknown) => void;
}

interface Pending {
  readonly messageId: string;
  readonly body: string;
  readonly sentAt: number;
  receiveCount: number;
}

/**
 * An in-process stand-in for the SQS queue + event source mapping: batches messages into
 * SQS-shaped events, invokes the handler with bounded concurrency, redelivers the records it
 * reports in `batchItemFailures` (or the whole batch if it throws) and dead-letters after the
 * redrive count. Only the behaviour the pipeline relies on is mirrored.
 */
export class LocalQueue {
  private readonly visible: Pending[] = [];
  private readonly delayed = new Set<NodeJS.Timeout>();
  private readonly lastError = new Map<string, string>();
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];
  #stopped = false;
  readonly deadLetters: DeadLetter[] = [];

  constructor(private readonly options: LocalQueueOptions) {}

  /** Enqueues a message body; returns its id. */
  send(body: string): string {
    if (this.#stopped) throw new Error('local queue is stopped');
    const messageId = randomUUID();
    this.visible.push({ messageId, body, sentAt: Date.now(), receiveCount: 0 });
    this.pump();
    return messageId;
  }

  /** Lets the handler explain a failure, so the dead-letter report can say why. */
  recordFailure(messageId: string, reason: string): void {
    this.lastError.set(messageId, reason);
  }

  /** True once `stop` was called: no message is taken any more. */
  get stopped(): boolean {
    return this.#stopped;
  }

  get depth(): { visible: number; inFlight: number; delayed: number } {
    return { visible: this.visible.length, inFlight: this.inFlight, delayed: this.delayed.size };
  }

  /** Resolves once nothing is queued, running or waiting for redelivery. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops taking work, drops pending redeliveries and waits for running invocations. */
  async stop(): Promise<void> {
    this.#stopped = true;
    for (const timer of this.delayed) clearTimeout(timer);
    this.delayed.clear();
    this.visible.length = 0;
    await this.idle();
  }

  private isIdle(): boolean {
    return this.visible.length === 0 && this.inFlight === 0 && this.delayed.size === 0;
  }

  private notifyIfIdle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private pump(): void {
    while (!this.#stopped && this.inFlight < this.options.concurrency && this.visible.length > 0) {
      const batch = this.visible.splice(0, this.options.batchSize);
      this.inFlight++;
      void this.invoke(batch)
        .catch((error: unknown) => this.reportError(error))
        .finally(() => {
          this.inFlight--;
          this.pump();
          this.notifyIfIdle();
        });
    }
  }

  private reportError(error: unknown): void {
    try {
      (this.options.onError ?? ((e: unknown) => console.error('local queue:', e)))(error);
    } catch {
      // An error reporter that throws has nowhere further to report to.
    }
  }

  private toRecord(message: Pending): SQSRecord {
    const now = String(Date.now());
    return {
      messageId: message.messageId,
      receiptHandle: `${message.messageId}#${message.receiveCount}`,
      body: message.body,
      attributes: {
        ApproximateReceiveCount: String(message.receiveCount),
        SentTimestamp: String(message.sentAt),
        SenderId: 'local-s3',
        ApproximateFirstReceiveTimestamp: now,
      },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: this.options.queueArn ?? 'arn:aws:sqs:us-east-1:000000000000:speech-press-local',
      awsRegion: 'us-east-1',
    };
  }

  private async invoke(batch: Pending[]): Promise<void> {
    for (const message of batch) message.receiveCount++;
    let failed: Set<string>;
    try {
      // A receive listener that throws fails the batch as a thrown handler does: its messages are
      // redelivered and in the end dead-lettered with that reason, never left neither queued nor done.
      const records = batch.map((m) => this.toRecord(m));
      records.forEach((r) => this.options.onReceive?.(r));
      const response = await this.options.handler({ Records: records } satisfies SQSEvent);
      failed = new Set(response.batchItemFailures.map((f) => f.itemIdentifier));
    } catch (error) {
      // A thrown invocation fails the whole batch, exactly as Lambda's event source mapping treats it.
      for (const m of batch) this.lastError.set(m.messageId, (error as Error).message);
      failed = new Set(batch.map((m) => m.messageId));
    }
    for (const message of batch) {
      if (!failed.has(message.messageId)) {
        this.lastError.delete(message.messageId);
        continue;
      }
      if (message.receiveCount >= this.options.maxReceiveCount) this.deadLetter(message);
      else this.redeliverLater(message);
    }
  }

  private deadLetter(message: Pending): void {
    const letter: DeadLetter = {
      messageId: message.messageId,
      body: message.body,
      receiveCount: message.receiveCount,
      reason: this.lastError.get(message.messageId) ?? 'reported as a batch item failure',
    };
    this.lastError.delete(message.messageId);
    this.deadLetters.push(letter);
    try {
      this.options.onDeadLetter?.(letter);
    } catch (error) {
      // The rest of the batch still gets its redelivery or dead letter.
      this.reportError(error);
    }
  }

  private redeliverLater(message: Pending): void {
    if (this.#stopped) return;
    const timer = setTimeout(() => {
      this.delayed.delete(timer);
      if (this.#stopped) return this.notifyIfIdle();
      this.visible.push(message);
      this.pump();
    }, this.options.retryDelayMs);
    this.delayed.add(timer);
  }
}
