import { Validations, type Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { SpeechPressStack } from './speech-press-stack';

const BASIC_EXECUTION_ROLE = 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]';

/** CDK's singleton that configures bucket notifications (a custom resource we do not write ourselves). */
function bucketNotificationsHandler(stack: Stack): IConstruct | undefined {
  return stack.node.children.find((c) => c.node.id.startsWith('BucketNotificationsHandler'));
}

/**
 * The few cdk-nag AwsSolutions findings we accept, each with its reason. Everything else must be
 * fixed in the stack: synth fails on any finding not listed here.
 */
export function acknowledgeFindings(stack: SpeechPressStack): void {
  const logicalId = (bucket: SpeechPressStack['inputBucket']) => stack.getLogicalId(bucket.node.defaultChild as never);
  const converter = Validations.of(stack.converter);
  converter.acknowledge({
    id: BASIC_EXECUTION_ROLE,
    reason: 'AWSLambdaBasicExecutionRole only lets the function write its own CloudWatch logs; a hand-written copy would say the same.',
  });
  converter.acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${logicalId(stack.inputBucket)}.Arn>/${stack.config.inputPrefix}*]`,
    reason: 'Reads (GetObject, and HeadObject through it) any upload under the input prefix (that is its job) and nothing else in the bucket; never writes or deletes there.',
  });
  converter.acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${logicalId(stack.outputBucket)}.Arn>/${stack.config.outputPrefix}*]`,
    reason:
      'Writes the converted documents (any name, mirroring uploads) under the output prefix of the dedicated output bucket: PutObject, GetObject (HeadObject of earlier manifests), ' +
      'DeleteObject (retires an earlier version\'s manifest/error report; the bucket is versioned, so a delete only adds a delete marker).',
  });
  converter.acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: 'X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords have no resource-level permissions (AWS documents "*" as the only resource); added by Tracing.ACTIVE.',
  });
  const notifications = bucketNotificationsHandler(stack);
  if (notifications !== undefined) {
    Validations.of(notifications).acknowledge({
      id: BASIC_EXECUTION_ROLE,
      reason: "CDK's own BucketNotificationsHandler custom resource (configures the S3 → SQS notification at deploy time); its role is fixed by aws-cdk-lib.",
    });
  }
}
