import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultStack, removeOutdirs } from './synth';

/** The upload queue, its dead letters, and the converter function that reads both. */
const { stack, template, ref, inputId, outputId } = defaultStack();
afterAll(removeOutdirs);

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
