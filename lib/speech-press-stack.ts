import { Aws, CfnCondition, CfnOutput, CfnParameter, Duration, Fn, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData, type CfnAlarm } from 'aws-cdk-lib/aws-cloudwatch';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { BlockPublicAccess, Bucket, BucketEncryption, EventType, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { CfnSubscription, CfnTopic, CfnTopicPolicy } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { configFromContext, type SpeechPressConfig } from './config';
import { ConverterFunction } from './handler-function';
import { acknowledgeFindings } from './nag-acknowledgements';

export interface SpeechPressStackProps extends StackProps {
  /** Overrides of the context-derived configuration (tests use it). */
  readonly config?: Partial<SpeechPressConfig>;
}

/** Upload name endings the bucket notification delivers. */
export const TRANSCRIPT_SUFFIXES = ['.txt', '.TXT'] as const;

/** SQS redelivers a failed upload this many times before it is dead-lettered. */
export const MAX_RECEIVE_COUNT = 3;

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
  readonly converter: ConverterFunction;

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
    const accessLogs = new Bucket(this, 'AccessLogs', { ...common, objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED });
    this.inputBucket = new Bucket(this, 'Input', { ...common, serverAccessLogsBucket: accessLogs, serverAccessLogsPrefix: 'input/' });
    this.outputBucket = new Bucket(this, 'Output', {
      ...common,
      versioned: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'output/',
    });

    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.queue = new Queue(this, 'Uploads', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS guidance: at least 6 × the function timeout, so a message is not redelivered while still being worked on.
      visibilityTimeout: Duration.seconds(6 * config.timeoutSeconds),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: MAX_RECEIVE_COUNT },
    });
    // S3 suffix filters match case-sensitively and cannot be made case-blind: one rule per common
    // spelling. Other mixes (`.Txt`) are not delivered on AWS (docs/aws.md).
    for (const suffix of TRANSCRIPT_SUFFIXES) {
      this.inputBucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.queue), { prefix: config.inputPrefix, suffix });
    }

    this.converter = new ConverterFunction(this, 'Converter', { config, outputBucketName: this.outputBucket.bucketName });
    const fn = this.converter.function;
    fn.addEventSource(new SqsEventSource(this.queue, { batchSize: config.batchSize, reportBatchItemFailures: true }));
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
        // DeleteObject retires an earlier version's manifest/error report before new outputs are written (the
        // bucket is versioned, so a delete only adds a delete marker). Nothing may delete in the input bucket.
        actions: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'],
        resources: [this.outputBucket.arnForObjects(`${config.outputPrefix}*`)],
      }),
    );
    fn.addToRolePolicy(new PolicyStatement({ effect: Effect.ALLOW, actions: ['s3:ListBucket'], resources: [this.outputBucket.bucketArn] }));

    this.addDeadLetterAlarm();
    acknowledgeFindings(this);

    new CfnOutput(this, 'InputBucketName', { value: this.inputBucket.bucketName, description: `upload transcripts under ${config.inputPrefix}` });
    new CfnOutput(this, 'OutputBucketName', { value: this.outputBucket.bucketName });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: this.deadLetterQueue.queueUrl });
  }

  /** Any dead-lettered upload is an alarm; e-mail goes out only when the AlarmEmail parameter is set. */
  private addDeadLetterAlarm(): void {
    const alarm = new Alarm(this, 'DeadLettersAlarm', {
      alarmDescription: 'Uploads failed repeatedly and were dead-lettered; inspect the DLQ and the function logs.',
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    const email = new CfnParameter(this, 'AlarmEmail', {
      type: 'String',
      default: '',
      description: 'E-mail address told when an upload is dead-lettered (empty: no notification).',
    });
    const hasEmail = new CfnCondition(this, 'HasAlarmEmail', { expression: Fn.conditionNot(Fn.conditionEquals(email.valueAsString, '')) });
    // Unencrypted on purpose: CloudWatch cannot publish to a topic under the AWS-managed SNS key, and a
    // customer key would cost money while idle. The messages carry only the alarm state.
    const topic = new CfnTopic(this, 'AlarmTopic', {});
    topic.cfnOptions.condition = hasEmail;
    const subscription = new CfnSubscription(this, 'AlarmSubscription', { topicArn: topic.ref, protocol: 'email', endpoint: email.valueAsString });
    subscription.cfnOptions.condition = hasEmail;
    const topicPolicy = new CfnTopicPolicy(this, 'AlarmTopicPolicy', {
      topics: [topic.ref],
      policyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'AllowPublishThroughSSLOnly',
            Effect: 'Deny',
            Principal: '*',
            Action: 'sns:Publish',
            Resource: topic.ref,
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          },
          {
            Sid: 'AllowCloudWatchAlarms',
            Effect: 'Allow',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: 'sns:Publish',
            Resource: topic.ref,
          },
        ],
      },
    });
    topicPolicy.cfnOptions.condition = hasEmail;
    (alarm.node.defaultChild as CfnAlarm).alarmActions = [Fn.conditionIf(hasEmail.logicalId, topic.ref, Aws.NO_VALUE).toString()];
  }
}
