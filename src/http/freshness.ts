/**
 * Both platforms sign the time they sent a request along with its body (Slack's
 * X-Slack-Request-Timestamp, Discord's X-Signature-Timestamp, whole seconds). A signature
 * proves who sent a request, not when it was captured: a request stamped far from now is
 * a replay (or a clock fault) and is refused, whichever way it is off.
 */

/** Slack documents five minutes; Discord the same is used, both ways. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/** A header's single value (Node gives an array only for a repeated header, which neither platform sends). */
export const single = (value: string | string[] | undefined): string | undefined => (typeof value === 'string' ? value : undefined);

/** Whether a timestamp header (decimal seconds, nothing else) is within the allowed skew of now. */
export function isFreshTimestamp(header: string | string[] | undefined, nowMs = Date.now()): boolean {
  const value = single(header);
  if (value === undefined || !/^\d{1,12}$/.test(value)) return false;
  return Math.abs(nowMs / 1000 - Number(value)) <= MAX_CLOCK_SKEW_SECONDS;
}
