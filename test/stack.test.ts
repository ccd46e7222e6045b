import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StackConfigError } from '../lib/config';
import { SpeechPressStack, type SpeechPressStackProps } from '../lib/speech-press-stack';
import { repoRoot } from './support/shared';

// A bare `new App()` does not read cdk.json: pass its feature flags so tests see what `cdk synth` sees.
const cdkContext = (JSON.parse(readFileSync(join(repoRoot, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> }).context;
const outdirs: string[] = [];
afterAll(() => outdirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A stack in an app with a temporary outdir (removed afterwards) and bundling skipped. */
function synthStack(props: SpeechPressStackProps = {}, context: Record<string, unknown> = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'speech-press-cdk-'));
  outdirs.push(outdir);
  const app = new App({ outdir, context: { ...cdkContext, 'aws:cdk:bundling-stacks': [], ...context } });
  const stack = new SpeechPressStack(app, 'SpeechPress', props);
  return { app, stack, template: Template.fromStack(stack) };
}

const { app, stack, template } = synthStack();
const ref = (construct: { node: { defaultChild?: unknown } }) => stack.getLogicalId(construct.node.defaultChild as never);
const inputId = ref(stack.inputBucket);
const outputId = ref(stack.outputBucket);

describe('buckets', () => {
  it('blocks public access and encrypts every bucket, and keeps them when the stack is deleted', () => {
    const buckets = template.findResources('AWS::S3::Bucket');
    // access logs, input, output, and the web page's bucket (lib/web-frontend.ts)
    expect(Object.keys(buckets)).toHaveLength(4);
    for (const bucket of Object.values(buckets)) {
      expect(bucket['DeletionPolicy']).toBe('Retain');
      expect(bucket['Properties'].PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket['Properties'].BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('AES256');
    }
  });

  it('versions the output bucket and logs access to both data buckets', () => {
    const props = (id: string) => template.toJSON().Resources[id].Properties;
    expect(props(outputId).VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(props(inputId).VersioningConfiguration).toBeUndefined();
    const logBucket = ref(stack.node.findChild('AccessLogs') as never);
    expect(props(inputId).LoggingConfiguration).toEqual({ DestinationBucketName: { Ref: logBucket }, LogFilePrefix: 'input/' });
    expect(props(outputId).LoggingConfiguration).toEqual({ DestinationBucketName: { Ref: logBucket }, LogFilePrefix: 'output/' });
  });

  it('denies plain-HTTP access in every bucket policy', () => {
    const policies = template.findResources('AWS::S3::BucketPolicy');
    expect(Object.keys(policies)).toHaveLength(4);
    for (const policy of Object.values(policies)) {
      expect(policy['Properties'].PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });

  it('notifies the queue only for .txt and .TXT uploads under incoming/, so outputs can never re-trigger it', () => {
    const [notification, ...others] = Object.values(template.findResources('Custom::S3BucketNotifications'));
    expect(others).toEqual([]);
    expect(notification!['Properties'].BucketName).toEqual({ Ref: inputId });
    const queueConfigs = notification!['Properties'].NotificationConfiguration.QueueConfigurations;
    // S3 suffix filters are case-sensitive: one rule for .txt and one for .TXT.
    expect(queueConfigs).toHaveLength(2);
    for (const [index, suffix] of ['.txt', '.TXT'].entries()) {
      const queueConfig = queueConfigs[index];
      expect(queueConfig.Events).toEqual(['s3:ObjectCreated:*']);
      expect(queueConfig.QueueArn).toEqual({ 'Fn::GetAtt': [ref(stack.queue), 'Arn'] });
      expect(queueConfig.Filter.Key.FilterRules).toEqual(
        expect.arrayContaining([
          { Name: 'prefix', Value: 'incoming/' },
          { Name: 'suffix', Value: suffix },
        ]),
      );
    }
    expect(template.findResources('Custom::S3BucketNotifications', { Properties: { BucketName: { Ref: outputId } } })).toEqual({});
  });
});

describe('queue and dead letters', () => {
  it('encrypts both queues, redrives after 5 receives into a 14-day DLQ, visibility 6 × the function timeout', () => {
    const queues = template.toJSON().Resources;
    const uploads = queues[ref(stack.queue)].Properties;
    const dlq = queues[ref(stack.deadLetterQueue)].Properties;
    expect(uploads.SqsManagedSseEnabled).toBe(true);
    expect(dlq.SqsManagedSseEnabled).toBe(true);
    expect(uploads.RedrivePolicy).toEqual({ deadLetterTargetArn: { 'Fn::GetAtt': [ref(stack.deadLetterQueue), 'Arn'] }, maxReceiveCount: 5 });
    expect(dlq.MessageRetentionPeriod).toBe(14 * 24 * 3600);
    expect(uploads.VisibilityTimeout).toBe(6 * stack.config.timeoutSeconds);
  });

  it('reads the DLQ with the converter, which reports every dead letter to its user and parks it on the given-up queue (redriven from there)', () => {
    const queues = template.toJSON().Resources;
    const dlq = queues[ref(stack.deadLetterQueue)].Properties;
    const givenUp = queues[ref(stack.givenUpQueue)].Properties;
    const fnId = ref(stack.converter.function);
    // Whatever ended the last attempt (an error, the timeout, out of memory), the dead letter reaches the handler.
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [ref(stack.deadLetterQueue), 'Arn'] },
      FunctionName: { Ref: fnId },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 2 },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({ DEAD_LETTER_QUEUE_ARN: { 'Fn::GetAtt': [ref(stack.deadLetterQueue), 'Arn'] }, GIVEN_UP_QUEUE_URL: { Ref: ref(stack.givenUpQueue) } }),
      },
    });
    // AWS refuses an event source whose visibility timeout is shorter than the function's timeout.
    expect(dlq.VisibilityTimeout).toBe(6 * stack.config.timeoutSeconds);
    // A dead letter that cannot be reported after as many receives is parked all the same, so none is lost.
    expect(dlq.RedrivePolicy).toEqual({ deadLetterTargetArn: { 'Fn::GetAtt': [ref(stack.givenUpQueue), 'Arn'] }, maxReceiveCount: 5 });
    expect(givenUp.SqsManagedSseEnabled).toBe(true);
    expect(givenUp.MessageRetentionPeriod).toBe(14 * 24 * 3600);
    expect(givenUp.RedrivePolicy).toBeUndefined();
    const policies = Object.values(template.findResources('AWS::IAM::Policy')).filter((p) => JSON.stringify(p['Properties'].Roles).includes(ref(stack.converter.function.role as never)));
    const statements = policies.flatMap((p) => p['Properties'].PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]);
    const on = (queue: never) => statements.filter((st) => JSON.stringify(st.Resource) === JSON.stringify({ 'Fn::GetAtt': [ref(queue), 'Arn'] })).flatMap((st) => [st.Action].flat());
    expect(on(stack.givenUpQueue as never)).toContain('sqs:SendMessage');
    expect(on(stack.givenUpQueue as never)).not.toContain('sqs:ReceiveMessage');
    expect(on(stack.deadLetterQueue as never)).toEqual(expect.arrayContaining(['sqs:ReceiveMessage', 'sqs:DeleteMessage']));
    template.hasOutput('GivenUpQueueArn', { Value: { 'Fn::GetAtt': [ref(stack.givenUpQueue), 'Arn'] } });
  });

  it('lets only S3 from this account send to the queue, over TLS', () => {
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 's3.amazonaws.com' },
            Action: Match.arrayWith(['sqs:SendMessage']),
            Condition: { ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [inputId, 'Arn'] } } },
          }),
        ]),
      },
    });
  });

  it('maps the queue to the function with partial batch responses', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [ref(stack.queue), 'Arn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: stack.config.batchSize,
    });
  });
});

describe('function', () => {
  it('runs on the current Node.js runtime, arm64, sized and with JSON logs kept for a set time', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      MemorySize: stack.config.memoryMiB,
      Timeout: stack.config.timeoutSeconds,
      LoggingConfig: Match.objectLike({ LogFormat: 'JSON' }),
      Environment: {
        Variables: Match.objectLike({ OUTPUT_BUCKET: { Ref: outputId }, INPUT_PREFIX: 'incoming/', TRADITIONAL_VARIANT: 'tw' }),
      },
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: stack.config.logRetentionDays });
  });

  it('may read (and list, so a deleted source is 404 not 403) uploads under incoming/ and write the output bucket, and nothing else', () => {
    const policies = template.findResources('AWS::IAM::Policy');
    const fnRole = stack.getLogicalId(stack.converter.function.role!.node.defaultChild as never);
    const fnPolicy = Object.values(policies).find((p) => p['Properties'].Roles.some((r: { Ref: string }) => r.Ref === fnRole))!;
    const s3Statements = fnPolicy['Properties'].PolicyDocument.Statement.filter((s: { Action: string | string[] }) =>
      [s.Action].flat().some((a) => a.startsWith('s3:')),
    );
    expect(s3Statements).toEqual([
      { Effect: 'Allow', Action: 's3:GetObject', Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [inputId, 'Arn'] }, '/incoming/*']] } },
      { Effect: 'Allow', Action: 's3:ListBucket', Resource: { 'Fn::GetAtt': [inputId, 'Arn'] }, Condition: { StringLike: { 's3:prefix': 'incoming/*' } } },
      { Effect: 'Allow', Action: ['s3:DeleteObject', 's3:GetObject', 's3:PutObject'], Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [outputId, 'Arn'] }, '/*']] } },
      { Effect: 'Allow', Action: 's3:ListBucket', Resource: { 'Fn::GetAtt': [outputId, 'Arn'] } },
    ]);
    // Whatever else the role may do: consume and re-send on its own queue, consume dead letters and park them on
    // the given-up queue, put events on the default bus, write X-Ray traces.
    const queueArns = [stack.queue, stack.deadLetterQueue, stack.givenUpQueue].map((q) => ({ 'Fn::GetAtt': [ref(q), 'Arn'] }));
    const others = fnPolicy['Properties'].PolicyDocument.Statement.filter((s: { Action: string | string[] }) => !s3Statements.includes(s));
    for (const s of others) {
      const actions = [s.Action].flat() as string[];
      if (actions.every((a) => a.startsWith('sqs:'))) expect(queueArns).toContainEqual(s.Resource);
      else if (actions.every((a) => a.startsWith('xray:'))) expect(s.Resource).toBe('*');
      else {
        expect(actions).toEqual(['events:PutEvents']);
        expect(JSON.stringify(s.Resource)).toContain(':event-bus/default');
      }
    }
    expect(others.flatMap((s: { Action: string | string[] }) => [s.Action].flat())).toContain('sqs:SendMessage');
  });

  it('traces with X-Ray and tells the handler its queue, redrive count and event bus', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      TracingConfig: { Mode: 'Active' },
      Environment: {
        Variables: Match.objectLike({ QUEUE_URL: { Ref: ref(stack.queue) }, MAX_RECEIVE_COUNT: '5', EVENT_BUS_NAME: 'default' }),
      },
    });
  });

  it('leaves source maps off at run time (they cost every cold start ~50 ms of CPU and ~30 MiB; the map ships in the asset)', () => {
    const fn = Object.values(template.findResources('AWS::Lambda::Function')).find((f) => f['Properties'].Environment?.Variables?.TRADITIONAL_VARIANT)!;
    expect(fn['Properties'].Environment.Variables.NODE_OPTIONS).toBeUndefined();
  });

  it('caps concurrency at the event source (maxConcurrency 50), not with reserved concurrency', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { ScalingConfig: { MaximumConcurrency: 50 } });
    const fn = Object.values(template.findResources('AWS::Lambda::Function')).find((f) => f['Properties'].Runtime === 'nodejs24.x')!;
    expect(fn['Properties'].ReservedConcurrentExecutions).toBeUndefined();
  });
});

describe('lifecycle and retention', () => {
  const rules = (id: string) => template.toJSON().Resources[id].Properties.LifecycleConfiguration.Rules;
  const logBucket = () => ref(stack.node.findChild('AccessLogs') as never);

  it('aborts incomplete multipart uploads after 7 days in every bucket', () => {
    for (const id of [inputId, outputId, logBucket()]) {
      expect(rules(id)).toContainEqual({ Id: 'AbortIncompleteUploads', Status: 'Enabled', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } });
    }
  });

  it('expires noncurrent output versions after 30 days and expired delete markers; access logs after 90 days', () => {
    expect(rules(outputId)).toContainEqual({ Id: 'ExpireOldVersions', Status: 'Enabled', NoncurrentVersionExpiration: { NoncurrentDays: 30 }, ExpiredObjectDeleteMarker: true });
    expect(rules(logBucket())).toContainEqual({ Id: 'ExpireAccessLogs', Status: 'Enabled', ExpirationInDays: 90 });
    expect(rules(inputId)).toHaveLength(1);
  });

  it('keeps both queues with the buckets when retainData is on, and deletes them with the stack when it is off', () => {
    const resources = template.toJSON().Resources;
    expect(resources[ref(stack.queue)].DeletionPolicy).toBe('Retain');
    expect(resources[ref(stack.deadLetterQueue)].DeletionPolicy).toBe('Retain');
    expect(resources[ref(stack.givenUpQueue)].DeletionPolicy).toBe('Retain');
    const { stack: off, template: t } = synthStack({ config: { retainData: false } });
    expect(t.toJSON().Resources[off.getLogicalId(off.queue.node.defaultChild as never)].DeletionPolicy).toBe('Delete');
  });

  it('takes lifecycle days from context', () => {
    const { stack: custom, template: t } = synthStack({}, { 'speech-press:noncurrentVersionDays': 7, 'speech-press:accessLogDays': 365, 'speech-press:incompleteUploadDays': 1 });
    const out = t.toJSON().Resources[custom.getLogicalId(custom.outputBucket.node.defaultChild as never)].Properties.LifecycleConfiguration.Rules;
    expect(out).toContainEqual(expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 7 } }));
    expect(out).toContainEqual(expect.objectContaining({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } }));
  });
});

describe('alarms, notifications and dashboard', () => {
  const alarms = () => Object.values(template.findResources('AWS::CloudWatch::Alarm')).map((a) => a['Properties']);
  const topicAction = [{ 'Fn::If': ['HasAlarmEmail', { Ref: 'AlarmTopic' }, { Ref: 'AWS::NoValue' }] }];

  it('alarms on dead letters, oldest upload age, handler failures, throttles and p99 duration above 60 % of the timeout', () => {
    const byMetric = Object.fromEntries(alarms().map((a) => [a.Metrics !== undefined ? 'math' : `${a.Namespace}/${a.MetricName}`, a]));
    expect(Object.keys(byMetric).sort()).toEqual(['AWS/Lambda/Duration', 'AWS/Lambda/Throttles', 'AWS/SQS/ApproximateAgeOfOldestMessage', 'SpeechPress/Failures', 'math'].sort());
    expect(byMetric['SpeechPress/Failures']).toMatchObject({ Statistic: 'Sum', Dimensions: [{ Name: 'service', Value: 'speech-press' }], Threshold: 5 });
    expect(byMetric['AWS/Lambda/Duration']).toMatchObject({ ExtendedStatistic: 'p99', Threshold: 0.6 * stack.config.timeoutSeconds * 1000 });
    // Dead letters: those not reported yet (DLQ) plus those reported and waiting for an operator (given-up queue).
    const deadLetters = byMetric['math'];
    expect(deadLetters).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    const queried = (deadLetters.Metrics as { MetricStat?: { Metric: { MetricName: string; Dimensions: unknown[] } } }[]).filter((m) => m.MetricStat !== undefined);
    expect(queried.map((m) => m.MetricStat!.Metric.MetricName)).toEqual(['ApproximateNumberOfMessagesVisible', 'ApproximateNumberOfMessagesVisible']);
    expect(queried.map((m) => m.MetricStat!.Metric.Dimensions)).toEqual([
      [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [ref(stack.deadLetterQueue), 'QueueName'] } }],
      [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [ref(stack.givenUpQueue), 'QueueName'] } }],
    ]);
    expect(deadLetters.Metrics).toContainEqual(expect.objectContaining({ Expression: 'deadLetters + givenUp', ReturnData: true }));
    expect(byMetric['AWS/SQS/ApproximateAgeOfOldestMessage']).toMatchObject({ Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [ref(stack.queue), 'QueueName'] } }] });
    expect(byMetric['AWS/Lambda/Throttles']).toMatchObject({ Threshold: 1 });
  });

  it('tells the AlarmEmail topic when each alarm fires and when it clears; the topic exists only with an address', () => {
    for (const alarm of alarms()) {
      expect(alarm.AlarmActions).toEqual(topicAction);
      expect(alarm.OKActions).toEqual(topicAction);
      expect(alarm.TreatMissingData).toBe('notBreaching');
    }
    template.hasParameter('AlarmEmail', { Type: 'String', Default: '' });
    template.hasResource('AWS::SNS::Topic', { Condition: 'HasAlarmEmail' });
    template.hasResource('AWS::SNS::Subscription', { Condition: 'HasAlarmEmail', Properties: { Protocol: 'email', Endpoint: { Ref: 'AlarmEmail' } } });
  });

  it("lets only this account's CloudWatch alarms publish to the topic, over TLS", () => {
    const [policy] = Object.values(template.findResources('AWS::SNS::TopicPolicy'));
    const statements = policy!['Properties'].PolicyDocument.Statement;
    expect(statements).toContainEqual(expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
    const allow = statements.find((s: { Effect: string }) => s.Effect === 'Allow');
    expect(allow.Principal).toEqual({ Service: 'cloudwatch.amazonaws.com' });
    expect(allow.Condition.StringEquals).toEqual({ 'aws:SourceAccount': { Ref: 'AWS::AccountId' } });
    expect(JSON.stringify(allow.Condition.ArnLike['aws:SourceArn'])).toContain(':alarm:*');
  });

  it('has a dashboard with the handler metrics, the queues, and concurrency', () => {
    const [dashboard] = Object.values(template.findResources('AWS::CloudWatch::Dashboard'));
    const body = JSON.stringify(dashboard!['Properties'].DashboardBody);
    for (const name of ['Conversions', 'Rejections', 'Failures', 'GivenUp', 'Deferrals', 'ConversionDuration', 'Pages', 'ApproximateAgeOfOldestMessage', 'ConcurrentExecutions', 'Throttles']) {
      expect(body).toContain(name);
    }
  });
});

describe('configuration', () => {
  it('takes the variant, prefixes, size limit, memory and concurrency from context', () => {
    const { stack: custom, template: t } = synthStack({}, {
      'speech-press:traditionalVariant': 'hk',
      'speech-press:inputPrefix': 'uploads/',
      'speech-press:outputPrefix': 'done/',
      'speech-press:maxBytes': 1000,
      'speech-press:memoryMiB': 1024,
      'speech-press:reservedConcurrency': 12,
      'speech-press:maxConcurrency': 10,
      'speech-press:maxReceiveCount': 8,
      'speech-press:retainData': false,
    });
    t.hasResourceProperties('AWS::Lambda::EventSourceMapping', { ScalingConfig: { MaximumConcurrency: 10 } });
    t.hasResourceProperties('AWS::SQS::Queue', { RedrivePolicy: Match.objectLike({ maxReceiveCount: 8 }) });
    t.hasResourceProperties('AWS::Lambda::Function', {
      MemorySize: 1024,
      ReservedConcurrentExecutions: 12,
      Environment: { Variables: Match.objectLike({ TRADITIONAL_VARIANT: 'hk', INPUT_PREFIX: 'uploads/', OUTPUT_PREFIX: 'done/', MAX_BYTES: '1000' }) },
    });
    const filter = Object.values(t.findResources('Custom::S3BucketNotifications'))[0]!['Properties'].NotificationConfiguration.QueueConfigurations[0].Filter;
    expect(filter.Key.FilterRules).toContainEqual({ Name: 'prefix', Value: 'uploads/' });
    expect(t.toJSON().Resources[custom.getLogicalId(custom.inputBucket.node.defaultChild as never)].DeletionPolicy).toBe('Delete');
    expect(new AwsSolutionsChecks().validateScope(custom).violations).toEqual([]);
  });

  it('refuses settings that would break the pipeline', () => {
    expect(() => synthStack({}, { 'speech-press:inputPrefix': '' })).toThrow(StackConfigError);
    expect(() => synthStack({}, { 'speech-press:traditionalVariant': 'jp' })).toThrow(StackConfigError);
    expect(() => synthStack({}, { 'speech-press:memoryMiB': 'lots' })).toThrow(StackConfigError);
    expect(() => synthStack({}, { 'speech-press:maxConcurrency': 1 })).toThrow(StackConfigError);
    // Reserved concurrency below the event source's cap throttles the poller: each throttle costs a record a receive.
    expect(() => synthStack({}, { 'speech-press:reservedConcurrency': 10 })).toThrow(/reservedConcurrency \(10\) must be at least maxConcurrency \(50\) \+ 2/);
    // The dead-letter queue's poller (at most 2 at once) shares the reservation.
    expect(() => synthStack({}, { 'speech-press:reservedConcurrency': 11, 'speech-press:maxConcurrency': 10 })).toThrow(/\+ 2 for the dead-letter queue/);
    expect(() => synthStack({}, { 'speech-press:reservedConcurrency': 12, 'speech-press:maxConcurrency': 10 })).not.toThrow();
  });
});

describe('cdk-nag', () => {
  it('has no unacknowledged AwsSolutions finding', () => {
    const report = new AwsSolutionsChecks(app).validateScope(stack);
    expect(report.violations.map((v) => v.ruleName)).toEqual([]);
  });

  it('would flag a finding were it not acknowledged (the check is live)', () => {
    const { stack: extended } = synthStack();
    new Bucket(extended, 'Unhardened');
    const rules = new AwsSolutionsChecks().validateScope(extended).violations.map((v) => v.ruleName);
    expect(rules).toEqual(expect.arrayContaining(['AwsSolutions-S1', 'AwsSolutions-S10']));
  });
});
