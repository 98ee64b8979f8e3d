/**
 * The real adapter (startSlack → real Bolt) on a real HTTP server, against the fake Slack.
 * Requests are signed exactly as Slack signs them; every message Bolt sends anywhere
 * (Web API, response_url, HTTP ack, Socket Mode ack) can be collected and validated.
 */
import { expect } from 'vitest';
import type { SlackConfig } from '../../src/slack/settings.js';
import type { Bot } from '../../src/core/bot.js';
import { createPipeline, type Pipeline } from '../../src/core/pipeline.js';
import { silentLogger, type Logger } from '../../src/core/log.js';
import type { RateLimiter } from '../../src/core/rate-limit.js';
import { createHttpServer, type HttpServer } from '../../src/http/server.js';
import { checkSlackMessage, type CheckOptions } from '../../src/slack/limits.js';
import { startSlack, type SlackAdapter, type StartSlackOptions } from '../../src/slack/start.js';
import { martinBot } from '../helpers/bot.js';
import { BOT_USER_ID, FakeSlack, TEAM_ID, type ApiCall } from '../fakes/slack.js';
import { nowSeconds, slackSignature } from '../fakes/slack-signing.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
export const USER_ID = 'U0USER001';
export const CHANNEL_ID = 'C0CHAN001';
export const DM_CHANNEL_ID = 'D0DM00001';
/** A workspace that is not the fake's own (TEAM_ID): for allowlist tests. */
export const OTHER_TEAM_ID = 'T0OTHER01';

export interface HarnessOptions {
  bot?: Bot;
  /** Wraps the real pipeline (e.g. to make it throw). */
  pipeline?: (real: Pipeline) => Pipeline;
  socketMode?: boolean;
  privateFields?: string[];
  logger?: Logger;
  /** SLACK_ALLOWED_TEAMS: set on the Slack config and as the pipeline's access policy, as src/app/load.ts does. */
  allowedTeams?: string[];
  /** The process-wide per-user limiter the pipeline enforces (as RATE_LIMIT_* builds in load.ts). */
  rateLimiter?: RateLimiter;
  /** Web API retries; fault tests shorten the back-off so a failing call gives up quickly. */
  retryConfig?: StartSlackOptions['retryConfig'];
  /** How long a response_url may hang before the post counts as failed. */
  responseUrlTimeoutMs?: number;
  /** How long a new user's answer waits for users.info (the bot's 200 ms unless set). */
  localeWaitMs?: number;
  /** Timeline pictures, and where the bot serves them (PUBLIC_URL); absent: text only. */
  images?: StartSlackOptions['images'];
  /** The CV (served at PUBLIC_URL, or uploaded when shared); absent: text only. */
  cv?: StartSlackOptions['cv'];
  publicUrl?: string;
}

export interface Harness {
  fake: FakeSlack;
  http: HttpServer;
  adapter: SlackAdapter;
  url: string;
  /** Slash command / interaction responses that came back in the HTTP body (the ack). */
  httpAcks: Record<string, unknown>[];
  /**
   * Stops the adapter taking work and waits for everything in flight to finish: after it,
   * what the fake saw is all it will ever see, so "nothing was posted" is a fact, not a guess.
   */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return slackSignature(secret, timestamp, body);
}

export { nowSeconds };

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = new FakeSlack();
  await fake.start();
  const allowedTeams = options.allowedTeams ?? [];
  const real = createPipeline(options.bot ?? martinBot(), {
    access: { slack: allowedTeams },
    rateLimiter: options.rateLimiter,
    privateFields: options.privateFields ?? ['basics.phone'],
  });
  const pipeline = options.pipeline ? options.pipeline(real) : real;
  const http = createHttpServer({ logger: options.logger });
  const config: SlackConfig = {
    botToken: 'xoxb-test-token',
    signingSecret: SIGNING_SECRET,
    appToken: options.socketMode ? 'xapp-test-token' : undefined,
    apiUrl: fake.apiUrl,
    allowedTeams,
  };
  const address = await http.listen(0, '127.0.0.1');
  const adapter = await startSlack({
    pipeline,
    config,
    http,
    logger: options.logger ?? silentLogger,
    retryConfig: options.retryConfig,
    responseUrlTimeoutMs: options.responseUrlTimeoutMs,
    localeWaitMs: options.localeWaitMs,
    ...(options.images ? { images: options.images } : {}),
    ...(options.cv ? { cv: options.cv } : {}),
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
  });
  http.setReady(true);
  return {
    fake,
    http,
    adapter,
    url: `http://127.0.0.1:${address.port}/slack/events`,
    httpAcks: [],
    settle: () => adapter.stop(),
    async stop() {
      await adapter.stop();
      // Nothing is in flight any more: close the test's idle connections at once rather than after a drain.
      await http.close({ deadlineMs: 0 });
      await fake.stop();
    },
  };
}

export interface Posted {
  status: number;
  text: string;
  json: Record<string, unknown> | null;
}

/** POSTs a body to /slack/events signed as Slack would (or not, to test refusals). */
export async function post(
  h: Harness,
  body: string,
  contentType: 'application/x-www-form-urlencoded' | 'application/json',
  sig: { timestamp?: number; secret?: string; signature?: string; headers?: Record<string, string> } = {},
): Promise<Posted> {
  const timestamp = sig.timestamp ?? nowSeconds();
  const res = await fetch(h.url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sig.signature ?? sign(body, timestamp, sig.secret),
      ...sig.headers,
    },
    body,
  });
  const text = await res.text();
  let json: Record<string, unknown> | null = null;
  if (res.headers.get('content-type')?.includes('application/json')) {
    json = JSON.parse(text) as Record<string, unknown>;
    h.httpAcks.push(json);
  }
  return { status: res.status, text, json };
}

export function slashCommandForm(h: Harness, command: string, text: string, responseId = 'cmd', user = USER_ID, team = TEAM_ID): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: team,
    team_domain: 'fake',
    channel_id: CHANNEL_ID,
    channel_name: 'general',
    user_id: user,
    user_name: 'ana',
    command,
    text,
    api_app_id: 'A0000001',
    is_enterprise_install: 'false',
    response_url: h.fake.responseUrl(responseId),
    trigger_id: '1.2.3',
  }).toString();
}

export function slashCommand(h: Harness, command: string, text: string, responseId = 'cmd', sig = {}): Promise<Posted> {
  return post(h, slashCommandForm(h, command, text, responseId), 'application/x-www-form-urlencoded', sig);
}

/** A slash command from a given user and workspace. */
export function slashCommandAs(
  h: Harness,
  command: string,
  text: string,
  as: { user?: string; team?: string; responseId?: string },
): Promise<Posted> {
  return post(
    h,
    slashCommandForm(h, command, text, as.responseId ?? 'cmd', as.user ?? USER_ID, as.team ?? TEAM_ID),
    'application/x-www-form-urlencoded',
  );
}

/** A click on a button, as Slack posts it: form field `payload` holding the block_actions JSON. */
export function clickButton(
  h: Harness,
  button: { action_id: string; value?: string },
  opts: { responseId: string; ephemeral?: boolean; channel?: string; user?: string; team?: string; userTeam?: string },
): Promise<Posted> {
  const team = opts.team ?? TEAM_ID;
  const payload = {
    type: 'block_actions',
    team: { id: team, domain: 'fake' },
    // The clicker's own workspace: another one for a Slack Connect user.
    user: { id: opts.user ?? USER_ID, username: 'ana', team_id: opts.userTeam ?? team },
    api_app_id: 'A0000001',
    token: 'legacy-verification-token',
    container: {
      type: 'message',
      message_ts: '1700000000.000100',
      channel_id: opts.channel ?? CHANNEL_ID,
      is_ephemeral: opts.ephemeral ?? true,
    },
    trigger_id: '1.2.3',
    channel: { id: opts.channel ?? CHANNEL_ID, name: 'general' },
    response_url: h.fake.responseUrl(opts.responseId),
    actions: [
      {
        type: 'button',
        action_id: button.action_id,
        block_id: 'b1',
        text: { type: 'plain_text', text: 'x' },
        value: button.value,
        action_ts: '1700000001.000200',
      },
    ],
  };
  return post(h, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
}

export function eventBody(event: Record<string, unknown>, team = TEAM_ID): string {
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: team,
    api_app_id: 'A0000001',
    event,
    type: 'event_callback',
    event_id: `Ev${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
    event_time: nowSeconds(),
    authorizations: [{ team_id: team, user_id: BOT_USER_ID, is_bot: true }],
  });
}

export function sendEvent(h: Harness, event: Record<string, unknown>, team = TEAM_ID): Promise<Posted> {
  return post(h, eventBody(event, team), 'application/json');
}

/** A mention of the bot in a channel, as the app_mention event carries it. */
export const mentionEvent = (text: string, ts: string, extra: Record<string, unknown> = {}) => ({
  type: 'app_mention',
  user: USER_ID,
  text: `<@${BOT_USER_ID}> ${text}`,
  ts,
  channel: CHANNEL_ID,
  event_ts: ts,
  ...extra,
});

/** A direct message to the bot (message.im). */
export const dmEvent = (text: string, ts: string, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  channel_type: 'im',
  user: USER_ID,
  text,
  ts,
  channel: DM_CHANNEL_ID,
  event_ts: ts,
  ...extra,
});

/** The first reply the bot made in a thread, whichever call carried it (posted or ephemeral). */
export function replyIn(h: Harness, threadTs: string): Promise<ApiCall> {
  return h.fake.nextCallWhere(
    (c) =>
      (c.method === 'chat.postMessage' || c.method === 'chat.postEphemeral') &&
      c.body.thread_ts === threadTs &&
      c.status === 200 &&
      !c.refused,
  );
}

/** Every button in a message's blocks. */
export function buttonsOf(message: Record<string, unknown>): Array<{ action_id: string; value?: string; text: { text: string } }> {
  const blocks = (message.blocks ?? []) as Array<{ type: string; elements?: unknown[] }>;
  return blocks
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements as Array<{ action_id: string; value?: string; text: { text: string } }>);
}

/** All visible text of a message (blocks and fallback), for "does it say X" assertions. */
export function textOf(message: Record<string, unknown>): string {
  const parts: string[] = [String(message.text ?? '')];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.text === 'string') parts.push(o.text);
      for (const [k, v] of Object.entries(o)) if (k !== 'text' || typeof v !== 'string') walk(v);
    }
  };
  walk(message.blocks);
  return parts.join('\n');
}

/**
 * Validates every message the fake saw and every ack that came back: Block Kit limits,
 * a text fallback, and nothing that could ping anyone (except the sharer's own mention).
 * Returns how many were checked, so a test can tell it did check something.
 */
export function expectEveryMessageValid(h: Harness, options: CheckOptions = {}): number {
  const messages: Array<{ where: string; message: unknown; options: CheckOptions }> = [];
  for (const call of h.fake.calls) {
    if (call.method === 'views.publish')
      messages.push({
        where: 'views.publish',
        message: { text: 'home', blocks: (call.body.view as { blocks: unknown }).blocks },
        options: { ...options, surface: 'home' },
      });
    else if (call.method.startsWith('chat.')) messages.push({ where: call.method, message: call.body, options });
  }
  for (const r of h.fake.responses)
    messages.push({
      where: `response_url ${r.id}`,
      message: r.body,
      options: { ...options, allowedMentions: [USER_ID, ...(options.allowedMentions ?? [])] },
    });
  for (const a of h.httpAcks) messages.push({ where: 'http ack', message: a, options });
  for (const a of h.fake.acks)
    if (a.payload && Object.keys(a.payload).length) messages.push({ where: 'socket ack', message: a.payload, options });
  for (const m of messages) expect(checkSlackMessage(m.message, m.options), m.where).toEqual([]);
  return messages.length;
}
