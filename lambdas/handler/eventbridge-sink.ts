import { EventBridgeClient, PutEventsCommand, type EventBridgeClientConfig } from '@aws-sdk/client-eventbridge';
import type { EventSink } from './completion-events';
import { requestHandlerOptions, SIDE_CALL_TIMEOUTS } from './sdk-timeouts';

/**
 * Completion events on EventBridge (completion-events.ts says what they are). Apart from the rest of the handler
 * so that only a process that sends an event loads the EventBridge client: index.ts imports it on first use.
 */

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
