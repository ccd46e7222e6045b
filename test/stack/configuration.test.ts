import { Match } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, describe, expect, it } from 'vitest';
import { StackConfigError } from '../../lib/config';
import { defaultStack, removeOutdirs, synthStack } from './synth';

/** Settings from CDK context, and cdk-nag over the whole stack. */
const { app, stack } = defaultStack();
afterAll(removeOutdirs);

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
    // 12 with 10 is accepted: the first test synthesizes exactly that.
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
