/**
 * Socket Mode while stopping. Bolt acknowledges an event the moment it takes it (before any
 * handler runs), so an envelope taken once stop() has begun would be acknowledged and then lost
 * when the process exits. The gate sits between the WebSocket client and Bolt: once closed it
 * hands Bolt nothing more and leaves the envelope unacknowledged, and Slack sends it again
 * (to another connection or process). Envelopes Bolt already took are tracked until Bolt is
 * done with them (acknowledgement and handlers), so stop() can wait for them.
 */
import type { SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../core/log.js';

export interface EnvelopeGate {
  /** From now on, envelopes are left unacknowledged. */
  close(): void;
  /** Resolves once every envelope Bolt took has been processed (never rejects). */
  settled(): Promise<void>;
}

export function gateEnvelopes(receiver: SocketModeReceiver, logger: Logger): EnvelopeGate {
  const client = receiver.client;
  // Bolt's receiver listens for 'slack_event' (every envelope); it is moved behind the gate.
  const takers = client.listeners('slack_event');
  client.removeAllListeners('slack_event');
  let open = true;
  const inFlight = new Set<Promise<unknown>>();
  client.on('slack_event', (envelope: { type?: string }) => {
    if (!open) {
      logger.info('slack_envelope_left_unacknowledged', { type: envelope.type });
      return;
    }
    for (const take of takers) {
      // Bolt's listener handles its own errors; a rejection here must not escape either.
      const work: Promise<unknown> = Promise.resolve(take(envelope)).catch((error: unknown) => logger.error('slack_unhandled', { error }));
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
    }
  });
  return {
    close() {
      open = false;
    },
    async settled() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
