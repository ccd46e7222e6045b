import { describe, expect, it } from 'vitest';
import { deferredSink, type DocumentEvent, type EventSink } from '../../lambdas/handler/completion-events';

const event: DocumentEvent = {
  source: 'speech-press',
  detailType: 'Document Converted',
  detail: { sourceBucket: 'in', sourceKey: 'incoming/a.txt', outputBucket: 'out', outputKeys: ['a.json'], durationMs: 1 },
};

/** A sink that keeps what it is given, as a rule target would see it. */
function listSink(seen: DocumentEvent[]): EventSink {
  return { publish: async (e) => void seen.push(e) };
}

describe('deferredSink (the deployed handler loads EventBridge on its first event)', () => {
  it('makes its sink on the first event, once, and hands every event to it', async () => {
    const seen: DocumentEvent[] = [];
    let made = 0;
    const sink = deferredSink(async () => {
      made += 1;
      return listSink(seen);
    });
    expect(made).toBe(0);
    await Promise.all([sink.publish(event), sink.publish(event)]);
    await sink.publish(event);
    expect(made).toBe(1);
    expect(seen).toEqual([event, event, event]);
  });

  it('fails the event when its sink cannot be made, and tries again with the next one', async () => {
    const seen: DocumentEvent[] = [];
    let attempts = 0;
    const sink = deferredSink(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('cannot load the client');
      return listSink(seen);
    });
    await expect(sink.publish(event)).rejects.toThrow('cannot load the client');
    await sink.publish(event);
    expect(attempts).toBe(2);
    expect(seen).toEqual([event]);
  });
});
