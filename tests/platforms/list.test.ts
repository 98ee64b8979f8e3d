/**
 * The app knows platforms only through their contract (src/platform/contract.ts): a new one is
 * a definition in its own folder and one line in the list. Here a made-up platform, defined the
 * way Slack and Discord are, is configured from its own variables, started by the server with
 * the shared context, serves on the shared HTTP server and is stopped with it.
 */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { loadSettings, PLATFORMS, serves, settingsVariables } from '../../src/app/platforms.js';
import { loadApp } from '../../src/app/load.js';
import { startServer } from '../../src/app/server.js';
import { ConfigError } from '../../src/config/config.js';
import { list, optionalText, settingsGroup } from '../../src/config/fields.js';
import { createLogger } from '../../src/core/log.js';
import { definePlatform, type PlatformContext } from '../../src/platform/contract.js';

interface ChatSettings {
  token: string;
  rooms: string[];
}

/** A chat platform in the making: one token enables it; it answers GET /chat/ping on the shared server. */
function chatPlatform(seen: { contexts: PlatformContext[]; stopped: number }) {
  return definePlatform({
    name: 'chat',
    settings: settingsGroup(
      { CHAT_TOKEN: optionalText, CHAT_ALLOWED_ROOMS: list, CHAT_MODE: z.enum(['a', 'b']).optional() },
      (env): ChatSettings | null => (env.CHAT_TOKEN ? { token: env.CHAT_TOKEN, rooms: env.CHAT_ALLOWED_ROOMS } : null),
      {
        check: (raw) => (raw.CHAT_ALLOWED_ROOMS && !raw.CHAT_TOKEN ? ['CHAT_TOKEN is missing: CHAT_ALLOWED_ROOMS is set without it'] : []),
      },
    ),
    paths: () => ['/chat/ping'],
    allowlist: (settings) => settings.rooms,
    async start(_settings, context) {
      seen.contexts.push(context);
      context.http.route('GET', '/chat/ping', (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('pong\n');
      });
      return { description: 'chat (test)', stop: async () => void (seen.stopped += 1) };
    },
  });
}

describe('the list of platforms', () => {
  it('names each platform once, and no two platforms read the same variable', () => {
    const names = PLATFORMS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    const variables = settingsVariables();
    expect(new Set(variables).size).toBe(variables.length);
  });

  it('given no platform settings, configures no platform that serves on its own: the console it is', () => {
    expect(serves(loadSettings({}).platforms)).toBe(false);
  });

  it('given a new platform in the list, reads its variables with the others and names its problems in the same error', () => {
    const chat = chatPlatform({ contexts: [], stopped: 0 });
    expect(settingsVariables([chat])).toEqual(expect.arrayContaining(['RESUME_FILE', 'CHAT_TOKEN', 'CHAT_ALLOWED_ROOMS']));
    expect(loadSettings({}, [chat]).platforms).toEqual([]);
    const configured = loadSettings({ CHAT_TOKEN: 't', CHAT_ALLOWED_ROOMS: 'r1, r2' }, [chat]).platforms;
    expect(configured.map((p) => [p.name, p.allowlist, p.paths])).toEqual([['chat', ['r1', 'r2'], ['/chat/ping']]]);
    expect(serves(configured)).toBe(true);
    try {
      loadSettings({ PORT: 'x', CHAT_ALLOWED_ROOMS: 'r1', CHAT_MODE: 'c' }, [chat]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems[0]).toMatch(/^PORT /);
      expect(problems.slice(1)).toEqual([
        expect.stringMatching(/^CHAT_MODE /),
        'CHAT_TOKEN is missing: CHAT_ALLOWED_ROOMS is set without it',
      ]);
    }
  });

  it('given a new platform configured, the server starts it with the shared context, serves its path, logs its description and stops it', async () => {
    const seen = { contexts: [] as PlatformContext[], stopped: 0 };
    const chat = chatPlatform(seen);
    const lines: string[] = [];
    const base = loadApp({ env: { LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: '0', RESUME_RELOAD: 'false' } });
    const app = {
      ...base,
      logger: createLogger('info', (line) => lines.push(line)),
      ...loadSettings({ CHAT_TOKEN: 't', HOST: '127.0.0.1', PORT: '0' }, [chat]),
      serves: true,
    };
    const server = await startServer(app);
    try {
      expect(seen.contexts).toHaveLength(1);
      expect(seen.contexts[0]!.pipeline).toBe(app.pipeline);
      expect(seen.contexts[0]!.address).toEqual(server.address);
      const res = await fetch(`http://127.0.0.1:${server.address!.port}/chat/ping`, { headers: { connection: 'close' } });
      expect(await res.text()).toBe('pong\n');
      expect(
        lines.map((l) => JSON.parse(l) as { event: string; platforms?: string[] }).find((l) => l.event === 'started')?.platforms,
      ).toEqual(['chat (test)']);
    } finally {
      await server.stop();
    }
    expect(seen.stopped).toBe(1);
  });
});
