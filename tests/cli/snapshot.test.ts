/**
 * `resume-bot` starts from a V8 start-up snapshot of an earlier start (src/app/snapshot.ts): built
 * in the background after a start without one, used only while it is current. Whatever the
 * snapshot's state, the answers are exactly those of a start without any cache.
 * NODE_DEBUG=resume-bot says how a start went (a setting would make the snapshot another's).
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSnapshots, snapshotsBuilt } from '../helpers/snapshot.js';
import { BIN, copyOfPackage, ensureBuilt, ROOT, runProgram, sandbox, type Result, type Sandbox } from './run.js';

let box: Sandbox;
let resumeFile: string;
beforeAll(() => {
  ensureBuilt();
  box = sandbox();
  resumeFile = join(box.dir, 'resume.json');
  copyFileSync(join(ROOT, 'data', 'resume.json'), resumeFile);
});
afterAll(() => box.remove());

const QUESTIONS = '/experience netflix\nwhat did he do at netflix?\n/skills k8s\no que ele fez na netflix?\n/about\n';

function run(args: string[], env: Record<string, string> = {}, input = ''): Result & { snapshot: boolean | null } {
  const result = runProgram(box, BIN, args, { env: { RESUME_FILE: resumeFile, NODE_DEBUG: 'resume-bot', ...env }, input });
  const said = /start cache=\w+ index=\w+ snapshot=(true|false)/.exec(result.stderr)?.[1];
  return { ...result, snapshot: said === undefined ? null : said === 'true' };
}

/** The one process `pid` started (the launcher's node). */
function childOf(pid: number): number {
  const children = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        // The parent's pid is the 4th field, after the command's name in parentheses.
        return readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]?.split(' ')[1] === String(pid);
      } catch {
        return false;
      }
    });
  if (children.length !== 1) throw new Error(`expected one child of ${pid}, found ${children.length}`);
  return Number(children[0]);
}

const uncached = (args: string[], input = '', env: Record<string, string> = {}) =>
  run(args, { RESUME_BOT_CACHE_DIR: 'off', ...env }, input).stdout;

describe("resume-bot's start-up snapshot", () => {
  it('given a first start, builds a snapshot in the background; the next starts from it and answer exactly as without any cache', async () => {
    const first = run(['/experience netflix']);
    expect(first.status).toBe(0);
    expect(first.snapshot).toBe(false);
    await snapshotsBuilt(box.cacheDir);

    const one = run(['/experience netflix']);
    expect(one.snapshot).toBe(true);
    expect(one.stdout).toBe(first.stdout);
    expect(one.stdout).toBe(uncached(['/experience netflix']));

    const lines = run(['--json'], {}, QUESTIONS);
    expect(lines.snapshot).toBe(true);
    expect(lines.stdout).toBe(uncached(['--json'], QUESTIONS));
    expect(lines.stdout.trimEnd().split('\n')).toHaveLength(5);
  }, 60_000);

  it('given a module it loads only when needed (the PDF writer), loads it from a snapshot start too', () => {
    const pdf = join(box.dir, 'cv.pdf');
    const result = run(['/cv', '--pdf', pdf]);
    expect(result.snapshot).toBe(true);
    expect(result.status).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('given NODE_OPTIONS (V8 flags a snapshot must share), starts without it and answers the same', () => {
    const result = run(['/skills k8s'], { NODE_OPTIONS: '--max-old-space-size=200' });
    expect(result.status).toBe(0);
    expect(result.snapshot).toBe(false);
    expect(result.stdout).toBe(uncached(['/skills k8s']));
  });

  it('given a snapshot another node built, starts without it and answers the same', () => {
    const nodeFile = `${builtSnapshots(box.cacheDir)[0]}.node`;
    const node = readFileSync(nodeFile, 'utf8');
    writeFileSync(nodeFile, '/opt/another/node\n');
    try {
      const result = run(['/about']);
      expect(result.snapshot).toBe(false);
      expect(result.stdout).toBe(uncached(['/about']));
    } finally {
      writeFileSync(nodeFile, node);
    }
    expect(run(['/about']).snapshot).toBe(true);
  });

  it("given a snapshot built by this node without the V8 flags the launcher starts one with (an earlier version's), starts without it, says nothing of it and answers the same", () => {
    const nodeFile = `${builtSnapshots(box.cacheDir)[0]}.node`;
    const written = readFileSync(nodeFile, 'utf8');
    const [node, ...flags] = written.trim().split(' ');
    expect(flags).not.toHaveLength(0);
    writeFileSync(nodeFile, `${node}\n`);
    try {
      const result = run(['/about']);
      expect(result.status).toBe(0);
      expect(result.snapshot).toBe(false);
      expect(result.stderr).not.toMatch(/snapshot because/);
      expect(result.stdout).toBe(uncached(['/about']));
    } finally {
      writeFileSync(nodeFile, written);
    }
    expect(run(['/about']).snapshot).toBe(true);
  });

  it('given LOCALE used in turn, answers as each says, each from a snapshot of its own once both are built', async () => {
    const inPortuguese = uncached(['/experience netflix'], '', { LOCALE: 'pt-BR' });
    const portuguese = run(['/experience netflix'], { LOCALE: 'pt-BR' });
    expect(portuguese.snapshot).toBe(false);
    expect(portuguese.stdout).toBe(inPortuguese);
    expect(portuguese.stdout).not.toBe(uncached(['/experience netflix']));
    await snapshotsBuilt(box.cacheDir, 2);
    for (let turn = 0; turn < 2; turn++) {
      const english = run(['/experience netflix']);
      expect(english.snapshot).toBe(true);
      expect(english.stdout).toBe(uncached(['/experience netflix']));
      const again = run(['/experience netflix'], { LOCALE: 'pt-BR' });
      expect(again.snapshot).toBe(true);
      expect(again.stdout).toBe(inPortuguese);
    }
  }, 60_000);

  it('given the bundle rebuilt since, answers as the bundle on disk does, and asks for a snapshot of it', () => {
    const pkg = copyOfPackage(box);
    const bin = join(pkg, 'dist', 'src', 'cli', 'resume-bot');
    const cacheDir = join(box.dir, 'package-cache');
    const env = { RESUME_FILE: resumeFile, NODE_DEBUG: 'resume-bot', RESUME_BOT_CACHE_DIR: cacheDir };
    const asked = () => readFileSync(`${builtSnapshots(cacheDir)[0]}.wanted`, 'utf8');
    expect(runProgram(box, bin, ['/about'], { env }).status).toBe(0);
    return snapshotsBuilt(cacheDir).then(() => {
      expect(runProgram(box, bin, ['/about'], { env }).stderr).toContain('snapshot=true');
      const before = asked();
      // Another build: the bundle's time is part of its build key.
      const bundle = join(pkg, 'dist', 'src', 'cli', 'main.bundle.cjs');
      utimesSync(bundle, new Date(), new Date(Date.now() + 60_000));
      const rebuilt = runProgram(box, bin, ['/experience netflix'], { env });
      expect(rebuilt.status).toBe(0);
      expect(rebuilt.stderr).toContain('snapshot=false');
      expect(rebuilt.stdout).toBe(uncached(['/experience netflix']));
      expect(asked()).not.toBe(before);
    });
  }, 60_000);

  it('given the résumé edited, answers from the new text', () => {
    const resume = JSON.parse(readFileSync(resumeFile, 'utf8')) as { basics: { name: string } };
    resume.basics.name = 'Martina Spier';
    writeFileSync(resumeFile, JSON.stringify(resume));
    const result = run(['/about']);
    expect(result.snapshot).toBe(false);
    expect(result.stdout).toContain('Martina Spier');
    expect(result.stdout).toBe(uncached(['/about']));
  });

  it.each([
    ['garbage', (blob: Buffer) => Buffer.alloc(blob.length, 7)],
    ['cut short', (blob: Buffer) => blob.subarray(0, blob.length >> 4)],
    // V8 finds its checksum wrong and stops on a breakpoint trap: an exit status of its own (133).
    [
      'with one byte changed',
      (blob: Buffer) => Buffer.concat([blob.subarray(0, 1024), Buffer.from([blob[1024]! ^ 0xff]), blob.subarray(1025)]),
    ],
  ])(
    'given a snapshot file %s, starts without it, answers once, and drops it',
    async (_, damage) => {
      // A sandbox of its own: no build asked for by another spec may put a good snapshot back meanwhile.
      const own = sandbox();
      try {
        const env = { NODE_DEBUG: 'resume-bot' };
        expect(runProgram(own, BIN, ['/about'], { env }).status).toBe(0);
        const file = (await snapshotsBuilt(own.cacheDir))[0]!;
        const damaged = damage(readFileSync(file));
        writeFileSync(file, damaged);
        const result = runProgram(own, BIN, ['/skills k8s'], { env });
        expect(result.status).toBe(0);
        expect(result.stderr).toContain('snapshot=false');
        expect(result.stdout).toBe(runProgram(own, BIN, ['/skills k8s'], { env: { RESUME_BOT_CACHE_DIR: 'off' } }).stdout);
        // Dropped (the start without it asks for a new one, which may be in its place since).
        expect(existsSync(file) && readFileSync(file).equals(damaged)).toBe(false);
      } finally {
        own.remove();
      }
    },
    60_000,
  );

  it('given a crash after the snapshot started (an abort midway through an answer), exits with its status, answers once, and keeps the snapshot', async () => {
    const own = sandbox();
    try {
      const env = { PATH: process.env.PATH ?? '', RESUME_BOT_CACHE_DIR: own.cacheDir };
      expect(runProgram(own, BIN, ['/about'], { env }).status).toBe(0);
      const file = (await snapshotsBuilt(own.cacheDir))[0]!;
      const blob = readFileSync(file);
      const answer = runProgram(own, BIN, ['/timeline'], { env: { RESUME_BOT_CACHE_DIR: 'off' } }).stdout;
      // The picture goes to a pipe no one reads: the process is still there, its answer written, when it is aborted.
      const picture = join(own.dir, 'timeline.png');
      expect(spawnSync('mkfifo', [picture]).status).toBe(0);
      const launcher = spawn(BIN, ['/timeline', '--image', picture], { cwd: own.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let aborted = false;
      launcher.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        if (aborted || stdout.length < answer.length) return;
        aborted = true;
        process.kill(childOf(launcher.pid!), 'SIGABRT');
        // A start asked again would write its picture here and fail, rather than wait for a reader.
        rmSync(picture);
        mkdirSync(picture);
      });
      const [status] = (await once(launcher, 'close')) as [number | null];
      expect(aborted).toBe(true);
      expect(status).toBe(134);
      expect(stdout).toBe(answer);
      expect(readFileSync(file).equals(blob)).toBe(true);
      expect(readdirSync(own.cacheDir).filter((name) => name.endsWith('.pending'))).toEqual([]);
      const next = runProgram(own, BIN, ['/about'], { env: { ...env, NODE_DEBUG: 'resume-bot' } });
      expect(next.stderr).toContain('snapshot=true');
    } finally {
      own.remove();
    }
  }, 60_000);

  it('given the cache turned off, writes no snapshot anywhere', () => {
    const off = sandbox();
    try {
      const result = runProgram(off, BIN, ['/about'], { env: { RESUME_BOT_CACHE_DIR: 'off' } });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('Martin Spier');
      expect(readdirSync(off.dir)).toEqual([]);
    } finally {
      off.remove();
    }
  });
});
