import { Aws, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { BlockPublicAccess, Bucket, BucketEncryption, EventType, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { configFromContext, DEAD_LETTER_BATCH_SIZE, DEAD_LETTER_CONCURRENCY, type SpeechPressConfig } from './config';
import { ConverterFunction } from './handler-function';
import { ENV } from '../lambdas/handler/config';
import { TRANSCRIPT_SUFFIXES } from '../lambdas/handler/object-keys';
import { ConverterMonitoring } from './monitoring';
import { acknowledgeFindings } from './nag-acknowledgements';
import { WebFrontend } from './web-frontend';

export interface SpeechPressStackProps extends StackProps {
  /** Overrides of the context-derived configuration (tests use it). */
  readonly config?: Partial<SpeechPressConfig>;
}

/** Upload name endings the bucket notification delivers (shared with the web API, which refuses other spellings). */
export { TRANSCRIPT_SUFFIXES } from '../lambdas/handler/object-keys';

/** Completion events go to the account's default bus (rules there route them: docs/aws.md). */
export const EVENT_BUS_NAME = 'default';

/**
 * Upload a transcript to `<input bucket>/incoming/…txt`; the converted documents appear in the
 * output bucket under the same sub-path. S3 → SQS → Lambda, so bursts queue instead of throttling
 * and failures are retried, then dead-lettered.
 */
export class SpeechPressStack extends Stack {
  readonly config: SpeechPressConfig;
  readonly inputBucket: Bucket;
  readonly outputBucket: Bucket;
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly givenUpQueue: Queue;
  readonly converter: ConverterFunction;
  readonly monitoring: ConverterMonitoring;

  constructor(scope: Construct, id: string, props: SpeechPressStackProps = {}) {
    super(scope, id, props);
    const config = (this.config = configFromContext(this.node, props.config));
    const removalPolicy = config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    const common = {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      removalPolicy,
    } as const;
    const abortIncomplete = { id: 'AbortIncompleteUploads', abortIncompleteMultipartUploadAfter: Duration.days(config.incompleteUploadDays) };
    const accessLogs = new Bucket(this, 'AccessLogs', {
      ...common,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [abortIncomplete, { id: 'ExpireAccessLogs', expiration: Duration.days(config.accessLogDays) }],
    });
    this.inputBucket = new Bucket(this, 'Input', { ...common, serverAccessLogsBucket: accessLogs, serverAccessLogsPrefix: 'input/', lifecycleRules: [abortIncomplete] });
    this.outputBucket = new Bucket(this, 'Output', {
      ...common,
      versioned: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'output/',
      // Versions replaced by a re-conversion (or retired markers) are kept a while, then go; so do
      // delete markers left with no version behind them.
      lifecycleRules: [
        abortIncomplete,
        { id: 'ExpireOldVersions', noncurrentVersionExpiration: Duration.days(config.noncurrentVersionDays), expiredObjectDeleteMarker: true },
      ],
    });

    // The queues keep uploads not yet converted: they stay with the buckets when retainData keeps them.
    // Dead letters are read by the converter, which reports each to its user and parks it on the
    // given-up queue, where operators redrive it from (docs/aws.md). The given-up queue is the DLQ's own
    // dead-letter queue too: a dead letter that cannot be reported after as many receives is parked all the same.
    this.givenUpQueue = new Queue(this, 'GivenUp', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy,
    });
    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      // Read by the converter too: at least its timeout (AWS requires it), 6 × as for the upload queue.
      visibilityTimeout: Duration.seconds(6 * config.timeoutSeconds),
      deadLetterQueue: { queue: this.givenUpQueue, maxReceiveCount: config.maxReceiveCount },
      removalPolicy,
    });
    this.queue = new Queue(this, 'Uploads', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS guidance: at least 6 × the function timeout, so a message is not redelivered while still being worked on.
      visibilityTimeout: Duration.seconds(6 * config.timeoutSeconds),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: config.maxReceiveCount },
      removalPolicy,
    });
    // S3 suffix filters match case-sensitively and cannot be made case-blind: one rule per common
    // spelling. Other mixes (`.Txt`) are not delivered on AWS (docs/aws.md).
    for (const suffix of TRANSCRIPT_SUFFIXES) {
      this.inputBucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.queue), { prefix: config.inputPrefix, suffix });
    }

    this.converter = new ConverterFunction(this, 'Converter', { config, outputBucketName: this.outputBucket.bucketName });
    const fn = this.converter.function;
    // maxConcurrency, not reserved concurrency, caps conversions: the poller stops there instead of being throttled.
    fn.addEventSource(new SqsEventSource(this.queue, { batchSize: config.batchSize, reportBatchItemFailures: true, maxConcurrency: config.maxConcurrency }));
    // Deferred records are sent to the queue again; the last receive writes an internal-error report.
    fn.addEnvironment(ENV.queueUrl, this.queue.queueUrl);
    fn.addEnvironment(ENV.maxReceiveCount, String(config.maxReceiveCount));
    fn.addEnvironment(ENV.eventBusName, EVENT_BUS_NAME);
    this.queue.grantSendMessages(fn);
    // Every dead letter gets its user's internal-error report and a Document Failed event, even when the
    // last attempt ended the invocation (timeout, out of memory) and wrote nothing; then it is parked.
    fn.addEventSource(new SqsEventSource(this.deadLetterQueue, { batchSize: DEAD_LETTER_BATCH_SIZE, reportBatchItemFailures: true, maxConcurrency: DEAD_LETTER_CONCURRENCY }));
    fn.addEnvironment(ENV.deadLetterQueueArn, this.deadLetterQueue.queueArn);
    fn.addEnvironment(ENV.givenUpQueueUrl, this.givenUpQueue.queueUrl);
    this.givenUpQueue.grantSendMessages(fn);
    fn.addToRolePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['events:PutEvents'],
        resources: [`arn:${Aws.PARTITION}:events:${Aws.REGION}:${Aws.ACCOUNT_ID}:event-bus/${EVENT_BUS_NAME}`],
      }),
    );
    // Least privilege, written out instead of grantRead/grantWrite (which add List*/Abort*/GetBucket* wildcards).
    fn.addToRolePolicy(
      new PolicyStatement({ effect: Effect.ALLOW, actions: ['s3:GetObject'], resources: [this.inputBucket.arnForObjects(`${config.inputPrefix}*`)] }),
    );
    // Without ListBucket, HeadObject of a source deleted before delivery answers 403 instead of 404,
    // and the handler would retry it into the DLQ instead of ignoring it. Scoped to the input prefix.
    fn.addToRolePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['s3:ListBucket'],
        resources: [this.inputBucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': `${config.inputPrefix}*` } },
      }),
    );
    fn.addToRolePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        // GetObject only for HeadObject on earlier manifests (idempotency); ListBucket so a missing one is 404, not 403.
        // DeleteObject retires an earlier answer's manifest/error report before new outputs are written, and its
        // outputs the new answer does not write (another edition) before the new marker (the
        // bucket is versioned, so a delete only adds a delete marker). Nothing may delete in the input bucket.
        actions: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'],
        resources: [this.outputBucket.arnForObjects(`${config.outputPrefix}*`)],
      }),
    );
    fn.addToRolePolicy(new PolicyStatement({ effect: Effect.ALLOW, actions: ['s3:ListBucket'], resources: [this.outputBucket.bucketArn] }));

    this.monitoring = new ConverterMonitoring(this, 'Monitoring', {
      fn,
      queue: this.queue,
      deadLetterQueue: this.deadLetterQueue,
      givenUpQueue: this.givenUpQueue,
      timeoutSeconds: config.timeoutSeconds,
    });
    // The web page for office staff: CloudFront + Cognito + presigning API (lib/web-frontend.ts, docs/web.md).
    new WebFrontend(this, 'Web', { config, inputBucket: this.inputBucket, outputBucket: this.outputBucket, accessLogs });
    acknowledgeFindings(this);

    new CfnOutput(this, 'InputBucketName', { value: this.inputBucket.bucketName, description: `upload transcripts under ${config.inputPrefix}` });
    new CfnOutput(this, 'OutputBucketName', { value: this.outputBucket.bucketName });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: this.deadLetterQueue.queueUrl });
    // Redrive: aws sqs start-message-move-task --source-arn <GivenUpQueueArn> --destination-arn <UploadQueueArn>
    new CfnOutput(this, 'GivenUpQueueArn', { value: this.givenUpQueue.queueArn, description: 'uploads given up (each reported to its user); redrive from here' });
    new CfnOutput(this, 'UploadQueueArn', { value: this.queue.queueArn });
  }
}
