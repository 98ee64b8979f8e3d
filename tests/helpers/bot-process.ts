/**
 * The built bot (`dist/src/main.js`, what `npm start` runs) as a child process, with its JSON
 * log lines readable as they come: wait for "started", for "redis_recovered", for anything.
 * Used where several processes must act as one bot (REDIS_URL), as in production.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { npmStartFlags } from '../../bench/flags.js';

export const ROOT = resolve(__dirname, '../..');
export const MAIN = join(ROOT, 'dist', 'src', 'main.js');

export type LogLine = Record<string, unknown> & { event: string };

export interface BotProcess {
  readonly name: string;
  /** The HTTP port it listens on (it picks a free one: PORT=0). */
  readonly port: number;
  readonly url: string;
  readonly lines: LogLine[];
  readonly child: ChildProcess;
  /** The first log line (already written or still to come) with this event for which `match` holds. */
  next(event: string, match?: (line: LogLine) => boolean): Promise<LogLine>;
  count(event: string): number;
  /** SIGTERM, as a process manager stops it; resolves with the exit code. */
  stop(): Promise<number | null>;
  kill(): void;
}

export interface StartBotOptions {
  name: string;
  env: Record<string, string>;
  cwd?: string;
  /** Extra node flags (the production ones are always there). */
  nodeFlags?: string[];
}

export async function startBot(options: StartBotOptions): Promise<BotProcess> {
  const child = spawn(process.execPath, [...npmStartFlags(), ...(options.nodeFlags ?? []), MAIN], {
    cwd: options.cwd ?? ROOT,
    // Nothing from the developer's environment or .env leaks in: every setting is the test's.
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', RESUME_RELOAD: 'false', LOG_LEVEL: 'info', ...options.env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const lines: LogLine[] = [];
  const waiters: Array<{ test: (line: LogLine) => boolean; resolve: (line: LogLine) => void }> = [];
  let rest = '';
  let text = '';
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
    rest += chunk;
    const complete = rest.split('\n');
    rest = complete.pop()!;
    for (const raw of complete) {
      if (!raw.startsWith('{')) continue;
      const line = JSON.parse(raw) as LogLine;
      lines.push(line);
      for (const waiter of [...waiters]) {
        if (!waiter.test(line)) continue;
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  const next = (event: string, match: (line: LogLine) => boolean = () => true) => {
    const test = (line: LogLine) => line.event === event && match(line);
    const found = lines.find(test);
    if (found) return Promise.resolve(found);
    return new Promise<LogLine>((resolve) => waiters.push({ test, resolve }));
  };
  const started = await Promise.race([
    next('started'),
    exited.then((code) => {
      throw new Error(`${options.name} exited ${code} before starting:\n${text}`);
    }),
  ]);
  const port = started.port as number;
  return {
    name: options.name,
    port,
    url: `http://127.0.0.1:${port}`,
    lines,
    child,
    next,
    count: (event) => lines.filter((l) => l.event === event).length,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      return exited;
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
