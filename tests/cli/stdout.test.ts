/**
 * What `resume-bot` writes to standard output, whatever that is: a pipe whose reader leaves early, a pipe its reader
 * leaves full for a while (a non-blocking one too), the launcher and the CLI started by node alike.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, constants, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, BIN, CLI, ensureBuilt, runProgram, sandbox, type Sandbox } from './run.js';

let box: Sandbox;
beforeAll(() => {
  ensureBuilt();
  box = sandbox();
});
afterAll(() => box.remove());

const QUESTIONS = Array.from({ length: 40 }, () => '/experience\n/skills\nwhat did he do at netflix?\n').join('');
const env = () => ({ PATH: process.env.PATH ?? '', RESUME_BOT_CACHE_DIR: box.cacheDir });

/** Runs `args` with standard output closed by its reader before anything is written, and more input than it answers. */
async function readerGone(program: string, args: string[], input: string) {
  const child = spawn(program, args, { cwd: box.dir, env: env(), stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdin.on('error', () => {});
  child.stdin.end(input);
  const [status] = (await once(child, 'close')) as [number | null];
  return { status, stderr };
}

/**
 * Node's child processes get their standard streams blocking (libuv makes them so), as most programs' do: perl sets
 * the output non-blocking again, then runs the program in its place.
 */
const NON_BLOCKING = 'use Fcntl; fcntl(STDOUT, F_SETFL, fcntl(STDOUT, F_GETFL, 0) | O_NONBLOCK) or die $!; exec @ARGV or die $!';
const hasPerl = spawnSync('perl', ['-e', '1']).status === 0;

/** Runs `args` writing to a non-blocking FIFO read only after a pause: the output fills it and must wait. */
async function throughFullNonBlockingPipe(program: string, args: string[], input: string): Promise<string> {
  const fifo = join(box.dir, `out-${process.hrtime.bigint()}.fifo`);
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
  const writer = openSync(fifo, constants.O_WRONLY);
  const child = spawn('perl', ['-e', NON_BLOCKING, program, ...args], { cwd: box.dir, env: env(), stdio: ['pipe', writer, 'inherit'] });
  closeSync(writer);
  child.stdin?.end(input);
  const exited = once(child, 'close');
  await sleep(300);
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(1 << 16);
  let done = false;
  void exited.then(() => {
    done = true;
  });
  for (;;) {
    let read = 0;
    try {
      read = readSync(reader, buffer);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      if (done) break;
      await sleep(5);
      continue;
    }
    if (read === 0) {
      if (done) break;
      await sleep(5);
      continue;
    }
    chunks.push(Buffer.from(buffer.subarray(0, read)));
  }
  closeSync(reader);
  const [status] = (await exited) as [number | null];
  expect(status).toBe(0);
  return Buffer.concat(chunks).toString('utf8');
}

describe("resume-bot's standard output", () => {
  it('given its reader gone before the answer, exits 0 and says nothing', async () => {
    for (const program of [BIN, process.execPath]) {
      const args = program === BIN ? ['/experience netflix'] : [CLI, '/experience netflix'];
      expect(await readerGone(program, args, '')).toEqual({ status: 0, stderr: '' });
    }
  });

  it('given its reader gone while lines keep coming on stdin, stops, exits 0 and says nothing', async () => {
    expect(await readerGone(BIN, [], QUESTIONS.repeat(20))).toEqual({ status: 0, stderr: '' });
  });

  // perl is part of every Debian and most other systems; without it there is no simple way to hand over a non-blocking output.
  it.skipIf(!hasPerl)('given a non-blocking pipe its reader leaves full for a while, writes every answer, whole and in order', async () => {
    const expected = ask(box, [], { input: QUESTIONS }).stdout;
    expect(expected.length).toBeGreaterThan(1 << 17);
    expect(await throughFullNonBlockingPipe(BIN, [], QUESTIONS)).toBe(expected);
    const one = runProgram(box, BIN, ['/experience']).stdout;
    expect(await throughFullNonBlockingPipe(BIN, ['/experience'], '')).toBe(one);
  });
});
