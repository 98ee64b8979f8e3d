/**
 * The committed Slack manifest is generated from the command registry: it must match
 * what `npm run manifest:slack` would write today, and satisfy Slack's manifest rules.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../cli/run.js';
import { commands } from '../../commands/index.js';
import { appName, BOT_EVENTS, BOT_SCOPES, buildManifest, manifestProblems, UPLOAD_SCOPE } from '../../src/slack/manifest.js';
import { generateManifest, MANIFEST_FILE, manifestText } from '../../src/slack/write-manifest.js';

type Manifest = ReturnType<typeof buildManifest>;
const committed = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as Manifest;
const slash = commands.filter((c) => c.data.slash).map((c) => c.data);

describe('the Slack app manifest', () => {
  it('is exactly what the generator writes from the registry today (run npm run manifest:slack if not)', () => {
    expect(readFileSync(MANIFEST_FILE, 'utf8')).toBe(manifestText(generateManifest('data/resume.json')));
  });

  it("satisfies Slack's manifest rules", () => {
    expect(manifestProblems(committed)).toEqual([]);
  });

  it('lists every slash command of the registry, with its description and usage hint, and nothing else', () => {
    expect(committed.features.slash_commands.map((c) => c.command)).toEqual(slash.map((c) => `/${c.name}`));
    for (const data of slash) {
      const entry = committed.features.slash_commands.find((c) => c.command === `/${data.name}`)!;
      expect(entry.description).toBe(data.description);
      if (data.usageHint) expect(entry.usage_hint).toBe(data.usageHint);
    }
    expect(committed.features.slash_commands.map((c) => c.command)).not.toContain('/help');
  });

  it('asks for exactly the scopes and events the bot uses, with interactivity, Socket Mode and the Home tab on', () => {
    // Socket Mode has no URL Slack could fetch a picture from: the timeline is uploaded (files:write).
    expect(committed.oauth_config.scopes.bot).toEqual([...BOT_SCOPES, UPLOAD_SCOPE]);
    expect(committed.settings.event_subscriptions.bot_events).toEqual([...BOT_EVENTS]);
    expect(committed.settings.interactivity.is_enabled).toBe(true);
    expect(committed.settings.socket_mode_enabled).toBe(true);
    expect(committed.features.app_home.home_tab_enabled).toBe(true);
    expect(committed.features.app_home.messages_tab_enabled).toBe(true);
    expect(committed.display_information.name).toBe('Martin Spier · Résumé');
  });

  it('given a public request URL, produces a valid HTTP-mode manifest with every URL set', () => {
    const url = 'https://bot.example.com/slack/events';
    const http = buildManifest({ personName: 'Martin Spier', commands: commands.map((c) => c.data), requestUrl: url });
    expect(manifestProblems(http)).toEqual([]);
    expect(http.settings.socket_mode_enabled).toBe(false);
    expect(http.settings.event_subscriptions.request_url).toBe(url);
    expect(http.settings.interactivity.request_url).toBe(url);
    expect(http.features.slash_commands.every((c) => c.url === url)).toBe(true);
  });

  it('asks for files:write only where pictures are uploaded: Socket Mode, or HTTP mode without PUBLIC_URL', () => {
    const url = 'https://bot.example.com/slack/events';
    const data = commands.map((c) => c.data);
    expect(buildManifest({ personName: 'M', commands: data, requestUrl: url, uploadsFiles: false }).oauth_config.scopes.bot).toEqual([
      ...BOT_SCOPES,
    ]);
    expect(buildManifest({ personName: 'M', commands: data, requestUrl: url, uploadsFiles: true }).oauth_config.scopes.bot).toContain(
      UPLOAD_SCOPE,
    );
    expect(generateManifest('data/resume.json', url, 'https://bot.example.com').oauth_config.scopes.bot).not.toContain(UPLOAD_SCOPE);
    expect(generateManifest('data/resume.json', url).oauth_config.scopes.bot).toContain(UPLOAD_SCOPE);
    expect(generateManifest('data/resume.json').oauth_config.scopes.bot).toContain(UPLOAD_SCOPE);
  });

  it('given a very long or missing name, keeps the app name within 35 characters', () => {
    expect(appName('Maria Fernanda de Albuquerque Cavalcanti Figueiredo').length).toBeLessThanOrEqual(35);
    expect(appName(undefined)).toBe('Résumé Bot');
    expect(appName('   ')).toBe('Résumé Bot');
    expect(manifestProblems(buildManifest({ personName: 'x'.repeat(200), commands: commands.map((c) => c.data) }))).toEqual([]);
  });

  it.each([
    ['a 36-character name', (m: Manifest) => void (m.display_information.name = 'x'.repeat(36)), /display_information\.name/],
    [
      'a command without its slash',
      (m: Manifest) => void (m.features.slash_commands[0]!.command = 'experience'),
      /slash_commands\.0\.command/,
    ],
    [
      'a 33-character command',
      (m: Manifest) => void (m.features.slash_commands[0]!.command = `/${'x'.repeat(32)}`),
      /slash_commands\.0\.command/,
    ],
    [
      'a missing description',
      (m: Manifest) => Reflect.deleteProperty(m.features.slash_commands[0]!, 'description'),
      /slash_commands\.0\.description/,
    ],
    ['an empty usage hint', (m: Manifest) => void (m.features.slash_commands[0]!.usage_hint = ''), /usage_hint/],
    ['a duplicated command', (m: Manifest) => m.features.slash_commands.push({ ...m.features.slash_commands[0]! }), /listed twice/],
    ['an unknown key', (m: Manifest) => Reflect.set(m.features, 'shortcutz', []), /shortcutz/],
    ['HTTP mode without URLs', (m: Manifest) => Reflect.set(m.settings, 'socket_mode_enabled', false), /request_url: required/],
  ])('given %s, reports it (the check can fail)', (_name, breakIt, problem) => {
    const broken = structuredClone(committed);
    breakIt(broken);
    expect(manifestProblems(broken).join('\n')).toMatch(problem);
  });
});

describe('npm run manifest:slack -- --check', () => {
  // What the npm script runs once it has built (building here would race the other test files).
  const check = (env: Record<string, string>) =>
    spawnSync(process.execPath, [join(ROOT, 'dist', 'src', 'slack', 'write-manifest.js'), '--check'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
      timeout: 30_000,
    });

  it('given the committed manifest matches the registry and the résumé, exits 0 and writes nothing', () => {
    ensureBuilt();
    const before = readFileSync(join(ROOT, MANIFEST_FILE), 'utf8');
    const result = check({ RESUME_FILE: join(ROOT, 'data', 'resume.json') });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(join(ROOT, MANIFEST_FILE), 'utf8')).toBe(before);
  });

  it('given a résumé whose name the committed manifest does not carry, exits 1, says to regenerate, and leaves the file alone', () => {
    ensureBuilt();
    const box = mkdtempSync(join(tmpdir(), 'resume-bot-manifest-'));
    try {
      const resume = join(box, 'resume.json');
      writeFileSync(resume, JSON.stringify({ basics: { name: 'Ada Lovelace' } }));
      const before = readFileSync(join(ROOT, MANIFEST_FILE), 'utf8');
      const result = check({ RESUME_FILE: resume });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`${MANIFEST_FILE} is out of date: run npm run manifest:slack`);
      expect(readFileSync(join(ROOT, MANIFEST_FILE), 'utf8')).toBe(before);
    } finally {
      rmSync(box, { recursive: true, force: true });
    }
  });
});
