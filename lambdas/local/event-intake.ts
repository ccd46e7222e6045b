import type { HandlerConfig } from '../handler/config';
import { ignoredUploads, keysOfMessage, notificationBody, type IgnoredUpload } from './event-bridge';
import type { LocalQueue } from './local-queue';
import type { LocalS3 } from './local-s3';
import type { OwnWrites } from './own-writes';
import { reconcileMessage, unsettledUploads } from './reconcile';

export interface EventIntakeOptions {
  readonly server: LocalS3;
  readonly queue: LocalQueue;
  readonly inputBucket: string;
  readonly config: HandlerConfig;
  /** The handler's pipeline version: uploads whose outputs carry another are converted again. */
  readonly pipelineVersion: string;
  /** The handler's writes, whose events are not reported as ignored uploads. */
  readonly ownWrites: OwnWrites;
}

export interface EventIntake {
  /**
   * Settles when the uploads an earlier run left without current outputs are queued again (their keys),
   * or with the reason it could not look. Never rejects.
   */
  readonly reconciled: Promise<{ readonly queued: readonly string[]; readonly error?: string }>;
  /** Uploads never converted (other bucket, outside the prefix, not .txt); the handler's own outputs are not told. */
  onIgnored(listener: (upload: IgnoredUpload) => void): void;
  /** The handler received a message naming `key`: a re-queued upload's message is no longer waiting. */
  received(key: string): void;
  /** Nothing is queued from now on. */
  stop(): void;
}

/**
 * What reaches the upload queue, as S3's notification configuration does it on AWS: the server's object
 * events that pass the stack's filter (the others told as ignored, except the handler's own writes); and,
 * since s3rver keeps no queue, at start the uploads an earlier run accepted but never converted, each
 * queued once whatever events arrive meanwhile.
 */
export function startEventIntake(options: EventIntakeOptions): EventIntake {
  const { server, queue, ownWrites, config } = options;
  const filter = { bucket: options.inputBucket, prefix: config.inputPrefix };
  const ignoredListeners: ((upload: IgnoredUpload) => void)[] = [];
  /** Keys delivered by an event while the scan for unsettled uploads runs (null after it). */
  let eventKeys: Set<string> | null = new Set();
  /** Keys queued again by the scan whose message the handler has not received yet. */
  const awaitingReconcile = new Set<string>();
  let stopped = false;

  server.onObjectEvent((event) => {
    for (const upload of ignoredUploads(event, filter)) {
      if (!ownWrites.claim(upload.bucket, upload.key)) ignoredListeners.forEach((l) => l(upload));
    }
    const body = notificationBody(event, filter);
    if (body === null || stopped) return;
    const keys = keysOfMessage({ body, messageId: 'event' });
    keys.forEach((key) => eventKeys?.add(key));
    // A re-queued upload not yet received covers this one: the handler reads the object as it is when it runs.
    if (keys.length > 0 && keys.every((key) => awaitingReconcile.has(key))) return;
    queue.send(body);
  });

  const reconciled = unsettledUploads({ s3: server.client, inputBucket: options.inputBucket, config, pipelineVersion: options.pipelineVersion }).then(
    (uploads) => {
      // An upload whose event came during the scan is queued already.
      const fresh = uploads.filter((upload) => !eventKeys!.has(upload.key));
      eventKeys = null;
      if (stopped) return { queued: [] };
      for (const upload of fresh) {
        awaitingReconcile.add(upload.key);
        queue.send(reconcileMessage(options.inputBucket, upload));
      }
      return { queued: fresh.map((upload) => upload.key) };
    },
    (error: unknown) => {
      eventKeys = null;
      return { queued: [], error: (error as Error).message ?? String(error) };
    },
  );

  return {
    reconciled,
    onIgnored: (listener) => void ignoredListeners.push(listener),
    received: (key) => void awaitingReconcile.delete(key),
    stop: () => void (stopped = true),
  };
}
