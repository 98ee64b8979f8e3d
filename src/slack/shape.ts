/**
 * The shape of a signed Slack request body, checked before Bolt sees it. A correct signature
 * proves Slack (or someone with the signing secret) sent the bytes, not that they are what
 * Bolt and our handlers expect: Bolt reads `body.ssl_check` on whatever the body parses to,
 * outside any try, so a signed `null` threw in a promise nobody caught and ended the process;
 * and it reads fields by kind (`view.app_installed_team_id`, `user.team_id`, `channel.id`…),
 * so a signed body of the right kind with a field missing got a 500.
 *
 * The body is parsed exactly as Bolt will parse it (its own parseHTTPRequestBody: form fields,
 * a form's `payload` field as JSON, anything else as JSON), sorted into the kind Bolt will take
 * it for, by Bolt's own rules (an `event` field makes it an event, a `command` a slash command,
 * and so on), and checked: every field Bolt or our handlers read for that kind must have the
 * type they expect. Anything else a payload carries is left as it is: the body handed on is the
 * one parsed here, and the schemas only check it (`z.object` ignores other keys instead of
 * copying them all, as a loose object would, on every request).
 */
import { HTTPModuleFunctions, type BufferedIncomingMessage } from '@slack/bolt';
import { z } from 'zod';

/** Optional in Slack's payloads, and sometimes sent as null. */
const maybe = <T extends z.ZodType>(schema: T) => schema.nullish();
const text = z.string();
const id = z.string().min(1);

/** The answers Bolt gives itself, before any routing. */
const sslCheck = z.object({ ssl_check: z.literal('1') });
const urlVerification = z.object({ type: z.literal('url_verification'), challenge: text });

const slashCommand = z.object({
  command: z.string().startsWith('/'),
  text: maybe(text),
  user_id: id,
  team_id: id,
  user_team: maybe(id),
  enterprise_id: maybe(text),
  channel_id: maybe(text),
  response_url: maybe(text),
});

/** What Bolt reads of every interaction (its source: team, enterprise, user, channel). */
const interactionBase = {
  user: z.object({ id, team_id: maybe(id) }),
  team: maybe(z.object({ id, enterprise_id: maybe(text) })),
  enterprise: maybe(z.object({ id: text })),
  // Bolt reads `channel.id` whenever `channel` is not undefined: null is not allowed.
  channel: z.object({ id: text }).optional(),
  response_url: maybe(text),
};

const blockActions = z.object({
  ...interactionBase,
  type: z.literal('block_actions'),
  actions: z.array(z.object({ type: text, action_id: text, value: maybe(text) })).min(1),
  container: maybe(z.object({ channel_id: maybe(text), thread_ts: maybe(text), is_ephemeral: maybe(z.boolean()) })),
});
/** Other actions (legacy attachments, dialogs): no handler here, but Bolt reads the same source. */
const otherActions = z.object({ ...interactionBase, actions: z.array(z.object({})).optional() });
const options = z.object({ ...interactionBase });
const shortcut = z.object({ ...interactionBase, type: z.enum(['shortcut', 'message_action']) });
const view = z.object({ ...interactionBase, view: z.object({ id: maybe(text), app_installed_team_id: maybe(text) }) });

/** What Bolt reads of any event: `'channel' in event.item`, `event.user.id`, `'creator' in event.channel`, `event.subteam.created_by`. */
const anyEvent = z.object({
  type: text,
  user: z.union([text, z.object({})]).optional(),
  channel: z.union([text, z.object({})]).optional(),
  item: z.object({}).optional(),
  subteam: z.object({}).optional(),
});
/** The fields of message and app_mention events our handlers read. */
const messageEvent = z.object({
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
const homeOpened = z.object({ type: z.literal('app_home_opened'), user: id, tab: maybe(text) });

const eventCallback = z.object({
  team_id: maybe(text),
  enterprise_id: maybe(text),
  event: anyEvent,
  // Bolt reads `authorizations[0].team_id` when there is a first one.
  authorizations: z.array(z.object({ team_id: maybe(text), enterprise_id: maybe(text) })).optional(),
});

/** Slack's notice that the app's events were rate limited: Bolt routes it nowhere (and answers 404). */
const rateLimited = z.object({ type: z.literal('app_rate_limited') });

type Kind = 'event' | 'command' | 'options' | 'action' | 'shortcut' | 'view' | 'none';

/** The kind Bolt will take a body for: its getTypeAndConversation, in the same order. */
function boltKind(body: Record<string, unknown>): Kind {
  if (body.event !== undefined) return 'event';
  if (body.command !== undefined) return 'command';
  if (body.name !== undefined || body.type === 'block_suggestion') return 'options';
  if (body.actions !== undefined || body.type === 'dialog_submission') return 'action';
  if (body.type === 'shortcut' || body.type === 'message_action') return 'shortcut';
  if (body.type === 'view_submission' || body.type === 'view_closed') return 'view';
  return 'none';
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function schemaFor(body: Record<string, unknown>): z.ZodType | null {
  // Bolt answers these two itself, before routing.
  if (body.ssl_check !== undefined) return sslCheck;
  if (body.type === 'url_verification') return urlVerification;
  switch (boltKind(body)) {
    case 'event':
      return eventCallback;
    case 'command':
      return slashCommand;
    case 'options':
      return options;
    case 'action':
      return body.type === 'block_actions' ? blockActions : otherActions;
    case 'shortcut':
      return shortcut;
    case 'view':
      return view;
    case 'none':
      return body.type === 'app_rate_limited' ? rateLimited : null;
  }
}

function eventSchema(type: unknown): z.ZodType | null {
  if (type === 'message' || type === 'app_mention') return messageEvent;
  if (type === 'app_home_opened') return homeOpened;
  return null;
}

/** A body that passed comes back parsed, so nothing parses it again. */
export type ShapeVerdict = { ok: true; body: Record<string, unknown> } | { ok: false; problem: string };

/** Where a zod failure is, never what the value was (it may be a user's text). */
function where(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(body)'}: ${issue.code}` : 'invalid';
}

/** Whether Bolt can be given this (signed) request: it parses, and has the shape its kind needs. */
export function checkSlackBody(request: BufferedIncomingMessage): ShapeVerdict {
  let body: unknown;
  try {
    body = HTTPModuleFunctions.parseHTTPRequestBody(request);
  } catch {
    return { ok: false, problem: 'not valid JSON or form data' };
  }
  if (!isObject(body)) return { ok: false, problem: 'not an object' };
  const schema = schemaFor(body);
  if (!schema) return { ok: false, problem: 'not a kind of request Slack sends' };
  const outer = schema.safeParse(body);
  if (!outer.success) return { ok: false, problem: where(outer.error) };
  if (schema === eventCallback) {
    const event = (body as { event: Record<string, unknown> }).event;
    const inner = eventSchema(event.type)?.safeParse(event);
    if (inner && !inner.success) return { ok: false, problem: `event.${where(inner.error)}` };
  }
  return { ok: true, body };
}
