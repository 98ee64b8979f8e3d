/** The contract's driver for the console: the real terminal chat over a pair of streams. */
import { PassThrough } from 'node:stream';
import { createBot } from '../../src/core/bot.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { runConsole } from '../../src/console/console.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { FIXED_NOW } from '../helpers/bot.js';
import type { ChatDriver, DriverOptions } from './contract.js';

export async function startConsoleDriver(options: DriverOptions): Promise<ChatDriver> {
  const bot = createBot({ resume: options.resume, aliases: loadAliasesFile('data/aliases.json'), clock: () => FIXED_NOW });
  const pipeline = createPipeline(bot, { privateFields: options.privateFields });
  return {
    async ask(command, text) {
      const input = new PassThrough();
      const output = new PassThrough();
      let transcript = '';
      output.setEncoding('utf8').on('data', (chunk: string) => (transcript += chunk));
      const ended = runConsole({ pipeline, input, output, interactive: false, color: false });
      input.end(`/${command} ${text}\n`);
      await ended;
      // The terminal is one person's: everything it prints is private, and it has no length limit.
      return { messages: [{ text: transcript, private: true, problems: transcript.trim() ? [] : ['nothing was printed'] }] };
    },
    settledPublicMessages: async () => [],
    stop: async () => {},
  };
}
