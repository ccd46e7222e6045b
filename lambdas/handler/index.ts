/**
 * AWS Lambda entry point (bundled by NodejsFunction). Everything heavy is created once per
 * container, at cold start: the S3 client here, fonts and converters lazily inside the pipeline.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { convert, errorReportFile, outputsVersion } from '../pipeline';
import { configFromEnv } from './config';
import { createHandler } from './create-handler';
import { createS3Client } from './s3-client';

const endpoint = process.env['AWS_ENDPOINT_URL_S3'];

const config = configFromEnv(process.env);

export const handler = createHandler({
  s3: createS3Client(endpoint !== undefined && endpoint !== '' ? { endpoint } : {}),
  pipeline: { convert, errorReportFile, version: outputsVersion(config.traditional) },
  config,
  logger: new Logger({ serviceName: 'speech-press' }),
});
