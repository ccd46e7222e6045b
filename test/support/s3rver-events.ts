import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { encodeEventKey } from '../../lambdas/handler/object-keys';

let counter = 0;

/** An SQS record carrying S3's notification for one created object, key encoded as AWS encodes it. */
export function s3NotificationRecord(bucket: string, key: string, messageId = `m${++counter}`): SQSRecord {
  const body = {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-1',
        eventTime: '2026-11-29T00:00:00.000Z',
        eventName: 'ObjectCreated:Put',
        s3: { s3SchemaVersion: '1.0', bucket: { name: bucket, arn: `arn:aws:s3:::${bucket}` }, object: { key: encodeEventKey(key), size: 1 } },
      },
    ],
  };
  return sqsRecord(JSON.stringify(body), messageId);
}

export function sqsRecord(body: string, messageId = `m${++counter}`): SQSRecord {
  return {
    messageId,
    receiptHandle: messageId,
    body,
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 's3', ApproximateFirstReceiveTimestamp: '0' },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:uploads',
    awsRegion: 'us-east-1',
  };
}

export const batch = (...records: SQSRecord[]): SQSEvent => ({ Records: records });

/** What S3 sends once when a notification is configured. */
export const S3_TEST_EVENT = JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Time: '2026-11-29T00:00:00.000Z', Bucket: 'in' });
