import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { SQSRecord } from 'aws-lambda';

/**
 * Puts a record that was never tried back on the queue as a new message. Reporting it as a batch item
 * failure instead would cost it a receive (and wait out the visibility timeout): a valid upload could
 * reach the DLQ without ever being tried. The new message starts at receive count 0.
 */
export type Requeue = (record: SQSRecord) => Promise<void>;

export function sqsRequeue(client: SQSClient, queueUrl: string): Requeue {
  return async (record) => {
    await client.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: record.body }));
  };
}
