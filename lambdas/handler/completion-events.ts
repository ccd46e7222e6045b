import { EventBridgeClient, PutEventsCommand, type EventBridgeClientConfig } from '@aws-sdk/client-eventbridge';
import { requestHandlerOptions, SIDE_CALL_TIMEOUTS } from './sdk-timeouts';
import type { ReportCode, UploadOutcome } from './types';

/**
 * "A document is done" as an EventBridge event on the default bus, for integrators (e-mail through
 * SNS, a queue, a webhook through an API destination: docs/aws.md). `npm start --events` prints the
 * same JSON. Delivery is at least once, like S3's own events: dedupe on sourceKey + sourceETag.
 */
export const EVENT_SOURCE = 'speech-press';

export type DocumentDetailType = 'Document Converted' | 'Document Rejected' | 'Document Failed';

export interface DocumentEventDetail {
  readonly sourceBucket: string;
  readonly sourceKey: string;
  readonly sourceETag?: string;
  readonly outputBucket: string;
  /** Every object written for this upload; the manifest (converted) or the error report (otherwise) last. */
  readonly outputKeys: readonly string[];
  readonly manifestKey?: string;
  readonly reportKey?: string;
  /** Why it was rejected or failed (the `code` of the error report). */
  readonly code?: ReportCode;
  readonly message?: string;
  readonly pages?: number;
  readonly warnings?: readonly string[];
  /** From the start of this attempt to the last output written. */
  readonly durationMs: number;
}

export interface DocumentEvent {
  readonly source: typeof EVENT_SOURCE;
  readonly detailType: DocumentDetailType;
  readonly detail: DocumentEventDetail;
}

/** Where events go: EventBridge on AWS, a console line or a test's list locally. */
export interface EventSink {
  publish(event: DocumentEvent): Promise<void>;
}

interface EventContext {
  readonly sourceBucket: string;
  readonly sourceETag?: string;
  readonly outputBucket: string;
  readonly durationMs: number;
}

/** What every event about `object` says besides its outcome: where it came from and went, and how long it took. */
export function eventContext(object: { readonly bucket: string; readonly eTag?: string }, outputBucket: string, durationMs: number): EventContext {
  return { sourceBucket: object.bucket, ...(object.eTag !== undefined ? { sourceETag: object.eTag } : {}), outputBucket, durationMs };
}

/** The event for a settled upload, or null when there is nothing new to tell (ignored, or a duplicate delivery). */
export function outcomeEvent(outcome: UploadOutcome, context: EventContext): DocumentEvent | null {
  // The version actually converted, not the notification's: a newer upload read in its place is the one these outputs describe.
  const sourceETag = ('sourceETag' in outcome ? outcome.sourceETag : undefined) ?? context.sourceETag;
  const base = {
    sourceBucket: context.sourceBucket,
    sourceKey: outcome.sourceKey,
    ...(sourceETag !== undefined ? { sourceETag } : {}),
    outputBucket: context.outputBucket,
  };
  switch (outcome.kind) {
    case 'converted':
      return {
        source: EVENT_SOURCE,
        detailType: 'Document Converted',
        detail: { ...base, outputKeys: outcome.keys, manifestKey: outcome.manifestKey, pages: outcome.pages, warnings: outcome.warnings, durationMs: context.durationMs },
      };
    case 'rejected':
      return {
        source: EVENT_SOURCE,
        detailType: 'Document Rejected',
        detail: { ...base, outputKeys: [outcome.reportKey], reportKey: outcome.reportKey, code: outcome.code, message: outcome.message, durationMs: context.durationMs },
      };
    case 'already-done':
    case 'ignored':
      return null;
  }
}

/** The event for an upload given up after its last receive; `reportKey` when its internal-error report could be written. */
export function failureEvent(sourceKey: string, message: string, reportKey: string | null, context: EventContext): DocumentEvent {
  return {
    source: EVENT_SOURCE,
    detailType: 'Document Failed',
    detail: {
      sourceBucket: context.sourceBucket,
      sourceKey,
      ...(context.sourceETag !== undefined ? { sourceETag: context.sourceETag } : {}),
      outputBucket: context.outputBucket,
      outputKeys: reportKey === null ? [] : [reportKey],
      ...(reportKey !== null ? { reportKey } : {}),
      code: 'internal-error',
      message,
      durationMs: context.durationMs,
    },
  };
}

/** An EventBridge client whose requests give up after SIDE_CALL_TIMEOUTS (a hung publish would cost the batch). */
export function eventBridgeClient(config: EventBridgeClientConfig = {}): EventBridgeClient {
  return new EventBridgeClient({ requestHandler: requestHandlerOptions(SIDE_CALL_TIMEOUTS), ...config });
}

/** Publishes to EventBridge (the default bus unless told otherwise); a refused entry is an error. */
export function eventBridgeSink(client: EventBridgeClient = eventBridgeClient(), eventBusName = 'default'): EventSink {
  return {
    async publish(event) {
      const answer = await client.send(
        new PutEventsCommand({ Entries: [{ Source: event.source, DetailType: event.detailType, Detail: JSON.stringify(event.detail), EventBusName: eventBusName }] }),
      );
      if ((answer.FailedEntryCount ?? 0) > 0) {
        const entry = answer.Entries?.find((e) => e.ErrorCode !== undefined);
        throw new Error(`EventBridge refused the event: ${entry?.ErrorCode ?? 'unknown'} ${entry?.ErrorMessage ?? ''}`.trim());
      }
    },
  };
}

/** The event as an EventBridge rule sees its fields (`source`, `detail-type`, `detail`): what rules match on. */
export function eventBridgeView(event: DocumentEvent): { source: string; 'detail-type': DocumentDetailType; detail: DocumentEventDetail } {
  return { source: event.source, 'detail-type': event.detailType, detail: event.detail };
}

/** `npm start --events`: each event as one JSON line, shaped as on EventBridge. */
export function lineEventSink(writeLine: (line: string) => void): EventSink {
  return {
    async publish(event) {
      writeLine(JSON.stringify(eventBridgeView(event)));
    },
  };
}
