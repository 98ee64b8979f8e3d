/**
 * The asker's language on Slack: read once per user with users.info (include_locale) and
 * remembered, so a slash command, a Share click or a DM is answered in it. Through the real
 * Bolt against the loopback fake Slack. A slow users.info never holds an answer long: a new user
 * waits for it a moment at most, a known one not at all.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createUserLocales } from '../../src/slack/locale.js';
import { captureLogs } from '../helpers/log-capture.js';
import { type Harness, slashCommand, slashCommandAs, startHarness, textOf, USER_ID } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const lookups = (harness: Harness) => harness.fake.calls.filter((c) => c.method === 'users.info');

describe('the language of a Slack answer', () => {
  it('given a user whose Slack is in pt-BR, answers in Portuguese, asking Slack once for that user', async () => {
    // The fake answers at once; at the bot's 200 ms, a busy machine could make that answer late.
    h = await startHarness({ localeWaitMs: 30_000 });
    h.fake.userLocales.set(USER_ID, 'pt-BR');
    const first = await slashCommand(h, '/experience', 'netflix');
    expect(textOf(first.json!)).toContain('Performance Architect — Netflix');
    expect(textOf(first.json!)).toContain('dez. 2012 – mai. 2021 · 8 anos e 6 meses');
    expect(JSON.stringify(first.json)).toContain('Compartilhar no canal');
    const second = await slashCommand(h, '/skills', 'kubernetes');
    expect(textOf(second.json!)).toContain('Onde aparece');
    expect(lookups(h)).toHaveLength(1);
    expect(lookups(h)[0]!.body).toMatchObject({ user: USER_ID, include_locale: 'true' });
  });

  it('given an English user, answers as before', async () => {
    h = await startHarness();
    const res = await slashCommand(h, '/experience', 'netflix');
    expect(textOf(res.json!)).toContain('Performance Architect at Netflix');
    expect(JSON.stringify(res.json)).toContain('Share in channel');
  });

  it("given Slack slow to say a new user's language, answers the first command without waiting for it, and in their language once Slack has said", async () => {
    const logs = captureLogs('debug');
    h = await startHarness({ logger: logs.logger });
    h.fake.userLocales.set(USER_ID, 'pt-BR');
    const held = h.fake.holdNext('users.info');
    const first = await slashCommand(h, '/experience', 'netflix');
    expect(held.answered).toBe(false);
    expect(textOf(first.json!)).toContain('Performance Architect at Netflix');
    held.release();
    // Once the bot has read Slack's answer (not racing its 200 ms wait on a busy machine).
    await logs.next('slack_user_locale');
    const second = await slashCommand(h, '/experience', 'netflix');
    expect(textOf(second.json!)).toContain('dez. 2012 – mai. 2021 · 8 anos e 6 meses');
    expect(lookups(h)).toHaveLength(1);
  });

  it('given users.info failing, answers in LOCALE rather than not at all', async () => {
    h = await startHarness();
    h.fake.userLocales.set(USER_ID, 'pt-BR');
    h.fake.failNext('users.info', { status: 500 });
    const res = await slashCommand(h, '/experience', 'netflix');
    expect(textOf(res.json!)).toContain('Performance Architect at Netflix');
  });

  it('given Slack rate limiting users.info, answers the next new users without asking Slack again until Retry-After has passed', async () => {
    h = await startHarness({ localeWaitMs: 30_000 });
    h.fake.failNext('users.info', { status: 429, retryAfter: 120 });
    const answers = [];
    for (const user of ['U0000101', 'U0000102', 'U0000103']) answers.push(await slashCommandAs(h, '/experience', 'netflix', { user }));
    for (const res of answers) expect(textOf(res.json!)).toContain('Performance Architect at Netflix');
    expect(lookups(h)).toHaveLength(1);
  });
});

describe('the cache of user languages', () => {
  it('given many users, keeps at most its bound, and asks again once an entry expired', async () => {
    const asked: string[] = [];
    let now = 1000;
    const locales = createUserLocales(
      async (user) => {
        asked.push(user);
        return 'pt-BR';
      },
      { max: 2, ttlMs: 1000, now: () => now },
    );
    await locales.of('T', 'U1');
    await locales.of('T', 'U1');
    await locales.of('T', 'U2');
    await locales.of('T', 'U3');
    await locales.of('T', 'U1');
    expect(asked).toEqual(['U1', 'U2', 'U3', 'U1']);
    now = 6000;
    expect(await locales.of('T', 'U1')).toBe('pt-BR');
    expect(asked).toEqual(['U1', 'U2', 'U3', 'U1', 'U1']);
  });

  it('given a user looked up and still fresh, knows their language at once; a new user or an expired entry is for `of` to read', async () => {
    let now = 1000;
    const locales = createUserLocales(async () => 'pt-BR', { ttlMs: 1000, now: () => now });
    expect(locales.known('T', 'U1')).toBeUndefined();
    expect(await locales.of('T', 'U1')).toBe('pt-BR');
    expect(locales.known('T', 'U1')).toEqual({ locale: 'pt-BR' });
    expect(locales.known('T2', 'U1')).toBeUndefined();
    now = 6000;
    expect(locales.known('T', 'U1')).toBeUndefined();
  });

  it('given a user known from before whose entry expired, answers at once in the language remembered while Slack is asked again', async () => {
    let now = 1000;
    const asked: string[] = [];
    const answers: Array<Promise<string | undefined>> = [Promise.resolve('pt-BR'), new Promise(() => {})];
    const locales = createUserLocales(
      async (user) => {
        asked.push(user);
        return answers.shift()!;
      },
      { ttlMs: 1000, now: () => now },
    );
    expect(await locales.of('T', 'U1')).toBe('pt-BR');
    now = 6000;
    expect(await locales.of('T', 'U1')).toBe('pt-BR');
    expect(asked).toEqual(['U1', 'U1']);
  });

  it('given a lookup slower than the wait, answers without a language, and knows the user once the lookup ends', async () => {
    let answer!: (locale: string) => void;
    const locales = createUserLocales(() => new Promise<string>((resolve) => (answer = resolve)), { waitMs: 1 });
    expect(await locales.of('T', 'U1')).toBeUndefined();
    answer('pt-BR');
    expect(await locales.of('T', 'U1')).toBe('pt-BR');
  });

  it('given the same user twice at once, asks Slack once', async () => {
    let calls = 0;
    const locales = createUserLocales(async () => {
      calls++;
      return 'pt-BR';
    });
    expect(await Promise.all([locales.of('T', 'U1'), locales.of('T', 'U1')])).toEqual(['pt-BR', 'pt-BR']);
    expect(calls).toBe(1);
  });

  it('given a lookup refused for a while, asks about nobody until then, and asks again after', async () => {
    let now = 1000;
    const asked: string[] = [];
    let refuse = true;
    const locales = createUserLocales(
      async (user) => {
        asked.push(user);
        if (refuse) throw Object.assign(new Error('ratelimited'), { retryAfterMs: 30_000 });
        return 'pt-BR';
      },
      { now: () => now },
    );
    expect(await locales.of('T', 'U1')).toBeUndefined();
    refuse = false;
    expect(await locales.of('T', 'U2')).toBeUndefined();
    expect(await locales.of('T', 'U3')).toBeUndefined();
    expect(asked).toEqual(['U1']);
    now += 30_001;
    // Each is asked again on their next question (answered meanwhile as before, in LOCALE).
    await locales.of('T', 'U2');
    await new Promise((resolve) => setImmediate(resolve));
    expect(asked).toEqual(['U1', 'U2']);
    expect(await locales.of('T', 'U2')).toBe('pt-BR');
  });

  it('given a known user whose entry expired and Slack failing, keeps answering in the language known before', async () => {
    let now = 1000;
    let fail = false;
    const locales = createUserLocales(
      async () => {
        if (fail) throw new Error('fatal_error');
        return 'pt-BR';
      },
      { ttlMs: 1000, now: () => now },
    );
    expect(await locales.of('T', 'U1')).toBe('pt-BR');
    fail = true;
    now = 6000;
    // Served at once from before; the lookup behind it fails.
    expect(await locales.of('T', 'U1')).toBe('pt-BR');
    await new Promise((resolve) => setImmediate(resolve));
    expect(await locales.of('T', 'U1')).toBe('pt-BR');
  });
});
