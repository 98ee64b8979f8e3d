/** A server's start: told that it serves before any résumé is read, and never started from the console's cache. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadApp } from '../../src/app/load.js';
import { loadAppCached } from '../../src/app/startup-cache.js';
import { ResumeFileError } from '../../src/resume/load.js';

const slack = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret', LOG_LEVEL: 'silent' };

const made: string[] = [];
const cacheDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'server-start-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('starting a server', () => {
  it('given settings that serve, says so before the résumé is read (a broken résumé fails after)', () => {
    const told: boolean[] = [];
    expect(() => loadApp({ env: { ...slack, RESUME_FILE: 'nowhere.json' }, beforeResumes: (serves) => told.push(serves) })).toThrow(
      ResumeFileError,
    );
    expect(told).toEqual([true]);
  });

  it('given settings that do not serve, says that once too', () => {
    const told: boolean[] = [];
    loadApp({ env: { LOG_LEVEL: 'silent' }, beforeResumes: (serves) => told.push(serves) });
    expect(told).toEqual([false]);
  });

  it('given a current cache entry for settings that serve, validates in full and answers as the cache would', async () => {
    const env = { ...slack, RESUME_BOT_CACHE_DIR: cacheDir() };
    expect((await loadAppCached(env)).cache).toBe('miss');
    const cached = await loadAppCached(env);
    expect(cached.cache).toBe('hit');
    expect(cached.app).toBeNull();

    const told: boolean[] = [];
    const server = await loadAppCached(env, 'info', { beforeResumes: (serves) => told.push(serves) });
    expect(told).toEqual([true]);
    expect(server.serves).toBe(true);
    expect(server.app?.config.port).toBeTypeOf('number');
    const about = { audience: 'private', platform: 'slack', command: 'about', text: '', userId: 'U1', tenantId: 'T1' } as const;
    expect((await server.pipeline.handle(about)).answer).toEqual((await cached.pipeline.handle(about)).answer);
  });

  it('given a current cache entry for the console, starts from it and says it does not serve', async () => {
    const env = { LOG_LEVEL: 'silent', RESUME_BOT_CACHE_DIR: cacheDir() };
    await loadAppCached(env);
    const told: boolean[] = [];
    const opened = await loadAppCached(env, 'warn', { beforeResumes: (serves) => told.push(serves) });
    expect(told).toEqual([false]);
    expect(opened.cache).toBe('hit');
    expect(opened.app).toBeNull();
  });
});
