/**
 * Slack resends an Events API delivery that got no 200 within 3 seconds (X-Slack-Retry-Num 1,
 * 2, 3: at once, after a minute, after five), with the same event_id. Answering each copy would
 * post the same reply two or three times; one answer per event_id is the rule, kept in process
 * and, with REDIS_URL, across every process behind the load balancer.
 */
import { createDeduplicator, type Deduplicator } from '../core/dedup.js';
import type { Logger } from '../core/log.js';
import type { SharedClaims } from '../core/shared.js';

/** Longer than Slack's last retry (about 5 minutes after the first delivery). */
export const EVENT_ID_TTL_SECONDS = 15 * 60;
/** Enough for some 20 events a second over the whole window; the oldest go first beyond it. */
const EVENT_IDS_IN_MEMORY = 20_000;

export function createEventDeduplicator(shared?: SharedClaims): Deduplicator {
  return createDeduplicator({ ttlSeconds: EVENT_ID_TTL_SECONDS, max: EVENT_IDS_IN_MEMORY, shared, namespace: 'slack-event' });
}

/** The envelope's event_id, when it looks like one (they are short: "Ev08MFMKH6J1"). */
function eventIdOf(body: unknown): string | undefined {
  const id = (body as { event_id?: unknown } | null)?.event_id;
  return typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : undefined;
}

/** False for a delivery whose event this bot has already taken (a retry): it must not be answered again. */
export async function isFirstDelivery(events: Deduplicator, body: unknown, retryNum: number | undefined, logger: Logger): Promise<boolean> {
  const id = eventIdOf(body);
  if (id === undefined) return true;
  const first = events.first(id);
  if (first instanceof Promise ? await first : first) return true;
  logger.info('slack_event_repeat_ignored', { eventId: id, retryNum });
  return false;
}
