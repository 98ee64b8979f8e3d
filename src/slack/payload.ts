/**
 * What a button carries. Slack does not send an ephemeral message back with a click on
 * it, so "Share in channel" and "Show more" must hold everything needed to answer again:
 * the command and query to re-run, the page, and whether the message was public.
 */
import { z } from 'zod';
import { SLACK_LIMITS } from './limits.js';

export const ACTION_SHARE = 'resume_share';
export const ACTION_MORE = 'resume_more';

export interface ButtonPayload {
  /** Registry command to re-run (null: free text, routed again). */
  command: string | null;
  query: string;
  /** 1-based page to show. */
  page: number;
  /** The message the button sits on was public: what follows stays public (private fields removed). */
  public: boolean;
}

const wire = z.object({
  c: z
    .string()
    .regex(/^[a-z0-9_-]{1,32}$/)
    .nullable(),
  q: z.string().max(SLACK_LIMITS.buttonValue),
  p: z.number().int().min(1).max(1000),
  v: z.enum(['pub', 'priv']),
});

/** The button value, or null when it would not fit Slack's 2,000 characters. */
export function encodePayload(payload: ButtonPayload): string | null {
  // The same text as JSON.stringify({ c, q, p, v }), without building the object (two buttons on every answer).
  const value = `{"c":${JSON.stringify(payload.command)},"q":${JSON.stringify(payload.query)},"p":${JSON.stringify(payload.page)},"v":"${payload.public ? 'pub' : 'priv'}"}`;
  return value.length <= SLACK_LIMITS.buttonValue ? value : null;
}

/** Parses a button value; null for anything we did not write (an old or forged button). */
export function decodePayload(value: unknown): ButtonPayload | null {
  if (typeof value !== 'string') return null;
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    return null;
  }
  const parsed = wire.safeParse(data);
  if (!parsed.success) return null;
  return { command: parsed.data.c, query: parsed.data.q, page: parsed.data.p, public: parsed.data.v === 'pub' };
}
