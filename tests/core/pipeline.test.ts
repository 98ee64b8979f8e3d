import { describe, expect, it } from 'vitest';
import type { Bot } from '../../src/core/bot.js';
import { createLogger } from '../../src/core/log.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { publicView } from '../../src/core/privacy.js';
import { createRateLimiter, type RateLimiter } from '../../src/core/rate-limit.js';
import { martinBot } from '../helpers/bot.js';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  return { lines, logger: (level: 'debug' | 'info') => createLogger(level, (line) => lines.push(JSON.parse(line))) };
}

describe('the request pipeline', () => {
  it('given a question, logs one line with platform, command, latency, result count and outcome — not the text', async () => {
    const { lines, logger } = capture();
    const pipeline = createPipeline(martinBot(), { logger: logger('info') });
    const { answer, outcome } = await pipeline.handle({
      audience: 'private',
      platform: 'slack',
      command: null,
      text: 'what did he do at netflix? my token is xoxb-123',
      userId: 'U1',
    });
    expect(answer.title).toBe('Performance Architect at Netflix');
    expect(outcome).toBe('answered');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      event: 'request',
      platform: 'slack',
      command: 'experience',
      results: 1,
      outcome: 'answered',
    });
    expect(typeof lines[0]!.latencyMs).toBe('number');
    expect(JSON.stringify(lines)).not.toMatch(/netflix\?|xoxb/);
  });

  it('given LOG_LEVEL debug, the text is logged at debug only', async () => {
    const { lines, logger } = capture();
    await createPipeline(martinBot(), { logger: logger('debug') }).handle({
      audience: 'private',
      platform: 'cli',
      command: 'skills',
      text: 'kafka',
    });
    expect(lines.find((l) => l.event === 'request_text')).toMatchObject({ level: 'debug', text: 'kafka' });
  });

  it('never writes a field named like a secret', () => {
    const { lines, logger } = capture();
    logger('info').info('startup', { slackBotToken: 'xoxb-secret', signingSecret: 's3cr3t', port: 3000 });
    expect(lines[0]).toMatchObject({ slackBotToken: '[redacted]', signingSecret: '[redacted]', port: 3000 });
  });

  it('given a handler that throws, answers a short error and keeps serving', async () => {
    const real = martinBot();
    let calls = 0;
    const flaky: Bot = {
      ...real,
      answer: (r) =>
        ++calls === 1
          ? (() => {
              throw new Error('boom');
            })()
          : real.answer(r),
    };
    const { lines, logger } = capture();
    const pipeline = createPipeline(flaky, { logger: logger('info') });
    const first = await pipeline.handle({ audience: 'private', platform: 'discord', command: 'about', text: '' });
    expect(first.outcome).toBe('error');
    expect(first.answer.kind).toBe('error');
    expect(first.answer.body).not.toContain('boom');
    expect(lines.find((l) => l.event === 'handler_failed')).toBeDefined();
    expect((await pipeline.handle({ audience: 'private', platform: 'discord', command: 'about', text: '' })).outcome).toBe('answered');
  });

  it('given an allowlist, refuses other workspaces and servers (and DMs outside any server) with no résumé data', async () => {
    const pipeline = createPipeline(martinBot(), { access: { slack: ['T1'], discord: ['G1'] } });
    expect((await pipeline.handle({ audience: 'private', platform: 'slack', command: 'contact', text: '', tenantId: 'T1' })).outcome).toBe(
      'answered',
    );
    const refused = await pipeline.handle({ audience: 'private', platform: 'slack', command: 'contact', text: '', tenantId: 'T2' });
    expect(refused.outcome).toBe('denied');
    expect(JSON.stringify(refused.answer)).not.toContain('martinspier');
    expect((await pipeline.handle({ audience: 'private', platform: 'discord', command: 'about', text: '', tenantId: 'G2' })).outcome).toBe(
      'denied',
    );
    expect((await pipeline.handle({ audience: 'private', platform: 'discord', command: 'about', text: '' })).outcome).toBe('denied');
    expect(pipeline.complete('skills', 'k', 25, { platform: 'discord', tenantId: 'G2' })).toEqual([]);
    expect(pipeline.complete('skills', 'kub', 25, { platform: 'discord', tenantId: 'G1' })).toContain('Kubernetes');
    expect((await pipeline.handle({ audience: 'private', platform: 'console', command: 'about', text: '' })).outcome).toBe('answered');
  });

  it('given an asker from another workspace (Slack Connect) in a listed one, refuses unless the asker’s own workspace is listed too', async () => {
    const pipeline = createPipeline(martinBot(), { access: { slack: ['T1', 'T3'] } });
    const ask = (userTenantId: string) =>
      pipeline.handle({ audience: 'private', platform: 'slack', command: 'about', text: '', tenantId: 'T1', userTenantId });
    expect((await ask('T2')).outcome).toBe('denied');
    expect((await ask('T3')).outcome).toBe('answered');
    expect((await ask('T1')).outcome).toBe('answered');
    expect(pipeline.allows({ platform: 'slack', tenantId: 'T1', userTenantId: 'T2' })).toBe(false);
    // Without a list, anyone is served, from anywhere.
    const open = createPipeline(martinBot());
    expect(
      (await open.handle({ audience: 'private', platform: 'slack', command: 'about', text: '', tenantId: 'T1', userTenantId: 'T2' }))
        .outcome,
    ).toBe('answered');
  });

  it('given more than the allowance from one user, refuses politely, per user, and refills with time', async () => {
    let now = 0;
    const limiter = createRateLimiter({ capacity: 3, windowMs: 3000, now: () => now });
    const pipeline = createPipeline(martinBot(), { rateLimiter: limiter });
    const ask = async (userId: string, platform: 'slack' | 'discord' = 'slack') =>
      (await pipeline.handle({ audience: 'private', platform, command: 'about', text: '', userId })).outcome;
    expect([await ask('U1'), await ask('U1'), await ask('U1')]).toEqual(['answered', 'answered', 'answered']);
    const limited = await pipeline.handle({ audience: 'private', platform: 'slack', command: 'about', text: '', userId: 'U1' });
    expect(limited.outcome).toBe('rate_limited');
    expect(limited.answer.body).toMatch(/wait 1 second/);
    expect(await ask('U2')).toBe('answered');
    now = 1000;
    expect(await ask('U1')).toBe('answered');
    expect(await ask('U1')).toBe('rate_limited');
  });

  it('given chat requests with no user id, counts them against one shared allowance per platform instead of none', async () => {
    const limiter = createRateLimiter({ capacity: 2, windowMs: 60_000, now: () => 0 });
    const pipeline = createPipeline(martinBot(), { rateLimiter: limiter });
    const anonymous = async (platform: 'slack' | 'discord') =>
      (await pipeline.handle({ audience: 'private', platform, command: 'about', text: '' })).outcome;
    expect([await anonymous('slack'), await anonymous('slack'), await anonymous('slack')]).toEqual([
      'answered',
      'answered',
      'rate_limited',
    ]);
    expect(await anonymous('discord')).toBe('answered');
    // A named user keeps their own allowance.
    expect((await pipeline.handle({ audience: 'private', platform: 'slack', command: 'about', text: '', userId: 'U1' })).outcome).toBe(
      'answered',
    );
  });

  it('given the console or the CLI (one local person, no user id, not among the limited chat platforms), never rate limits', async () => {
    const limiter = createRateLimiter({ capacity: 1, windowMs: 60_000, now: () => 0 });
    const pipeline = createPipeline(martinBot(), { rateLimiter: limiter, limitedPlatforms: ['slack', 'discord'] });
    const outcomes: string[] = [];
    for (let i = 0; i < 3; i++)
      for (const platform of ['console', 'cli'] as const)
        outcomes.push((await pipeline.handle({ audience: 'private', platform, command: 'about', text: '' })).outcome);
    expect(outcomes).toEqual(Array(6).fill('answered'));
  });

  it('shares one allowance across the transports of a platform (gateway and HTTP interactions)', async () => {
    const limiter = createRateLimiter({ capacity: 2, windowMs: 60_000, now: () => 0 });
    const gateway = createPipeline(martinBot(), { rateLimiter: limiter });
    const http = createPipeline(martinBot(), { rateLimiter: limiter });
    await gateway.handle({ audience: 'private', platform: 'discord', command: 'about', text: '', userId: 'D1' });
    await http.handle({ audience: 'private', platform: 'discord', command: 'about', text: '', userId: 'D1' });
    expect((await http.handle({ audience: 'private', platform: 'discord', command: 'about', text: '', userId: 'D1' })).outcome).toBe(
      'rate_limited',
    );
  });

  it('given a limiter that decides later (a shared store), answers by its verdict, with its wait', async () => {
    const verdicts = new Map([
      ['slack:U1', { allowed: true, retryAfterSeconds: 0 }],
      ['slack:U2', { allowed: false, retryAfterSeconds: 7 }],
    ]);
    const asked: string[] = [];
    const shared: RateLimiter = {
      take: async (key) => {
        asked.push(key);
        await new Promise((resolve) => setImmediate(resolve));
        return verdicts.get(key)!;
      },
    };
    const pipeline = createPipeline(martinBot(), { rateLimiter: shared });
    expect((await pipeline.handle({ audience: 'private', platform: 'slack', command: 'about', text: '', userId: 'U1' })).outcome).toBe(
      'answered',
    );
    const refused = await pipeline.handle({ audience: 'private', platform: 'slack', command: 'about', text: '', userId: 'U2' });
    expect(refused.outcome).toBe('rate_limited');
    expect(refused.answer.body).toMatch(/wait 7 seconds/);
    expect(asked).toEqual(['slack:U1', 'slack:U2']);
  });

  it('forgets idle users once it tracks many, so memory stays bounded', () => {
    let now = 0;
    const limiter = createRateLimiter({ capacity: 1, windowMs: 10, now: () => now });
    for (let i = 0; i < 10_050; i++) limiter.take(`u${i}`);
    now = 1000;
    limiter.take('late');
    expect(limiter.size).toBeLessThan(100);
  });

  it('given more than 10,000 users who are all still limited, sweeps them at most once a second, not on every question', () => {
    let now = 0;
    const limiter = createRateLimiter({ capacity: 2, windowMs: 60_000, now: () => now });
    for (let i = 0; i < 10_001; i++) limiter.take(`u${i}`);
    expect(limiter.sweeps).toBe(0);
    for (let i = 0; i < 5_000; i++) limiter.take(`v${i}`);
    // One sweep found nothing to forget (every bucket is still short of a token) ...
    expect(limiter.sweeps).toBe(1);
    expect(limiter.size).toBe(15_001);
    // ... and the next one waits a second.
    now = 999;
    limiter.take('w');
    expect(limiter.sweeps).toBe(1);
    now = 1000;
    limiter.take('w');
    expect(limiter.sweeps).toBe(2);
  });
});

describe('privacy, owned by the pipeline', () => {
  const phone = '351-8800';
  it('given a public audience, answers without the private fields; a private one keeps them', async () => {
    const pipeline = createPipeline(martinBot(), { privateFields: ['basics.phone'] });
    const mine = (await pipeline.handle({ platform: 'slack', audience: 'private', command: 'contact', text: '' })).answer;
    const theirs = (await pipeline.handle({ platform: 'slack', audience: 'public', command: 'contact', text: '' })).answer;
    expect(JSON.stringify(mine)).toContain(phone);
    expect(JSON.stringify(theirs)).not.toContain(phone);
    expect(theirs.fields.map((f) => f.label)).toContain('Email');
  });

  it('given a lookup (a surface that is not a question), keeps privacy and the allowlist, but neither counts nor logs it', async () => {
    const { lines, logger } = capture();
    const limiter = createRateLimiter({ capacity: 1, windowMs: 60_000, now: () => 0 });
    const pipeline = createPipeline(martinBot(), {
      logger: logger('info'),
      rateLimiter: limiter,
      access: { slack: ['T1'] },
      privateFields: ['basics.phone'],
    });
    const home = (tenantId: string) =>
      pipeline.lookup({ platform: 'slack', audience: 'public', command: 'contact', text: '', userId: 'U1', tenantId });
    expect([home('T1'), home('T1')].map((a) => a.kind)).toEqual(['result', 'result']);
    expect(JSON.stringify(home('T1'))).not.toContain(phone);
    expect(home('T2').kind).toBe('refusal');
    expect(lines).toEqual([]);
    expect(
      (await pipeline.handle({ platform: 'slack', audience: 'private', command: 'about', text: '', userId: 'U1', tenantId: 'T1' })).outcome,
    ).toBe('answered');
  });
});

describe('privacy', () => {
  it('given the default private fields, a public copy of /contact has no phone number anywhere', () => {
    const bot = martinBot();
    const contact = bot.answer({ platform: 'slack', command: 'contact', text: '' });
    expect(JSON.stringify(contact)).toContain('351-8800');
    const shared = publicView(contact, ['basics.phone'], bot.resume);
    expect(JSON.stringify(shared)).not.toContain('351-8800');
    expect(shared.fields.map((f) => f.label)).toContain('Email');
  });
  it('given no private fields, the public copy is the answer', () => {
    const bot = martinBot();
    const about = bot.answer({ platform: 'slack', command: 'about', text: '' });
    expect(publicView(about, [], bot.resume)).toBe(about);
  });
});

describe('privacy, when the private value also appears in other text', () => {
  it('given the résumé, scrubs the private value from every string of a public copy', async () => {
    const { parseResume } = await import('../../src/resume/load.js');
    const resume = parseResume(
      { basics: { name: 'Ada', phone: '+44 20 7946 0000', summary: 'Call me on +44 20 7946 0000 any time.' } },
      'r.json',
    );
    const { createBot } = await import('../../src/core/bot.js');
    const { emptyAliases } = await import('../../src/query/aliases.js');
    const about = createBot({ resume, aliases: emptyAliases }).answer({ platform: 'slack', command: 'about', text: '' });
    expect(about.body).toContain('7946');
    const shared = publicView(about, ['basics.phone'], resume);
    expect(JSON.stringify(shared)).not.toContain('7946');
    expect(shared.body).toBe('Call me on (private) any time.');
  });

  it('given a reloaded résumé (a new version) or other private fields, scrubs the values they hold, not those read before', async () => {
    const { parseResume } = await import('../../src/resume/load.js');
    const version = (phone: string) =>
      parseResume(
        { basics: { name: 'Ada', phone, email: 'ada@example.com', summary: `Call ${phone} or write to ada@example.com.` } },
        'r.json',
      );
    const { createBot } = await import('../../src/core/bot.js');
    const { emptyAliases } = await import('../../src/query/aliases.js');
    const aboutOf = (resume: ReturnType<typeof version>) =>
      createBot({ resume, aliases: emptyAliases }).answer({ platform: 'slack', command: 'about', text: '' });
    const before = version('+44 20 7946 0000');
    expect(publicView(aboutOf(before), ['basics.phone'], before).body).toBe('Call (private) or write to ada@example.com.');
    const after = version('+44 20 7946 1111');
    expect(publicView(aboutOf(after), ['basics.phone'], after).body).toBe('Call (private) or write to ada@example.com.');
    expect(publicView(aboutOf(after), ['basics.phone', 'basics.email'], after).body).toBe('Call (private) or write to (private).');
  });
});
