import { afterAll, describe, expect, it } from 'vitest';
import { defaultStack, removeOutdirs } from './synth';

/** Alarms, their e-mail topic, and the dashboard. */
const { stack, template, ref } = defaultStack();
afterAll(removeOutdirs);

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
    for (const name of ['Conversions', 'Rejections', 'Failures', 'GivenUp', 'Deferrals', 'MalformedMessages', 'ConversionDuration', 'Pages', 'ApproximateAgeOfOldestMessage', 'ConcurrentExecutions', 'Throttles']) {
      expect(body).toContain(name);
    }
  });
});
