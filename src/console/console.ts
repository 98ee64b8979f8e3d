/**
 * The terminal chat: a console adapter over any pair of streams, so that `npm start`
 * drives it with the process's stdin/stdout and tests drive it with PassThrough streams.
 *
 * Interactive (a TTY): a banner, a prompt, line editing and history (node:readline), tab
 * completion of commands. Otherwise (piped input): each line read is answered, with no
 * prompt or banner, and the console returns at end of input.
 */
import { createInterface, type Completer } from 'node:readline';
import type { Pipeline } from '../core/pipeline.js';
import { renderTerminal } from '../render/terminal.js';
import { parseLine } from './parse.js';

export interface ConsoleOptions {
  pipeline: Pipeline;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A person at a terminal: prompt, banner, history and line editing. */
  interactive: boolean;
  /** ANSI colour in answers. */
  color: boolean;
  prompt?: string;
  /** Lines kept for the up/down arrows. */
  historySize?: number;
}

export type ConsoleEnd = 'quit' | 'eof';

/** Words the console offers on Tab: its own commands and the registry's. */
function commandNames(pipeline: Pipeline): string[] {
  return [...pipeline.bot.commands.map((c) => `/${c.data.name}`), '/quit', '/exit'];
}

function makeCompleter(pipeline: Pipeline): Completer {
  return (line: string) => {
    const space = line.indexOf(' ');
    if (line.startsWith('/') && space === -1) {
      const hits = commandNames(pipeline).filter((name) => name.startsWith(line.toLowerCase()));
      return [hits, line];
    }
    if (line.startsWith('/') && space > 1) {
      // `/experience net<Tab>`: the résumé's own names for that command's option.
      const command = line.slice(1, space).toLowerCase();
      const partial = line.slice(space + 1);
      const prefix = partial.toLowerCase();
      const hits = pipeline
        .complete(command, partial, 25)
        .filter((value) => value.toLowerCase().startsWith(prefix))
        .map((value) => `${partial}${value.slice(partial.length)}`);
      return [hits, partial];
    }
    return [[], line];
  };
}

/** Sessions started in this process: each its own conversation. */
let sessions = 0;

/**
 * Runs the conversation until /quit, /exit, Ctrl-D (end of input) or Ctrl-C, and
 * resolves with how it ended. Never closes `output`: the caller owns it.
 */
export function runConsole(options: ConsoleOptions): Promise<ConsoleEnd> {
  const { pipeline, input, output, interactive, color } = options;
  // The console asks in LOCALE's language: its greeting does too.
  const words = pipeline.bot.messages({});
  const write = (text: string) => {
    output.write(text);
  };

  const rl = createInterface({
    input,
    // Without a terminal the console writes its answers itself and readline echoes nothing.
    output: interactive ? output : undefined,
    terminal: interactive,
    prompt: options.prompt ?? (color ? '\u001b[1;36mresume>\u001b[0m ' : 'resume> '),
    historySize: options.historySize ?? 200,
    removeHistoryDuplicates: true,
    completer: interactive ? makeCompleter(pipeline) : undefined,
    crlfDelay: Infinity,
  });

  if (interactive) {
    const name = pipeline.bot.resume.basics.name;
    const hint = color ? (s: string) => `\u001b[2m${s}\u001b[0m` : (s: string) => s;
    write(`${words.t('console.hello', { owner: name })}\n`);
    write(`${hint(words.t('console.hint'))}\n\n`);
  }

  // The session is one conversation: "and before that?" leans on the answer before it. Its name need only
  // be unique in this process (its pipeline's memory); node:crypto would cost the console 2 MB of memory.
  const conversation = `session-${++sessions}`;
  return new Promise<ConsoleEnd>((resolve) => {
    let ended: ConsoleEnd = 'eof';
    let done = false;
    // Answers are written in the order the lines came, each after the one before it (the
    // pipeline is asynchronous; piped input delivers many lines at once).
    let answering: Promise<void> = Promise.resolve();

    // Ctrl-C at the prompt leaves, like Ctrl-D, instead of killing the process mid-line.
    rl.on('SIGINT', () => {
      done = true;
      rl.close();
    });

    rl.on('line', (line) => {
      // Lines already buffered after /quit are not answered.
      if (done) return;
      const parsed = parseLine(line, 'console');
      if (parsed.kind === 'quit') {
        done = true;
        ended = 'quit';
        rl.close();
        return;
      }
      const request = parsed.kind === 'request' ? { ...parsed.request, conversation } : null;
      answering = answering.then(async () => {
        if (request) {
          const { answer } = await pipeline.handle(request);
          write(renderTerminal(answer, { color }));
          // A blank line between answers keeps a long conversation (or a piped log) readable.
          write('\n');
        }
        if (interactive && !done) rl.prompt();
      });
    });

    rl.once('close', () => {
      void answering.then(() => {
        if (interactive) write(`${ended === 'quit' ? '' : '\n'}${words.t('console.bye')}\n`);
        resolve(ended);
      });
    });

    if (interactive) rl.prompt();
  });
}
