/**
 * AWS Lambda entry point (bundled by NodejsFunction). Everything heavy is created once per
 * container, at cold start: the clients here, fonts and converters lazily inside the pipeline.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { convert, errorReportFile, outputsVersion } from '../pipeline';
import { eventBridgeClient, eventBridgeSink } from './completion-events';
import { configFromEnv, wiringFromEnv } from './config';
import { createHandler } from './create-handler';
import { METRICS_NAMESPACE, SERVICE_NAME } from './handler-metrics';
import { sqsClient, sqsRequeue } from './requeue';
import { sqsPark } from './dead-letters';
import { createS3Client } from './s3-client';

const endpoint = process.env['AWS_ENDPOINT_URL_S3'];

const config = configFromEnv(process.env);
const wiring = wiringFromEnv(process.env);
const sqs = sqsClient();

export const handler = createHandler({
  s3: createS3Client(endpoint !== undefined && endpoint !== '' ? { endpoint } : {}),
  pipeline: { convert, errorReportFile, version: outputsVersion(config.traditional) },
  config,
  logger: new Logger({ serviceName: SERVICE_NAME }),
  metrics: new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME }),
  ...(wiring.queueUrl !== undefined ? { requeue: sqsRequeue(sqs, wiring.queueUrl) } : {}),
  ...(wiring.deadLetters !== undefined ? { deadLetters: { queueArn: wiring.deadLetters.queueArn, park: sqsPark(sqs, wiring.deadLetters.givenUpQueueUrl) } } : {}),
  ...(wiring.maxReceiveCount !== undefined ? { maxReceiveCount: wiring.maxReceiveCount } : {}),
  ...(wiring.eventBusName !== undefined ? { events: eventBridgeSink(eventBridgeClient(), wiring.eventBusName) } : {}),
});
