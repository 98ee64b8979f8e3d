/**
 * Runs the compiled entry points as a user would: a fresh process, a clean environment
 * (no platform tokens, no .env from the repo), and a working directory of its own.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = resolve(__dirname, '../..');
/** What `resume-bot` and `npm run ask` run: the launcher of the bundled CLI. */
export const CLI = join(ROOT, 'dist', 'src', 'cli', 'launch.cjs');
/** The package's `bin`: the shell launcher that starts the CLI from a start-up snapshot when there is one. */
export const BIN = join(ROOT, 'dist', 'src', 'cli', 'resume-bot');
export const MAIN = join(ROOT, 'dist', 'src', 'main.js');
/** Preload that says, at exit, whether node:crypto was loaded and which files were read (see `startReads`). */
export const READS = join(__dirname, 'fixtures', 'reads.cjs');
/** Preload that makes the listed packages fail to load (FORBID_MODULES=a,b). */
export const FORBID = pathToFileURL(join(__dirname, 'fixtures', 'forbid.mjs')).href;

/** `npm test` builds first; a bare `vitest run tests/cli` builds here if dist is missing. */
export function ensureBuilt(): void {
  if (existsSync(CLI) && existsSync(MAIN)) return;
  spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', ROOT], { stdio: 'inherit' });
  spawnSync(process.execPath, [join(ROOT, 'dist', 'src', 'cli', 'bundle.js')], { stdio: 'inherit' });
  if (!existsSync(CLI) || !existsSync(MAIN)) throw new Error(`build did not produce ${CLI} and ${MAIN}`);
}

export interface Sandbox {
  /** Working directory for the spawned process. */
  dir: string;
  /** The CLI's startup cache, private to this sandbox. */
  cacheDir: string;
  remove(): void;
}

export function sandbox(): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'resume-bot-cli-'));
  return {
    dir,
    cacheDir: join(dir, '.cache'),
    remove: () => {
      // A snapshot a start asked for is built by a detached process that writes into the cache until it ends; removing
      // the tree under it fails (a file it writes after the listing) and retrying the last rmdir cannot help.
      untilNoProcessNames(dir);
      rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
    },
  };
}

/** Waits (a minute at most) until no process has `path` in its command line: the snapshot builds a sandbox started. */
function untilNoProcessNames(path: string): void {
  const deadline = Date.now() + 60_000;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (processesNaming(path) > 0 && Date.now() < deadline) Atomics.wait(pause, 0, 0, 50);
}

function processesNaming(path: string): number {
  if (!existsSync('/proc')) return 0;
  return readdirSync('/proc').filter((name) => {
    if (!/^\d+$/.test(name)) return false;
    try {
      return readFileSync(join('/proc', name, 'cmdline'), 'utf8').includes(path);
    } catch {
      return false; // ended meanwhile
    }
  }).length;
}

export interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string;
  env?: Record<string, string>;
  /** Extra node flags (e.g. --import). */
  node?: string[];
}

export function runNode(box: Sandbox, entry: string, args: string[], options: RunOptions = {}): Result {
  return runProgram(box, process.execPath, [...(options.node ?? []), entry, ...args], options);
}

export const ask = (box: Sandbox, args: string[], options?: RunOptions) => runNode(box, CLI, args, options);

/** Runs an executable (node, or the `resume-bot` launcher as a user's shell would), in the sandbox. */
export function runProgram(box: Sandbox, program: string, args: string[], options: Omit<RunOptions, 'node'> = {}): Result {
  const result = spawnSync(program, args, {
    cwd: box.dir,
    env: { PATH: process.env.PATH ?? '', RESUME_BOT_CACHE_DIR: box.cacheDir, ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Parses the single JSON line `ask --json` printed. */
export function askJson(box: Sandbox, message: string, options?: RunOptions): Record<string, unknown> {
  const result = ask(box, ['--json', message], options);
  if (result.status !== 0) throw new Error(`exit ${result.status}: ${result.stderr}`);
  const lines = result.stdout.trimEnd().split('\n');
  if (lines.length !== 1) throw new Error(`expected one JSON line, got:\n${result.stdout}`);
  return JSON.parse(lines[0]!) as Record<string, unknown>;
}

/** What a process run with the READS preload loaded and read. */
export function startReads(stderr: string): { crypto: boolean; read: string[] } {
  const line = /^start-reads (.*)$/m.exec(stderr)?.[1];
  if (!line) throw new Error(`no start-reads line in:\n${stderr}`);
  return JSON.parse(line) as { crypto: boolean; read: string[] };
}

/** A copy of the built package in the sandbox, to rebuild parts of without touching the one other specs run. */
export function copyOfPackage(box: Sandbox): string {
  const pkg = join(box.dir, 'package');
  mkdirSync(pkg);
  for (const item of ['package.json', 'data', 'dist']) cpSync(join(ROOT, item), join(pkg, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  return pkg;
}
