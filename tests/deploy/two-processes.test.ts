/**
 * Two bot processes (the built `npm start`) behind one Slack app, sharing one real Redis
 * (REDIS_URL), act as one bot: one rate limit per user whichever process gets the question,
 * one answer per retried event, and Redis killed mid-run costs no answer.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWith, REDIS_SERVER } from '../helpers/external.js';
import { startBot, type BotProcess } from '../helpers/bot-process.js';
import { PATIENT_COMMAND_TIMEOUT_MS, startRedis, type RedisServer } from '../helpers/redis.js';
import { BOT_TOKEN, BOT_USER_ID, FakeSlack, TEAM_ID } from '../fakes/slack.js';
import { nowSeconds, slackSignedHeaders } from '../fakes/slack-signing.js';

const SIGNING_SECRET = 'two-processes-signing-secret';
const ALLOWANCE = 10;

describeWith(REDIS_SERVER, 'two processes, one Redis', () => {
  let redis: RedisServer;
  let slack: FakeSlack;
  let a: BotProcess;
  let b: BotProcess;

  beforeAll(async () => {
    redis = await startRedis();
    slack = new FakeSlack();
    await slack.start();
    const env = {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `${slack.apiUrl}/`,
      REDIS_URL: redis.url,
      RATE_LIMIT_REQUESTS: String(ALLOWANCE),
      RATE_LIMIT_WINDOW_SECONDS: '3600',
      // Redis killed refuses commands at once; a timeout is not under test here.
      REDIS_COMMAND_TIMEOUT_MS: String(PATIENT_COMMAND_TIMEOUT_MS),
    };
    [a, b] = await Promise.all([startBot({ name: 'a', env }), startBot({ name: 'b', env })]);
    expect(a.lines.find((l) => l.event === 'started')).toMatchObject({ shared: 'redis' });
    await Promise.all([a.next('redis_connected'), b.next('redis_connected')]);
  });
  afterAll(async () => {
    const codes = await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
    await slack?.stop();
    expect(codes).toEqual([0, 0]);
  });

  /** A signed slash command to one process; resolves with the text of its (ephemeral) answer. */
  async function ask(to: BotProcess, user: string, text = 'netflix'): Promise<string> {
    const body = new URLSearchParams({
      team_id: TEAM_ID,
      channel_id: 'C0CHAN001',
      user_id: user,
      command: '/experience',
      text,
      api_app_id: 'A0000001',
      response_url: slack.responseUrl(`cmd-${user}`),
      trigger_id: '1.2.3',
    }).toString();
    const res = await fetch(`${to.url}/slack/events`, { method: 'POST', headers: slackSignedHeaders(SIGNING_SECRET, body), body });
    expect(res.status).toBe(200);
    return JSON.stringify(await res.json());
  }

  /** An Events API delivery (a DM) with a given event_id, as Slack sends it and retries it. */
  function deliver(to: BotProcess, eventId: string, ts: string, retryNum?: number): Promise<Response> {
    const body = JSON.stringify({
      team_id: TEAM_ID,
      api_app_id: 'A0000001',
      type: 'event_callback',
      event_id: eventId,
      event_time: nowSeconds(),
      authorizations: [{ team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true }],
      event: { type: 'message', channel_type: 'im', channel: 'D0DM00001', user: 'U0DMUSER1', text: 'skills kafka', ts, event_ts: ts },
    });
    const retry: Record<string, string> =
      retryNum === undefined ? {} : { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_timeout' };
    return fetch(`${to.url}/slack/events`, {
      method: 'POST',
      headers: { ...slackSignedHeaders(SIGNING_SECRET, body, { contentType: 'application/json' }), ...retry },
      body,
    });
  }

  /** Each process's lines about Redis, to say what happened when a count is off. */
  const redisLines = () => JSON.stringify([a, b].map((p) => p.lines.filter((l) => l.event.startsWith('redis_'))));

  const repliesIn = (ts: string) => slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.thread_ts === ts);
  const refused = (answer: string) => answer.includes('too many questions');

  it(`given one user's questions spread over both processes, answers ${ALLOWANCE} and refuses the next on either`, async () => {
    const answers: string[] = [];
    for (let i = 0; i < ALLOWANCE; i++) answers.push(await ask(i % 2 === 0 ? a : b, 'U0SPREAD1'));
    expect(answers.filter(refused)).toEqual([]);
    expect(answers.every((answer) => answer.includes('Netflix'))).toBe(true);
    expect(refused(await ask(a, 'U0SPREAD1'))).toBe(true);
    expect(refused(await ask(b, 'U0SPREAD1'))).toBe(true);
    // Someone else still has their whole allowance.
    expect(refused(await ask(b, 'U0OTHER01'))).toBe(false);
  });

  it('given an event delivered to one process and retried to the other, answers it once', async () => {
    expect((await deliver(a, 'Ev0TWOPROC1', '1700200000.000100')).status).toBe(200);
    await slack.nextCall('chat.postMessage', (c) => c.body.thread_ts === '1700200000.000100');
    expect((await deliver(b, 'Ev0TWOPROC1', '1700200000.000100', 1)).status).toBe(200);
    await b.next('slack_event_repeat_ignored', (l) => l.eventId === 'Ev0TWOPROC1');
    expect(repliesIn('1700200000.000100')).toHaveLength(1);
  });

  it('given the same event arriving at both processes at once, answers it once', async () => {
    const [first, second] = await Promise.all([
      deliver(a, 'Ev0TWOPROC2', '1700200100.000100'),
      deliver(b, 'Ev0TWOPROC2', '1700200100.000100', 1),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    await slack.nextCall('chat.postMessage', (c) => c.body.thread_ts === '1700200100.000100');
    // The other one says it ignored it: by then both have decided.
    await Promise.race([
      a.next('slack_event_repeat_ignored', (l) => l.eventId === 'Ev0TWOPROC2'),
      b.next('slack_event_repeat_ignored', (l) => l.eventId === 'Ev0TWOPROC2'),
    ]);
    expect(repliesIn('1700200100.000100')).toHaveLength(1);
  });

  it('given Redis killed mid-run, answers every question meanwhile, says so once per process, and shares the limit again once Redis is back', async () => {
    await redis.kill();
    const during: string[] = [];
    // More than the allowance, so that a limit kept anywhere would show.
    for (let i = 0; i < ALLOWANCE + 2; i++) during.push(await ask(i % 2 === 0 ? a : b, 'U0OUTAGE1'));
    expect(during.filter(refused)).toEqual([]);
    expect(during.every((answer) => answer.includes('Netflix'))).toBe(true);
    expect([a.count('redis_unavailable'), b.count('redis_unavailable')], redisLines()).toEqual([1, 1]);

    await redis.restart();
    await Promise.all([a.next('redis_recovered'), b.next('redis_recovered')]);
    const after: string[] = [];
    for (let i = 0; i < ALLOWANCE + 1; i++) after.push(await ask(i % 2 === 0 ? b : a, 'U0OUTAGE1'));
    expect(after.slice(0, ALLOWANCE).filter(refused)).toEqual([]);
    expect(refused(after[ALLOWANCE]!)).toBe(true);
    expect([a.count('redis_unavailable'), b.count('redis_unavailable')], redisLines()).toEqual([1, 1]);
  });
});
