/**
 * Conversations shared through a real Redis (REDIS_URL): behind a load balancer the next
 * message of a thread may reach another process, which leans on the same previous answer.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createConversationStore } from '../../src/core/conversation.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { createRedisStore, type RedisStore } from '../../src/store/redis.js';
import { parseLine } from '../helpers/bot.js';
import { describeWith, REDIS_SERVER } from '../helpers/external.js';
import { captureLogs } from '../helpers/log-capture.js';
import { PATIENT_COMMAND_TIMEOUT_MS, startRedis, type RedisServer } from '../helpers/redis.js';
import { botFor } from '../query/fixture-bots.js';

describeWith(REDIS_SERVER, 'conversations shared through Redis', () => {
  let server: RedisServer;
  const opened: RedisStore[] = [];
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(opened.map((s) => s.close()));
    await server?.stop();
  });

  async function aProcess() {
    const store = createRedisStore({
      url: server.url,
      logger: captureLogs().logger,
      rateLimit: { capacity: 100, windowMs: 60_000 },
      commandTimeoutMs: PATIENT_COMMAND_TIMEOUT_MS,
    });
    opened.push(store);
    expect(await store.connect()).toBe(true);
    return createPipeline(botFor('martin'), { conversations: createConversationStore({ shared: store.values }) });
  }

  it('given the first turn answered by one process, the follow-up on another leans on it; another user does not', async () => {
    const [a, b] = [await aProcess(), await aProcess()];
    const ask = (pipeline: typeof a, text: string, userId: string) =>
      pipeline.handle({ ...parseLine(text), audience: 'public', platform: 'slack', conversation: 'thread:C1:1.0', userId });
    await ask(a, 'what did he do at netflix?', 'U1');
    expect((await ask(b, 'and before that?', 'U1')).answer.matches[0]?.title).toBe('Performance Engineer at Expedia');
    expect((await ask(a, 'and before that?', 'U1')).answer.matches[0]?.title).toBe('Performance Engineer at Dell');
    expect((await ask(b, 'and before that?', 'U2')).answer.title).toBe('Before which role?');
  });
});
