/**
 * The shape of a signed Slack request body, checked before Bolt sees it. A correct signature
 * proves Slack (or someone with the signing secret) sent the bytes, not that they are what
 * Bolt and our handlers expect: Bolt reads `body.ssl_check` on whatever the body parses to,
 * outside any try, so a signed `null` threw in a promise nobody caught and ended the process.
 *
 * The body is parsed exactly as Bolt will parse it (its own parseHTTPRequestBody: form fields,
 * a form's `payload` field as JSON, anything else as JSON), then checked here: it must be an
 * object, and the fields our handlers read must have the types they expect. Anything else a
 * payload carries is left as it is; the types of events, actions and views we do not handle
 * only need a `type`.
 */
import { parse } from 'node:querystring';
import { HTTPModuleFunctions, type BufferedIncomingMessage } from '@slack/bolt';
import { z } from 'zod';

/** Optional in Slack's payloads, and sometimes sent as null. */
const maybe = <T extends z.ZodType>(schema: T) => schema.nullish();
const text = z.string();
const id = z.string().min(1);

const slashCommand = z.looseObject({
  command: z.string().startsWith('/'),
  text: maybe(text),
  user_id: id,
  team_id: id,
  user_team: maybe(id),
  channel_id: maybe(text),
  response_url: maybe(text),
});

const sslCheck = z.looseObject({ ssl_check: z.literal('1') });

const blockActions = z.looseObject({
  type: z.literal('block_actions'),
  user: z.looseObject({ id, team_id: maybe(id) }),
  team: maybe(z.looseObject({ id })),
  actions: z.array(z.looseObject({ type: text, action_id: text, value: maybe(text) })).min(1),
  response_url: maybe(text),
  channel: maybe(z.looseObject({ id: text })),
  container: maybe(z.looseObject({ channel_id: maybe(text), thread_ts: maybe(text), is_ephemeral: maybe(z.boolean()) })),
});

/** Any other interaction (view submissions, shortcuts, suggestions): we register no handler for them. */
const otherInteraction = z.looseObject({ type: text });

const urlVerification = z.looseObject({ type: z.literal('url_verification'), challenge: text });

/** The fields of message and app_mention events the handlers read. */
const messageEvent = z.looseObject({
  type: z.enum(['message', 'app_mention']),
  subtype: maybe(text),
  channel: maybe(text),
  channel_type: maybe(text),
  user: maybe(text),
  user_team: maybe(text),
  team: maybe(text),
  bot_id: maybe(text),
  text: maybe(text),
  ts: maybe(text),
  thread_ts: maybe(text),
  hidden: maybe(z.boolean()),
});
const homeOpened = z.looseObject({ type: z.literal('app_home_opened'), user: id, tab: maybe(text) });
const otherEvent = z.looseObject({ type: text });

const eventCallback = z.looseObject({
  type: z.literal('event_callback'),
  team_id: maybe(text),
  event: z.looseObject({ type: text }),
});

/** Any other Events API envelope (app_rate_limited, …). */
const otherEnvelope = z.looseObject({ type: text });

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function eventSchema(type: unknown): z.ZodType {
  if (type === 'message' || type === 'app_mention') return messageEvent;
  if (type === 'app_home_opened') return homeOpened;
  return otherEvent;
}

function schemaFor(body: Record<string, unknown>, form: boolean, hadPayload: boolean): z.ZodType {
  if (form && hadPayload) return body.type === 'block_actions' ? blockActions : otherInteraction;
  if (form) return body.ssl_check !== undefined ? sslCheck : slashCommand;
  if (body.type === 'url_verification') return urlVerification;
  if (body.type === 'event_callback') return eventCallback;
  return otherEnvelope;
}

export type ShapeVerdict = { ok: true } | { ok: false; problem: string };

/** Where a zod failure is, never what the value was (it may be a user's text). */
function where(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(body)'}: ${issue.code}` : 'invalid';
}

/** Whether Bolt can be given this (signed) request: it parses and has the shape its type needs. */
export function checkSlackBody(request: BufferedIncomingMessage): ShapeVerdict {
  let body: unknown;
  try {
    body = HTTPModuleFunctions.parseHTTPRequestBody(request);
  } catch {
    return { ok: false, problem: 'not valid JSON or form data' };
  }
  if (!isObject(body)) return { ok: false, problem: 'not an object' };
  const form = request.headers['content-type'] === 'application/x-www-form-urlencoded';
  // Bolt's own test for "an interaction": a single `payload` field (querystring, as Bolt parses it).
  const hadPayload = form && typeof parse(request.rawBody.toString()).payload === 'string';
  const outer = schemaFor(body, form, hadPayload).safeParse(body);
  if (!outer.success) return { ok: false, problem: where(outer.error) };
  if (body.type === 'event_callback') {
    const event = (body as { event: Record<string, unknown> }).event;
    const inner = eventSchema(event.type).safeParse(event);
    if (!inner.success) return { ok: false, problem: `event.${where(inner.error)}` };
  }
  return { ok: true };
}
