import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/app/platforms.js';
import { ConfigError, type Config } from '../../src/config/config.js';
import type { Env, SettingsGroup } from '../../src/config/fields.js';
import { discordSettings } from '../../src/discord/settings.js';
import { slackSettings } from '../../src/slack/settings.js';
import { webSettings } from '../../src/web/settings.js';

/** Every setting of `env`: the shared ones (config.ts) and each platform's own group, validated together as at start. */
function loadConfig(env: Env) {
  const { config } = loadSettings(env);
  const settingsOf = <S>(group: SettingsGroup<S>): S => {
    const read = group.read(env);
    if (!read.ok) throw new ConfigError(read.problems);
    return read.settings;
  };
  return { ...config, slack: settingsOf(slackSettings), discord: settingsOf(discordSettings), web: settingsOf(webSettings) };
}

/** The problems the settings report for `env`; fails the test when they accept it. */
function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadSettings(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
}

const PUBLIC_KEY = 'a'.repeat(64);
const slack = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'shh' };
const discord = { DISCORD_TOKEN: 'token.part.two', DISCORD_APPLICATION_ID: '1234567890123456789' };

describe('defaults', () => {
  it('given an empty environment, runs the console only, with every documented default', () => {
    const config: Config = loadConfig({});
    expect(config).toEqual({
      resumeFile: 'data/resume.json',
      resumeDir: null,
      aliasesFile: 'data/aliases.json',
      reload: true,
      privateFields: ['basics.phone', 'references'],
      maxQueryLength: 300,
      rateLimit: { requests: 10, windowSeconds: 10 },
      logLevel: 'info',
      host: '0.0.0.0',
      port: 3000,
      requestTimeoutMs: 5000,
      shutdown: { drainMs: 3500, timeoutMs: 4800 },
      redisUrl: null,
      redisCommandTimeoutMs: 250,
      publicUrl: undefined,
      locale: 'en',
      slack: null,
      discord: null,
      web: { page: 'auto', requestsPerMinute: 120, trustProxy: false },
    });
  });

  it('given variables set to "" (NAME= copied from .env.example), uses the defaults', () => {
    const empty = Object.fromEntries(
      [
        'RESUME_FILE',
        'ALIASES_FILE',
        'RESUME_RELOAD',
        'MAX_QUERY_LENGTH',
        'RATE_LIMIT_REQUESTS',
        'RATE_LIMIT_WINDOW_SECONDS',
        'LOG_LEVEL',
        'HOST',
        'PORT',
        'SLACK_BOT_TOKEN',
        'SLACK_SIGNING_SECRET',
        'SLACK_APP_TOKEN',
        'SLACK_API_URL',
        'SLACK_ALLOWED_TEAMS',
        'DISCORD_TOKEN',
        'DISCORD_APPLICATION_ID',
        'DISCORD_PUBLIC_KEY',
        'DISCORD_GUILD_ID',
        'DISCORD_API_URL',
        'DISCORD_ALLOWED_GUILDS',
        'WEB',
        'PUBLIC_URL',
        'WEB_RATE_LIMIT_PER_MINUTE',
        'REDIS_URL',
        'DISCORD_SHARDS',
        'WEB_TRUST_PROXY',
      ].map((k) => [k, '']),
    );
    expect(loadConfig(empty)).toEqual(loadConfig({}));
  });

  it('given PRIVATE_FIELDS set but empty, makes nothing private (unset keeps the phone private)', () => {
    expect(loadConfig({ PRIVATE_FIELDS: '' }).privateFields).toEqual([]);
  });

  it('ignores variables it does not know', () => {
    expect(loadConfig({ PATH: '/usr/bin', HOME: '/root' }).port).toBe(3000);
  });
});

describe('values', () => {
  it('given every setting, reads each into its place', () => {
    const config = loadConfig({
      RESUME_FILE: ' me.json ',
      ALIASES_FILE: 'aliases.json',
      RESUME_RELOAD: 'off',
      PRIVATE_FIELDS: 'basics.phone, basics.email',
      MAX_QUERY_LENGTH: '500',
      RATE_LIMIT_REQUESTS: '5',
      RATE_LIMIT_WINDOW_SECONDS: '60',
      LOG_LEVEL: 'DEBUG',
      HOST: '127.0.0.1',
      PORT: '0',
      HTTP_REQUEST_TIMEOUT_MS: '9000',
      SHUTDOWN_DRAIN_MS: '20000',
      SHUTDOWN_TIMEOUT_MS: '28000',
      REDIS_URL: ' redis://:secret@127.0.0.1:6380/2 ',
      REDIS_COMMAND_TIMEOUT_MS: '1000',
      ...slack,
      SLACK_APP_TOKEN: 'xapp-1-A-1-abc',
      SLACK_API_URL: 'http://127.0.0.1:9999/api/',
      SLACK_ALLOWED_TEAMS: 'T1, T2,,',
      ...discord,
      DISCORD_PUBLIC_KEY: PUBLIC_KEY,
      DISCORD_GUILD_ID: '42',
      DISCORD_API_URL: 'http://127.0.0.1:8080/api/',
      DISCORD_ALLOWED_GUILDS: ' 42 ,43',
      WEB: 'yes',
      PUBLIC_URL: 'https://cv.example.com/',
      WEB_RATE_LIMIT_PER_MINUTE: '30',
      DISCORD_SHARDS: '4',
      WEB_TRUST_PROXY: 'true',
      LOCALE: 'pt-BR',
    });
    expect(config).toEqual({
      resumeFile: 'me.json',
      resumeDir: null,
      aliasesFile: 'aliases.json',
      reload: false,
      privateFields: ['basics.phone', 'basics.email'],
      maxQueryLength: 500,
      rateLimit: { requests: 5, windowSeconds: 60 },
      logLevel: 'debug',
      host: '127.0.0.1',
      port: 0,
      requestTimeoutMs: 9000,
      shutdown: { drainMs: 20_000, timeoutMs: 28_000 },
      redisUrl: 'redis://:secret@127.0.0.1:6380/2',
      redisCommandTimeoutMs: 1000,
      slack: {
        botToken: 'xoxb-1-2-abc',
        signingSecret: 'shh',
        appToken: 'xapp-1-A-1-abc',
        apiUrl: 'http://127.0.0.1:9999/api',
        allowedTeams: ['T1', 'T2'],
      },
      discord: {
        token: 'token.part.two',
        applicationId: '1234567890123456789',
        publicKey: PUBLIC_KEY,
        guildId: '42',
        apiUrl: 'http://127.0.0.1:8080/api',
        allowedGuilds: ['42', '43'],
        shards: 4,
      },
      publicUrl: 'https://cv.example.com',
      locale: 'pt-BR',
      web: { page: true, requestsPerMinute: 30, trustProxy: true },
    });
  });

  it('reads WEB as true, false or auto (unset), and refuses anything else by name', () => {
    expect(loadConfig({ WEB: 'off' }).web.page).toBe(false);
    expect(loadConfig({ WEB: 'auto' }).web.page).toBe('auto');
    expect(() => loadConfig({ WEB: 'sometimes' })).toThrow(/WEB must be true, false or auto/);
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://x' })).toThrow(/PUBLIC_URL must be an http\(s\) URL/);
  });

  it('given SLACK_API_URL with spaces or trailing slashes, normalises it to one base without a trailing slash', () => {
    expect(loadConfig({ ...slack, SLACK_API_URL: '  https://slack.example.gov/api//  ' }).slack?.apiUrl).toBe(
      'https://slack.example.gov/api',
    );
    expect(loadConfig({ ...slack, SLACK_API_URL: 'https://slack.com/api' }).slack?.apiUrl).toBe('https://slack.com/api');
    expect(loadConfig({ ...slack }).slack?.apiUrl).toBeUndefined();
  });

  it('reads booleans written any of the usual ways, in any case', () => {
    for (const yes of ['true', 'TRUE', '1', 'yes', 'On']) expect(loadConfig({ RESUME_RELOAD: yes }).reload, yes).toBe(true);
    for (const no of ['false', 'False', '0', 'no', 'OFF']) expect(loadConfig({ RESUME_RELOAD: no }).reload, no).toBe(false);
  });

  it('given only HTTP interactions for Discord (a public key), configures Discord without a gateway token', () => {
    expect(loadConfig({ DISCORD_PUBLIC_KEY: PUBLIC_KEY }).discord).toEqual({
      token: undefined,
      applicationId: undefined,
      publicKey: PUBLIC_KEY,
      guildId: undefined,
      apiUrl: undefined,
      allowedGuilds: [],
      shards: 'auto',
    });
  });

  it('given DISCORD_SHARDS auto (any case) or unset, lets Discord recommend the count', () => {
    for (const value of [undefined, '', 'auto', 'AUTO'])
      expect(loadConfig({ ...discord, DISCORD_SHARDS: value }).discord?.shards, String(value)).toBe('auto');
  });
});

describe('half-set platforms', () => {
  it('given SLACK_BOT_TOKEN without SLACK_SIGNING_SECRET, names SLACK_SIGNING_SECRET', () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1' })).toEqual(['SLACK_SIGNING_SECRET is missing: Slack needs it to verify every request']);
  });

  it('given SLACK_SIGNING_SECRET without SLACK_BOT_TOKEN, names SLACK_BOT_TOKEN', () => {
    expect(problemsOf({ SLACK_SIGNING_SECRET: 'shh' })).toEqual([
      'SLACK_BOT_TOKEN is missing: Slack settings are present but the bot token (xoxb-…) is not',
    ]);
  });

  it('given SLACK_APP_TOKEN alone, names both variables it still needs', () => {
    expect(problemsOf({ SLACK_APP_TOKEN: 'xapp-1' })).toEqual([
      'SLACK_BOT_TOKEN is missing: Slack settings are present but the bot token (xoxb-…) is not',
      'SLACK_SIGNING_SECRET is missing: Slack needs it to verify every request',
    ]);
  });

  it('given an app token that is not an app-level token, says what it must start with', () => {
    expect(problemsOf({ ...slack, SLACK_APP_TOKEN: 'xoxb-wrong-kind' })).toEqual([
      'SLACK_APP_TOKEN must be an app-level token starting with "xapp-" (Socket Mode)',
    ]);
  });

  it('given DISCORD_TOKEN without DISCORD_APPLICATION_ID, names DISCORD_APPLICATION_ID', () => {
    expect(problemsOf({ DISCORD_TOKEN: 't' })).toEqual(['DISCORD_APPLICATION_ID is missing: it is required with DISCORD_TOKEN']);
  });

  it('given DISCORD_APPLICATION_ID alone, names DISCORD_TOKEN', () => {
    expect(problemsOf({ DISCORD_APPLICATION_ID: '123' })).toEqual([
      'DISCORD_TOKEN is missing: DISCORD_APPLICATION_ID is set, but neither DISCORD_TOKEN nor DISCORD_PUBLIC_KEY is',
    ]);
  });

  it('given DISCORD_GUILD_ID without a token, names DISCORD_TOKEN', () => {
    expect(problemsOf({ DISCORD_GUILD_ID: '42' })).toEqual([
      'DISCORD_TOKEN is missing: DISCORD_GUILD_ID is set, but there is no bot token to register commands or connect with',
    ]);
  });

  it('given a DISCORD_PUBLIC_KEY that is not 64 hex characters, names it', () => {
    for (const key of ['abc', 'g'.repeat(64), 'a'.repeat(63), `${'a'.repeat(64)}0`]) {
      expect(problemsOf({ ...discord, DISCORD_PUBLIC_KEY: key }), key).toEqual([
        "DISCORD_PUBLIC_KEY must be the 64 hex characters shown on the application's General Information page",
      ]);
    }
  });

  it('given Discord ids that are not digits (a placeholder left in .env), names each', () => {
    expect(problemsOf({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: 'your-app-id', DISCORD_GUILD_ID: '12 34' })).toEqual([
      'DISCORD_APPLICATION_ID must be a Discord id (digits only, e.g. 1234567890123456789), not "your-app-id"',
      'DISCORD_GUILD_ID must be a Discord id (digits only, e.g. 1234567890123456789), not "12 34"',
    ]);
  });

  it('given both platforms half-set, reports every problem at once', () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1', DISCORD_TOKEN: 't' })).toEqual([
      'SLACK_SIGNING_SECRET is missing: Slack needs it to verify every request',
      'DISCORD_APPLICATION_ID is missing: it is required with DISCORD_TOKEN',
    ]);
  });
});

describe('bad values', () => {
  it('given a PORT that is not a whole number in range, names PORT and the value', () => {
    for (const port of ['abc', '80.5', '0x50', '1e3', '-1', '65536', '30 00']) {
      expect(problemsOf({ PORT: port }), port).toEqual([`PORT must be a whole number from 0 to 65535, not ${JSON.stringify(port)}`]);
    }
    expect(loadConfig({ PORT: ' 8080 ' }).port).toBe(8080);
  });

  it('given an unknown LOG_LEVEL, names it and lists the levels', () => {
    expect(problemsOf({ LOG_LEVEL: 'verbose' })).toEqual(['LOG_LEVEL must be one of debug, info, warn, error, silent, not "verbose"']);
  });

  it('given a boolean it cannot read, names the variable and the accepted spellings', () => {
    expect(problemsOf({ RESUME_RELOAD: 'maybe' })).toEqual(['RESUME_RELOAD must be true or false (or 1/0, yes/no, on/off), not "maybe"']);
  });

  it('given limits out of range, names each with its bounds', () => {
    expect(problemsOf({ MAX_QUERY_LENGTH: '5', RATE_LIMIT_REQUESTS: '0', RATE_LIMIT_WINDOW_SECONDS: 'ten' })).toEqual([
      'MAX_QUERY_LENGTH must be a whole number from 10 to 3000, not "5"',
      'RATE_LIMIT_REQUESTS must be a whole number from 1 to 100000, not "0"',
      'RATE_LIMIT_WINDOW_SECONDS must be a whole number from 1 to 86400, not "ten"',
    ]);
  });

  it('given a shutdown drain no shorter than the shutdown timeout, names both (set, or one set against the other default)', () => {
    const problem = (drain: number, timeout: number) =>
      `SHUTDOWN_DRAIN_MS (${drain}) must be shorter than SHUTDOWN_TIMEOUT_MS (${timeout}): the drain must end before the process gives up on stopping`;
    expect(problemsOf({ SHUTDOWN_DRAIN_MS: '5000', SHUTDOWN_TIMEOUT_MS: '5000' })).toEqual([problem(5000, 5000)]);
    expect(problemsOf({ SHUTDOWN_DRAIN_MS: '6000' })).toEqual([problem(6000, 4800)]);
    expect(problemsOf({ SHUTDOWN_TIMEOUT_MS: '2000' })).toEqual([problem(3500, 2000)]);
    expect(problemsOf({ SHUTDOWN_TIMEOUT_MS: 'soon' })).toEqual([
      'SHUTDOWN_TIMEOUT_MS must be a whole number from 1 to 600000, not "soon"',
    ]);
    expect(loadConfig({ SHUTDOWN_DRAIN_MS: '0', SHUTDOWN_TIMEOUT_MS: '1' }).shutdown).toEqual({ drainMs: 0, timeoutMs: 1 });
  });

  it('given an API URL that is not http(s), names the variable and shows an example', () => {
    expect(problemsOf({ ...slack, SLACK_API_URL: 'slack.com/api', DISCORD_API_URL: 'ftp://discord.com/api' })).toEqual([
      'SLACK_API_URL must be an http(s) URL such as https://slack.com/api/, not "slack.com/api"',
      'DISCORD_API_URL must be an http(s) URL such as https://discord.com/api, not "ftp://discord.com/api"',
    ]);
  });

  it('given a REDIS_URL that is not a Redis URL, names it without echoing the value (it may hold a password)', () => {
    for (const bad of ['127.0.0.1:6379', 'http://127.0.0.1:6379', 'redis://', 'redis://:hunter2@']) {
      const problems = problemsOf({ REDIS_URL: bad });
      expect(problems, bad).toEqual(['REDIS_URL must be a Redis URL such as redis://127.0.0.1:6379 or rediss://user:password@host:6380/0']);
    }
    expect(loadConfig({ REDIS_URL: 'rediss://user:pw@cache.internal:6380/0' }).redisUrl).toBe('rediss://user:pw@cache.internal:6380/0');
  });

  it('given DISCORD_SHARDS that is neither auto nor a count, names it', () => {
    expect(problemsOf({ ...discord, DISCORD_SHARDS: '0' })).toEqual([
      'DISCORD_SHARDS must be auto or a whole number of shards from 1 to 1000, not "0"',
    ]);
    expect(problemsOf({ ...discord, DISCORD_SHARDS: 'two' })).toEqual([
      'DISCORD_SHARDS must be auto or a whole number of shards from 1 to 1000, not "two"',
    ]);
  });

  it('puts every problem in the error message, one per line, under one heading', () => {
    try {
      loadSettings({ PORT: 'x', SLACK_BOT_TOKEN: 'xoxb-1' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toBe(
        'invalid configuration\n  - PORT must be a whole number from 0 to 65535, not "x"\n  - SLACK_SIGNING_SECRET is missing: Slack needs it to verify every request',
      );
    }
  });
});
