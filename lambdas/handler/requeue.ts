import { SendMessageCommand, SQSClient, type SendMessageCommandInput, type SQSClientConfig } from '@aws-sdk/client-sqs';
import { requestHandlerOptions, SIDE_CALL_TIMEOUTS } from './sdk-timeouts';
import type { SQSRecord } from 'aws-lambda';

/**
 * Puts a record that was never tried back on the queue as a new message. Reporting it as a batch item
 * failure instead would cost it a receive (and wait out the visibility timeout): a valid upload could
 * reach the DLQ without ever being tried. The new message starts at receive count 0.
 */
export type Requeue = (record: SQSRecord) => Promise<void>;

/** Message attribute counting how often an upload was re-queued untried (each re-queue restarts its receive count). */
export const DEFERRALS_ATTRIBUTE = 'speech-press-deferrals';

/**
 * Re-queues after which a record runs whatever time is left, as the first record of an invocation
 * does. Each re-queue gives a new message with a fresh receive count, so without a bound a record that
 * fails (or times out) whenever it runs could go round between attempts and deferrals forever.
 */
export const MAX_DEFERRALS = 10;

/** How often this record was re-queued already (0 for S3's own message). */
export function deferralsOf(record: Pick<SQSRecord, 'messageAttributes'>): number {
  const n = Number(record.messageAttributes?.[DEFERRALS_ATTRIBUTE]?.stringValue ?? 0);
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
}

/** The message that puts `record` back: the same body, its deferral count one higher. */
export function requeueMessage(record: Pick<SQSRecord, 'body' | 'messageAttributes'>, queueUrl: string): SendMessageCommandInput {
  return {
    QueueUrl: queueUrl,
    MessageBody: record.body,
    MessageAttributes: { [DEFERRALS_ATTRIBUTE]: { DataType: 'Number', StringValue: String(deferralsOf(record) + 1) } },
  };
}

/** An SQS client whose requests give up after SIDE_CALL_TIMEOUTS. */
export function sqsClient(config: SQSClientConfig = {}): SQSClient {
  return new SQSClient({ requestHandler: requestHandlerOptions(SIDE_CALL_TIMEOUTS), ...config });
}

export function sqsRequeue(client: SQSClient, queueUrl: string): Requeue {
  return async (record) => {
    await client.send(new SendMessageCommand(requeueMessage(record, queueUrl)));
  };
}
