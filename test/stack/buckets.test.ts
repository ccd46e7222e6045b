import { afterAll, describe, expect, it } from 'vitest';
import { defaultStack, removeOutdirs, synthStack } from './synth';

/** The data buckets: access, encryption, versioning, the notification that starts a conversion, lifecycle. */
const { stack, template, ref, inputId, outputId } = defaultStack();
afterAll(removeOutdirs);

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
