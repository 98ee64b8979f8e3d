/**
 * Drives the console the way a person (or a pipe) would: lines in on one stream, the
 * conversation out on another. The bot is the real one on data/resume.json with a fixed clock.
 */
import { PassThrough } from 'node:stream';
import { createPipeline, type Pipeline } from '../../src/core/pipeline.js';
import { runConsole, type ConsoleEnd } from '../../src/console/console.js';
import { martinBot } from '../helpers/bot.js';

let shared: Pipeline | undefined;

export function pipeline(): Pipeline {
  shared ??= createPipeline(martinBot());
  return shared;
}

export interface Session {
  input: PassThrough;
  /** Everything written so far. */
  output(): string;
  /** Resolves once the output contains `text` (readline answers some keys asynchronously). */
  until(text: string): Promise<void>;
  ended: Promise<ConsoleEnd>;
}

export function startConsole(options: { interactive: boolean; color?: boolean }): Session {
  const input = new PassThrough();
  const out = new PassThrough();
  let text = '';
  out.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
  const ended = runConsole({ pipeline: pipeline(), input, output: out, interactive: options.interactive, color: options.color ?? false });
  const until = (piece: string) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!text.includes(piece)) return;
        out.off('data', check);
        resolve();
      };
      out.on('data', check);
      check();
    });
  return { input, output: () => text, until, ended };
}

/** Pipes `lines` in, closes the input and returns the whole transcript. */
export async function converse(lines: string[]): Promise<{ transcript: string; end: ConsoleEnd }> {
  const session = startConsole({ interactive: false });
  session.input.end(lines.map((l) => `${l}\n`).join(''));
  const end = await session.ended;
  return { transcript: session.output(), end };
}
