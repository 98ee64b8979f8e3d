/**
 * The real process (`node dist/src/main.js`, what `npm start` runs) with platform settings,
 * watched through its log lines: tests wait for events ("listening", "started", "stopping"),
 * never for time. BOT_MAIN_UNDER_TEST runs the same specs against another build's main.js
 * (an older one, say, to watch them fail).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { npmStartFlags } from '../../bench/flags.js';
import { MAIN, type Sandbox } from './run.js';

export interface BotProcess {
  child: ChildProcess;
  /** Everything written to stderr so far. */
  logs(): string;
  /** The parsed log lines so far. */
  lines(): Array<Record<string, unknown> & { event: string }>;
  /** Resolves once stderr contains `text`; rejects if the process exits first. */
  until(text: string): Promise<void>;
  /** The port from the "listening" line. */
  port(): Promise<number>;
  exited: Promise<number | null>;
  kill(): void;
}

export function startBot(box: Sandbox, env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, [...npmStartFlags(), process.env.BOT_MAIN_UNDER_TEST ?? MAIN], {
    cwd: box.dir,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', RESUME_RELOAD: 'false', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      exitCode = code;
      resolve(code);
    }),
  );
  const waiting: Array<{ text: string; resolve: () => void }> = [];
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    for (const w of waiting.filter((x) => stderr.includes(x.text))) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve();
    }
  });
  const until = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (stderr.includes(text)) return resolve();
      if (exitCode !== undefined) return reject(new Error(`exited ${exitCode} before logging ${text}:\n${stderr}`));
      waiting.push({ text, resolve });
      void exited.then(() => {
        if (!stderr.includes(text)) reject(new Error(`exited before logging ${text}:\n${stderr}`));
      });
    });
  const lines = () =>
    stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown> & { event: string });
  return {
    child,
    logs: () => stderr,
    lines,
    until,
    async port() {
      await until('"event":"listening"');
      return Number(lines().find((l) => l.event === 'listening')!.port);
    },
    exited,
    kill: () => child.kill('SIGKILL'),
  };
}
