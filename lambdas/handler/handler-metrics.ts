import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';
import type { UploadOutcome } from './types';

/** CloudWatch namespace of the handler's metrics (the stack's alarms and dashboard read them). */
export const METRICS_NAMESPACE = 'SpeechPress';

/**
 * Metric names. `throwOnFullBatchFailure: false` keeps Lambda's own Errors metric at 0 even when every
 * record fails, so failures are counted here and alarmed on.
 */
export const METRIC = {
  conversions: 'Conversions',
  rejections: 'Rejections',
  failures: 'Failures',
  /** Records handed back to the queue unattempted for lack of invocation time. */
  deferrals: 'Deferrals',
  /** Uploads given up after their last receive (an internal-error report was written). */
  givenUp: 'GivenUp',
  conversionDuration: 'ConversionDuration',
  pages: 'Pages',
  eventsNotPublished: 'EventsNotPublished',
  /** Messages no retry can make readable (not an S3 event, a record without eventName or key): set aside at once. */
  malformedMessages: 'MalformedMessages',
} as const;

/** The part of Powertools Metrics the handler uses. */
export type HandlerMetrics = Pick<Metrics, 'addMetric' | 'publishStoredMetrics' | 'hasStoredMetrics'>;

export function recordOutcome(metrics: HandlerMetrics, outcome: UploadOutcome, durationMs: number): void {
  if (outcome.kind === 'converted') {
    metrics.addMetric(METRIC.conversions, MetricUnit.Count, 1);
    metrics.addMetric(METRIC.conversionDuration, MetricUnit.Milliseconds, durationMs);
    metrics.addMetric(METRIC.pages, MetricUnit.Count, outcome.pages);
  } else if (outcome.kind === 'rejected') {
    metrics.addMetric(METRIC.rejections, MetricUnit.Count, 1);
  }
}

export const countOne = (metrics: HandlerMetrics | undefined, name: (typeof METRIC)[keyof typeof METRIC]) => metrics?.addMetric(name, MetricUnit.Count, 1);

/** Powertools service name: the `service` dimension of every metric, and the logger's service. */
export const SERVICE_NAME = 'speech-press';
