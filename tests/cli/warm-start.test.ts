/**
 * What a warm start does, seen from what it loads and reads rather than timed: with no settings
 * beyond the résumé it hashes nothing (node:crypto stays unloaded), checks the validating code by
 * its files' sizes and times, and reads the skills taxonomy only when a question needs it. A
 * rebuild that changes the code validates again; one that changes nothing keeps the entry.
 */
import { appendFileSync, readFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, copyOfPackage, ensureBuilt, FORBID, READS, runNode, sandbox, startReads, type Sandbox } from './run.js';

let box: Sandbox;
beforeAll(() => {
  ensureBuilt();
  box = sandbox();
});
afterAll(() => box.remove());

const read = { node: ['-r', READS] };

/** How the CLI started (its debug line needs LOG_LEVEL, a setting, so these specs read it only where that is fine). */
const cacheUse = (stderr: string): string | undefined => /"event":"cli_start","cache":"(\w+)"/.exec(stderr)?.[1];

describe('a warm start of the CLI', () => {
  it('given no settings, answers without loading node:crypto, reading the validating code or the skills taxonomy', () => {
    const env = { RESUME_BOT_CACHE_DIR: join(box.dir, 'plain') };
    const first = ask(box, ['/experience netflix'], { ...read, env });
    const warm = ask(box, ['/experience netflix'], { ...read, env });
    expect(warm.stdout).toBe(first.stdout);
    expect(warm.stdout).toContain('Performance Architect at Netflix');
    const cold = startReads(first.stderr);
    expect(cold.read.some((file) => file.endsWith(join('resume', 'schema.js')))).toBe(true);
    const { crypto, read: files } = startReads(warm.stderr);
    expect(crypto).toBe(false);
    expect(files.filter((file) => file.endsWith('.js') && !file.includes('launch'))).toEqual([]);
    expect(files.filter((file) => file.includes('taxonomy'))).toEqual([]);
  });

  it('given a setting, keys the cache by its digest: node:crypto is loaded, and the setting is never written', () => {
    const secret = 'xoxb-never-in-the-cache';
    const env = { RESUME_BOT_CACHE_DIR: join(box.dir, 'set'), SLACK_BOT_TOKEN: secret, SLACK_SIGNING_SECRET: 'never-either' };
    expect(ask(box, ['/about'], { env }).status).toBe(0);
    const warm = ask(box, ['/about'], { ...read, env });
    expect(warm.status).toBe(0);
    expect(startReads(warm.stderr).crypto).toBe(true);
    const entries = startReads(warm.stderr).read.filter((file) => file.startsWith(join(box.dir, 'set', 'start-')));
    expect(entries.length).toBe(1);
    for (const file of entries) expect(readFileSync(file, 'utf8')).not.toMatch(/never-in-the-cache|never-either/);
  });
});

describe('a warm start after a rebuild', () => {
  it('given the validating code rebuilt unchanged, starts from the cache, and hashes nothing the time after', () => {
    const pkg = copyOfPackage(box);
    const cli = join(pkg, 'dist', 'src', 'cli', 'launch.cjs');
    const env = { RESUME_BOT_CACHE_DIR: join(box.dir, 'rebuilt-same') };
    runNode(box, cli, ['/about'], { env });
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(pkg, 'dist', 'src', 'resume', 'schema.js'), later, later);
    // Its contents decide: the same code, so the entry stands. Validating needs zod, forbidden here: a miss would fail.
    const after = runNode(box, cli, ['/about'], { node: ['--import', FORBID, ...read.node], env: { ...env, FORBID_MODULES: 'zod' } });
    expect(after.status).toBe(0);
    expect(startReads(after.stderr).crypto).toBe(true);
    // The entry now knows the new times: the next start hashes nothing.
    expect(startReads(runNode(box, cli, ['/about'], { ...read, env }).stderr).crypto).toBe(false);
  });

  it('given the validating code changed, validates again', () => {
    const pkg = join(box.dir, 'package');
    const cli = join(pkg, 'dist', 'src', 'cli', 'launch.cjs');
    const env = { RESUME_BOT_CACHE_DIR: join(box.dir, 'rebuilt-changed'), LOG_LEVEL: 'debug' };
    expect(cacheUse(runNode(box, cli, ['/about'], { env }).stderr)).toBe('miss');
    expect(cacheUse(runNode(box, cli, ['/about'], { env }).stderr)).toBe('hit');
    appendFileSync(join(pkg, 'dist', 'src', 'resume', 'schema.js'), '\n// rebuilt\n');
    expect(cacheUse(runNode(box, cli, ['/about'], { env }).stderr)).toBe('miss');
  });
});
