import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, CLI, ensureBuilt, FORBID, sandbox, type Sandbox } from './run.js';

let box: Sandbox;
beforeAll(() => {
  ensureBuilt();
  box = sandbox();
});
afterAll(() => box.remove());

// The Redis client (REDIS_URL) is server-only too.
const PLATFORM_PACKAGES = '@slack/bolt,@slack/web-api,@slack/socket-mode,discord.js,@discordjs/rest,@discordjs/ws,ioredis';

// The packages are made unloadable: if the CLI touched one, it would crash instead of answering.
describe('what the CLI loads', () => {
  it('never loads Bolt, discord.js or the Redis client, on a cold start or a warm one', () => {
    const forbid = { node: ['--import', FORBID], env: { FORBID_MODULES: PLATFORM_PACKAGES, RESUME_BOT_CACHE_DIR: 'off' } };
    const cold = ask(box, ['--json', '/experience netflix'], forbid);
    expect(cold.stderr).toBe('');
    expect(cold.status).toBe(0);
    ask(box, ['/about']);
    const warm = ask(box, ['--json', '/experience netflix'], { ...forbid, env: { ...forbid.env, RESUME_BOT_CACHE_DIR: box.cacheDir } });
    expect(warm.status).toBe(0);
    expect(warm.stdout).toBe(cold.stdout);
  });

  it('given a warm cache, answers without loading the validators (zod) or dotenv at all', () => {
    ask(box, ['/about']);
    const warm = ask(box, ['--json', '/skills kafka'], {
      node: ['--import', FORBID],
      env: { FORBID_MODULES: `zod,dotenv,${PLATFORM_PACKAGES}` },
    });
    expect(warm.stderr).toBe('');
    expect(warm.status).toBe(0);
    expect(warm.stdout).toContain('"title":"Kafka"');
  });

  it('bundles none of zod: a module the bundle inlines would build every schema on each start, past the guard above', () => {
    const bundle = readFileSync(join(dirname(CLI), 'main.bundle.cjs'), 'utf8');
    expect(bundle).toContain('// dist/src/cli/main.js');
    expect(bundle).not.toContain('node_modules/zod/');
  });

  it('writes the bundle in ASCII, so V8 keeps its source (in every start-up snapshot) one byte a character, not two', () => {
    const bundle = readFileSync(join(dirname(CLI), 'main.bundle.cjs'), 'utf8');
    expect(bundle).toContain('\\u2019');
    expect([...bundle].filter((c) => c.charCodeAt(0) > 0x7f)).toEqual([]);
  });

  it('proves the guard works: a cold start needs zod and fails without it', () => {
    const cold = ask(box, ['/about'], { node: ['--import', FORBID], env: { FORBID_MODULES: 'zod', RESUME_BOT_CACHE_DIR: 'off' } });
    expect(cold.status).not.toBe(0);
    expect(cold.stderr).toContain('forbidden module loaded: zod');
  });
});
