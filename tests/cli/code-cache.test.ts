/**
 * The CLI starts from V8's compiled code of an earlier run (launch.ts), kept beside the résumé
 * cache. It must answer exactly as a start without it, and run no code that someone else could
 * have written.
 */
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, ensureBuilt, sandbox, type Sandbox } from './run.js';

let box: Sandbox;
beforeAll(() => {
  ensureBuilt();
  box = sandbox();
});
afterAll(() => box.remove());

const codeFiles = () => readdirSync(box.cacheDir).filter((name) => name.startsWith('code-') && name.endsWith('.bin'));
const QUESTIONS = '/experience netflix\nwhat did he do at netflix?\n/skills k8s\n/about\n';

describe("the CLI's compiled-code cache", () => {
  it('given a first run, keeps the compiled code, and answers from it exactly as without any cache', () => {
    const first = ask(box, ['--json'], { input: QUESTIONS });
    expect(codeFiles()).toHaveLength(1);
    const second = ask(box, ['--json'], { input: QUESTIONS });
    const uncached = ask(box, ['--json'], { input: QUESTIONS, env: { RESUME_BOT_CACHE_DIR: 'off' } });
    expect(second.status).toBe(0);
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe(uncached.stdout);
    expect(first.stdout).toBe(uncached.stdout);
    expect(codeFiles()).toHaveLength(1);
  });

  it('given the cache turned off, writes no code anywhere', () => {
    const off = sandbox();
    try {
      expect(ask(off, ['/about'], { env: { RESUME_BOT_CACHE_DIR: 'off' } }).status).toBe(0);
      expect(readdirSync(off.dir)).toEqual([]);
    } finally {
      off.remove();
    }
  });

  it('given a cached code file others could write, never runs it: it is replaced by one of its own', () => {
    ask(box, ['/about']);
    const [name] = codeFiles();
    const file = join(box.cacheDir, name!);
    // Good code V8 would take as it is: only the trust check keeps it from being run (and so kept).
    chmodSync(file, 0o666);
    const result = ask(box, ['--json', '/skills k8s']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('"title":"Kubernetes"');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('given a stale cached code file (another build, another node), answers as usual and writes it again', () => {
    ask(box, ['/about']);
    const [name] = codeFiles();
    const file = join(box.cacheDir, name!);
    writeFileSync(file, Buffer.alloc(statSync(file).size, 7), { mode: 0o600 });
    chmodSync(file, 0o600);
    const result = ask(box, ['/experience netflix']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Performance Architect at Netflix');
    expect(readFileSync(file).every((byte) => byte === 7)).toBe(false);
  });
});
