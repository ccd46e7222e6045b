import { describe, expect, it } from 'vitest';
import { wiringFromEnv } from '../../lambdas/handler/config';
import { HandlerConfigError } from '../../lambdas/handler/errors';
import { createS3Client } from '../../lambdas/handler/s3-client';

describe('S3 client integrity checks', () => {
  it('keeps the SDK default checksums on AWS and relaxes them only for a local endpoint', async () => {
    const aws = createS3Client({ region: 'eu-west-1' });
    expect(await aws.config.requestChecksumCalculation()).toBe('WHEN_SUPPORTED');
    expect(await aws.config.responseChecksumValidation()).toBe('WHEN_SUPPORTED');
    const local = createS3Client({ region: 'us-east-1', endpoint: 'http://127.0.0.1:4568' });
    expect(await local.config.requestChecksumCalculation()).toBe('WHEN_REQUIRED');
    expect(await local.config.responseChecksumValidation()).toBe('WHEN_REQUIRED');
  });
});

describe('queue wiring from the environment', () => {
  it('reads the queue URL, redrive count and event bus, and refuses a malformed count', () => {
    expect(wiringFromEnv({})).toEqual({});
    expect(wiringFromEnv({ QUEUE_URL: 'https://sqs/q', MAX_RECEIVE_COUNT: '5', EVENT_BUS_NAME: 'default' })).toEqual({
      queueUrl: 'https://sqs/q',
      maxReceiveCount: 5,
      eventBusName: 'default',
    });
    expect(() => wiringFromEnv({ MAX_RECEIVE_COUNT: 'many' })).toThrow(HandlerConfigError);
  });

  it('reads the dead-letter queue and the given-up queue together, and refuses one without the other', () => {
    expect(wiringFromEnv({ DEAD_LETTER_QUEUE_ARN: 'arn:aws:sqs:r:1:dlq', GIVEN_UP_QUEUE_URL: 'https://sqs/given-up' })).toEqual({
      deadLetters: { queueArn: 'arn:aws:sqs:r:1:dlq', givenUpQueueUrl: 'https://sqs/given-up' },
    });
    expect(() => wiringFromEnv({ DEAD_LETTER_QUEUE_ARN: 'arn:aws:sqs:r:1:dlq' })).toThrow(HandlerConfigError);
  });
});
