import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, ensureBuilt, ROOT, sandbox, type Sandbox } from './run.js';

let box: Sandbox;
beforeAll(() => {
  ensureBuilt();
  box = sandbox();
});
afterAll(() => box.remove());

const QUESTIONS = [
  '/experience netflix',
  '/skills k8s',
  '/projects flamescope',
  'where did he study?',
  '/experience 2015',
  '/contact',
  '/experience google',
];

/** The CLI's debug line says whether it started from the cache. */
function cacheUse(stderr: string): string | undefined {
  return /"event":"cli_start","cache":"(\w+)"/.exec(stderr)?.[1];
}

// The CLI remembers the last validated résumé to start fast; it must never serve a stale one.
describe('resume-bot startup cache', () => {
  it('given a second run with nothing changed, starts from the cache and answers exactly as a validated start', () => {
    const env = { LOG_LEVEL: 'debug' };
    const input = `${QUESTIONS.join('\n')}\n`;
    const first = ask(box, ['--json'], { input, env });
    const second = ask(box, ['--json'], { input, env });
    const uncached = ask(box, ['--json'], { input, env: { ...env, RESUME_BOT_CACHE_DIR: 'off' } });
    expect(cacheUse(first.stderr)).toBe('miss');
    expect(cacheUse(second.stderr)).toBe('hit');
    expect(cacheUse(uncached.stderr)).toBe('off');
    expect(readdirSync(box.cacheDir).filter((name) => name.endsWith('.json'))).not.toEqual([]);
    expect(second.stdout).toBe(uncached.stdout);
    expect(first.stdout).toBe(uncached.stdout);
  });

  it('given the résumé changed since it was cached, serves the new one', () => {
    const file = join(box.dir, 'changing.json');
    const original = readFileSync(join(ROOT, 'data', 'resume.json'), 'utf8');
    writeFileSync(file, original);
    expect(ask(box, ['/experience netflix'], { env: { RESUME_FILE: file } }).stdout).toContain('at Netflix');
    writeFileSync(file, original.replaceAll('Netflix', 'Initech'));
    const after = ask(box, ['--json', '/experience initech'], { env: { RESUME_FILE: file, LOG_LEVEL: 'debug' } });
    expect(cacheUse(after.stderr)).toBe('miss');
    expect(after.stdout).toContain('Performance Architect at Initech');
  });

  it('given the résumé broke since it was cached, refuses to start like the first time', () => {
    const file = join(box.dir, 'breaking.json');
    const original = readFileSync(join(ROOT, 'data', 'resume.json'), 'utf8');
    writeFileSync(file, original);
    expect(ask(box, ['/about'], { env: { RESUME_FILE: file } }).status).toBe(0);
    writeFileSync(file, original.replace('"startDate": "2021-11"', '"startDate": "2021-11-31"'));
    const broken = ask(box, ['/about'], { env: { RESUME_FILE: file } });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('work[0].startDate');
  });

  it('given a setting changed since it was cached, validates again', () => {
    expect(ask(box, ['/about'], {}).status).toBe(0);
    const broken = ask(box, ['/about'], { env: { MAX_QUERY_LENGTH: '5' } });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('MAX_QUERY_LENGTH');
  });

  it('keys the cache on every setting the schemas read, platforms included: a changed platform setting validates again', () => {
    expect(ask(box, ['/about'], {}).status).toBe(0);
    const broken = ask(box, ['/about'], { env: { DISCORD_SHARDS: 'none' } });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('DISCORD_SHARDS');
  });

  it('never writes a token into the cache', () => {
    const secret = 'xoxb-cache-must-not-hold-this';
    const result = ask(box, ['/about'], { env: { SLACK_BOT_TOKEN: secret, SLACK_SIGNING_SECRET: 'shh-signing-secret' } });
    expect(result.status).toBe(0);
    const files = readdirSync(box.cacheDir).filter((name) => name.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const cache = readFileSync(join(box.cacheDir, name), 'utf8');
      expect(cache).not.toContain(secret);
      expect(cache).not.toContain('shh-signing-secret');
    }
  });
});

describe('resume-bot startup cache with several configurations', () => {
  it('given two résumés used in turn, keeps both warm instead of evicting each other', () => {
    const other = join(box.dir, 'other.json');
    writeFileSync(other, readFileSync(join(ROOT, 'data', 'resume.json'), 'utf8').replaceAll('Netflix', 'Initech'));
    const env = { LOG_LEVEL: 'debug' };
    ask(box, ['/about'], { env });
    ask(box, ['/about'], { env: { ...env, RESUME_FILE: other } });
    expect(cacheUse(ask(box, ['/about'], { env }).stderr)).toBe('hit');
    expect(cacheUse(ask(box, ['/about'], { env: { ...env, RESUME_FILE: other } }).stderr)).toBe('hit');
  });
});
