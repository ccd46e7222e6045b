import { Aws, CfnCondition, CfnParameter, Duration, Fn, Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Dashboard, GraphWidget, MathExpression, Metric, TreatMissingData, type CfnAlarm, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { CfnSubscription, CfnTopic, CfnTopicPolicy } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRIC, METRICS_NAMESPACE, SERVICE_NAME } from '../lambdas/handler/handler-metrics';

export interface MonitoringProps {
  readonly fn: IFunction;
  readonly queue: IQueue;
  readonly deadLetterQueue: IQueue;
  readonly givenUpQueue: IQueue;
  readonly timeoutSeconds: number;
}

const FIVE_MINUTES = Duration.minutes(5);

/** Conversion failures (every failed attempt, retried or not) in 5 minutes that raise the alarm. */
export const FAILURES_THRESHOLD = 5;
/** An upload waiting this long has been retried, or the function cannot keep up. */
export const OLDEST_UPLOAD_SECONDS = 30 * 60;
/** p99 duration above this share of the timeout: large uploads are close to timing out. */
export const SLOW_SHARE_OF_TIMEOUT = 0.6;

/**
 * What someone sees when things go wrong: alarms on dead letters, the age of the oldest upload, the
 * handler's own Failures metric (Lambda's Errors stays 0 with partial batch responses), throttles, and
 * p99 duration near the timeout — each telling the AlarmEmail topic when it fires and when it clears —
 * and a dashboard of the same.
 */
export class ConverterMonitoring extends Construct {
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const handlerMetric = (metricName: string, statistic = 'Sum') =>
      new Metric({ namespace: METRICS_NAMESPACE, metricName, dimensionsMap: { service: SERVICE_NAME }, statistic, period: FIVE_MINUTES });
    const failures = handlerMetric(METRIC.failures);
    // Dead letters are reported and parked within seconds: what is waiting for an operator is on the
    // given-up queue; the DLQ's own count shows ones not handled yet (or being retried).
    const deadLetters = new MathExpression({
      expression: 'deadLetters + givenUp',
      label: 'Uploads given up (dead letters + given-up queue)',
      period: FIVE_MINUTES,
      usingMetrics: {
        deadLetters: props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, statistic: 'Maximum' }),
        givenUp: props.givenUpQueue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, statistic: 'Maximum' }),
      },
    });
    const oldest = props.queue.metricApproximateAgeOfOldestMessage({ period: FIVE_MINUTES, statistic: 'Maximum' });
    const throttles = props.fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' });
    const p99 = props.fn.metricDuration({ period: FIVE_MINUTES, statistic: 'p99' });

    const alarm = (alarmId: string, metric: IMetric, threshold: number, alarmDescription: string) => {
      const created = new Alarm(this, alarmId, {
        alarmDescription,
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      this.alarms.push(created);
      return created;
    };
    alarm('DeadLettersAlarm', deadLetters, 1, 'Uploads failed repeatedly and were dead-lettered; each user has an internal-error report. Inspect the function logs, fix, then redrive the given-up queue to the upload queue.');
    alarm('OldestUploadAlarm', oldest, OLDEST_UPLOAD_SECONDS, `An upload has waited ${OLDEST_UPLOAD_SECONDS / 60} minutes or more in the queue: retries, or more uploads than maxConcurrency can convert.`);
    alarm('FailuresAlarm', failures, FAILURES_THRESHOLD, `${FAILURES_THRESHOLD} or more conversion attempts failed in 5 minutes (S3 errors or a bug); see the function logs.`);
    alarm('ThrottlesAlarm', throttles, 1, 'The converter was throttled: the account concurrency limit is reached (maxConcurrency should prevent this).');
    alarm(
      'SlowConversionsAlarm',
      p99,
      Math.round(SLOW_SHARE_OF_TIMEOUT * props.timeoutSeconds * 1000),
      `p99 duration is above ${SLOW_SHARE_OF_TIMEOUT * 100}% of the ${props.timeoutSeconds} s timeout: the largest uploads are close to timing out.`,
    );
    this.notifyByEmail();

    this.dashboard = new Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.days(1),
      widgets: [
        [
          new GraphWidget({
            title: 'Uploads settled',
            left: [handlerMetric(METRIC.conversions), handlerMetric(METRIC.rejections), failures, handlerMetric(METRIC.givenUp), handlerMetric(METRIC.deferrals), handlerMetric(METRIC.malformedMessages)],
          }),
          new GraphWidget({ title: 'Conversion time (ms)', left: [handlerMetric(METRIC.conversionDuration, 'p50'), handlerMetric(METRIC.conversionDuration, 'p99'), p99] }),
          new GraphWidget({ title: 'Pages converted', left: [handlerMetric(METRIC.pages)] }),
        ],
        [
          new GraphWidget({ title: 'Queue', left: [props.queue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES }), deadLetters], right: [oldest] }),
          new GraphWidget({ title: 'Concurrency and throttles', left: [props.fn.metric('ConcurrentExecutions', { statistic: 'Maximum', period: FIVE_MINUTES })], right: [throttles] }),
        ],
      ],
    });
  }

  /** One SNS topic, created only when the AlarmEmail parameter is set; every alarm tells it on ALARM and OK. */
  private notifyByEmail(): void {
    const stack = Stack.of(this);
    const email = new CfnParameter(stack, 'AlarmEmail', {
      type: 'String',
      default: '',
      description: 'E-mail address told when an alarm fires and clears (empty: no notification).',
    });
    const hasEmail = new CfnCondition(stack, 'HasAlarmEmail', { expression: Fn.conditionNot(Fn.conditionEquals(email.valueAsString, '')) });
    // Unencrypted on purpose: CloudWatch cannot publish to a topic under the AWS-managed SNS key, and a
    // customer key would cost money while idle. The messages carry only the alarm state.
    const topic = new CfnTopic(stack, 'AlarmTopic', {});
    topic.cfnOptions.condition = hasEmail;
    const subscription = new CfnSubscription(stack, 'AlarmSubscription', { topicArn: topic.ref, protocol: 'email', endpoint: email.valueAsString });
    subscription.cfnOptions.condition = hasEmail;
    const topicPolicy = new CfnTopicPolicy(stack, 'AlarmTopicPolicy', {
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
            // Only this account's alarms may publish (confused-deputy protection).
            Sid: 'AllowThisAccountsCloudWatchAlarms',
            Effect: 'Allow',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: 'sns:Publish',
            Resource: topic.ref,
            Condition: {
              StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
              ArnLike: { 'aws:SourceArn': `arn:${Aws.PARTITION}:cloudwatch:${Aws.REGION}:${Aws.ACCOUNT_ID}:alarm:*` },
            },
          },
        ],
      },
    });
    topicPolicy.cfnOptions.condition = hasEmail;
    const target = Fn.conditionIf(hasEmail.logicalId, topic.ref, Aws.NO_VALUE).toString();
    for (const alarm of this.alarms) {
      const cfn = alarm.node.defaultChild as CfnAlarm;
      cfn.alarmActions = [target];
      cfn.okActions = [target];
    }
  }
}
