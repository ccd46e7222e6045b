/**
 * AWS Lambda entry point (bundled by NodejsFunction). Everything heavy is created once per
 * container, at cold start: the S3 client here, fonts and converters lazily inside the pipeline.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { convert, DEFAULT_MAX_BYTES, errorReportFile, PIPELINE_VERSION } from '../pipeline';
import { configFromEnv } from './config';
import { createHandler } from './create-handler';
import { createS3Client } from './s3-client';

const endpoint = process.env['AWS_ENDPOINT_URL_S3'];

export const handler = createHandler({
  s3: createS3Client(endpoint !== undefined && endpoint !== '' ? { endpoint } : {}),
  pipeline: { convert, errorReportFile, version: PIPELINE_VERSION },
  config: configFromEnv(process.env, DEFAULT_MAX_BYTES),
  logger: new Logger({ serviceName: 'speech-press' }),
});
