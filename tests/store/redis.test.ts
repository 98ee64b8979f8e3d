/**
 * The state several processes share through Redis (REDIS_URL), against a real redis-server:
 * two stores on one Redis stand for two bot processes. Redis going away never stops an answer.
 */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { COMMAND_TIMEOUT_MS, createRedisStore, type RedisStore } from '../../src/store/redis.js';
import { describeWith, REDIS_SERVER } from '../helpers/external.js';
import { captureLogs, type LogCapture } from '../helpers/log-capture.js';
import { PATIENT_COMMAND_TIMEOUT_MS, startRedis, type RedisServer } from '../helpers/redis.js';

describeWith(REDIS_SERVER, 'state shared through Redis', () => {
  let server: RedisServer;
  const opened: RedisStore[] = [];
  beforeAll(async () => {
    server = await startRedis();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** A store as a process opens it; patient unless the spec is about a Redis that stops answering. */
  async function open(capacity = 3, logs: LogCapture = captureLogs(), commandTimeoutMs = PATIENT_COMMAND_TIMEOUT_MS): Promise<RedisStore> {
    const store = createRedisStore({
      url: server.url,
      logger: logs.logger,
      rateLimit: { capacity, windowMs: 3_600_000 },
      commandTimeoutMs,
    });
    opened.push(store);
    expect(await store.connect()).toBe(true);
    return store;
  }

  it('given two processes, counts one allowance per user across both, and says how long to wait', async () => {
    const [a, b] = [await open(3), await open(3)];
    const verdicts = [];
    for (const store of [a, b, a, b]) verdicts.push(await store.rateLimiter.take('slack:U-shared'));
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, true, false]);
    // One token per 20 minutes (3 an hour): the wait is that, in whole seconds.
    expect(verdicts[3]!.retryAfterSeconds).toBeGreaterThan(1100);
    expect(verdicts[3]!.retryAfterSeconds).toBeLessThanOrEqual(1200);
    // Another user has their own bucket.
    expect((await b.rateLimiter.take('slack:U-other')).allowed).toBe(true);
  });

  it('given the same claim from two processes, grants it to the first only', async () => {
    const [a, b] = [await open(), await open()];
    expect(await a.claims.claim('slack-event:Ev1', 60)).toBe(true);
    expect(await b.claims.claim('slack-event:Ev1', 60)).toBe(false);
    expect(await a.claims.claim('slack-event:Ev1', 60)).toBe(false);
    expect(await b.claims.claim('slack-event:Ev2', 60)).toBe(true);
  });

  it('given a value stored by one process, another reads it back', async () => {
    const [a, b] = [await open(), await open()];
    expect(await a.values.set('share:k1', '{"command":"skills","query":"kafka"}', 60)).toBe(true);
    expect(await b.values.get('share:k1')).toBe('{"command":"skills","query":"kafka"}');
    expect(await b.values.get('share:missing')).toBeUndefined();
  });

  it('given Redis killed mid-run, keeps answering (everyone allowed, claims granted), logs it once, and shares again once Redis is back', async () => {
    const logs = captureLogs();
    const a = await open(1, logs);
    const b = await open(1);
    expect((await a.rateLimiter.take('discord:D-crash')).allowed).toBe(true);
    expect((await b.rateLimiter.take('discord:D-crash')).allowed).toBe(false);

    await server.kill();
    const during = [];
    for (let i = 0; i < 5; i++) during.push(await a.rateLimiter.take('discord:D-crash'));
    expect(during.every((v) => v.allowed)).toBe(true);
    expect(await a.claims.claim('slack-event:EvDown', 60)).toBe(true);
    expect(await a.values.set('share:down', 'x', 60)).toBe(false);
    expect(await a.values.get('share:down')).toBeUndefined();
    expect(a.available).toBe(false);
    expect(logs.count('redis_unavailable')).toBe(1);

    await server.restart();
    await logs.next('redis_recovered');
    expect(a.available).toBe(true);
    // A restarted Redis is empty (nothing is saved): the user starts with a full bucket, shared again.
    expect((await a.rateLimiter.take('discord:D-crash')).allowed).toBe(true);
    await b.ready();
    expect((await b.rateLimiter.take('discord:D-crash')).allowed).toBe(false);
    expect(logs.count('redis_unavailable')).toBe(1);
  });

  it('given a Redis that stops answering (frozen), gives up on it and lets the question through', async () => {
    const logs = captureLogs();
    const a = await open(1, logs, COMMAND_TIMEOUT_MS);
    server.pause();
    try {
      const verdict = await a.rateLimiter.take('slack:U-frozen');
      expect(verdict.allowed).toBe(true);
      expect(await a.claims.claim('slack-event:EvFrozen', 60)).toBe(true);
      expect(logs.count('redis_unavailable')).toBe(1);
    } finally {
      server.resume();
    }
  });

  it('given Redis down when the process starts, starts anyway and connects once Redis is there', async () => {
    await server.kill();
    const logs = captureLogs();
    const store = createRedisStore({
      url: server.url,
      logger: logs.logger,
      rateLimit: { capacity: 1, windowMs: 3_600_000 },
      commandTimeoutMs: PATIENT_COMMAND_TIMEOUT_MS,
    });
    opened.push(store);
    expect(await store.connect()).toBe(false);
    expect((await store.rateLimiter.take('slack:U-early')).allowed).toBe(true);
    expect(logs.count('redis_unavailable')).toBe(1);
    await server.restart();
    await logs.next('redis_recovered');
    expect((await store.rateLimiter.take('slack:U-early')).allowed).toBe(true);
    expect((await store.rateLimiter.take('slack:U-early')).allowed).toBe(false);
  });
});
