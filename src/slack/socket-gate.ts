/**
 * Socket Mode while stopping. Bolt acknowledges an event the moment it takes it (before any
 * handler runs), so an envelope taken once stop() has begun would be acknowledged and then lost
 * when the process exits. The gate sits between the WebSocket client and Bolt: once closed it
 * hands Bolt nothing more and leaves the envelope unacknowledged, and Slack sends it again
 * (to another connection or process). Envelopes Bolt already took are tracked (by the
 * adapter's shutdown drain) until Bolt is done with them, acknowledgement and handlers, so
 * stop() waits for them.
 */
import type { SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../core/log.js';

export interface EnvelopeGate {
  /** From now on, envelopes are left unacknowledged. */
  close(): void;
}

export function gateEnvelopes(receiver: SocketModeReceiver, logger: Logger, track: (work: Promise<unknown>) => unknown): EnvelopeGate {
  const client = receiver.client;
  // Bolt's receiver listens for 'slack_event' (every envelope); it is moved behind the gate.
  const takers = client.listeners('slack_event');
  client.removeAllListeners('slack_event');
  let open = true;
  client.on('slack_event', (envelope: { type?: string }) => {
    if (!open) {
      logger.info('slack_envelope_left_unacknowledged', { type: envelope.type });
      return;
    }
    for (const take of takers) {
      // Bolt's listener handles its own errors; a rejection here must not escape either.
      track(Promise.resolve(take(envelope)).catch((error: unknown) => logger.error('slack_unhandled', { error })));
    }
  });
  return {
    close() {
      open = false;
    },
  };
}
