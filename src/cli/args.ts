/**
 * The CLI's arguments: `resume-bot [--json] [--] <message...>`. Words after the options
 * are joined into one message, so quoting is optional: `resume-bot /skills kafka`.
 */
import { parseArgs } from 'node:util';

export type CliArgs =
  /** --help, in the language --locale names (null: English). */
  | { kind: 'help'; locale: string | null }
  | { kind: 'usage-error'; problem: string }
  | {
      kind: 'run';
      json: boolean;
      /** null: read messages from stdin, one a line. */
      message: string | null;
      /** --image FILE: also write the answer's picture there (PNG or SVG by the extension). */
      image: string | null;
      /** --pdf FILE: also write the CV the answer carries there (/cv). */
      pdf: string | null;
      /** --locale TAG: answer in that language instead of LOCALE's. */
      locale: string | null;
      /** --conversation: stdin's lines are one conversation (follow-ups lean on earlier answers); an empty line starts a new one. */
      conversation: boolean;
    };

export const USAGE =
  'usage: resume-bot [--json] [--locale TAG] [--image FILE.png|FILE.svg] [--pdf FILE] [--] <message>   |   resume-bot [--json] [--locale TAG] [--conversation] < messages.txt';

export interface CliContext {
  /** With no message the CLI reads stdin; a terminal there means the person forgot the message. */
  stdinIsTTY: boolean;
}

export function parseCliArgs(argv: readonly string[], context: CliContext): CliArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    // parseArgs names the offending option ("Unknown option '--jsn'"); keep its words.
    return { kind: 'usage-error', problem: (error as Error).message.split('\n')[0] ?? 'bad arguments' };
  }
  if (parsed.values.help) return { kind: 'help', locale: typeof parsed.values.locale === 'string' ? parsed.values.locale.trim() : null };
  const json = parsed.values.json === true;
  const image = typeof parsed.values.image === 'string' ? parsed.values.image : null;
  if (image !== null && !/\.(png|svg)$/i.test(image))
    return { kind: 'usage-error', problem: `--image ${image}: the file name must end in .png or .svg` };
  if (image !== null && parsed.positionals.length === 0)
    return { kind: 'usage-error', problem: '--image needs a message (e.g. /timeline)' };
  const pdf = typeof parsed.values.pdf === 'string' ? parsed.values.pdf : null;
  if (pdf !== null && !pdf.trim()) return { kind: 'usage-error', problem: '--pdf needs a file name' };
  if (pdf !== null && parsed.positionals.length === 0)
    return { kind: 'usage-error', problem: '--pdf needs a message that answers with the CV (/cv)' };
  const locale = typeof parsed.values.locale === 'string' ? parsed.values.locale.trim() : null;
  if (locale !== null && !/^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(locale))
    return { kind: 'usage-error', problem: `--locale ${JSON.stringify(locale)}: expected a language tag such as pt-BR or en` };
  const conversation = parsed.values.conversation === true;
  if (conversation && parsed.positionals.length > 0)
    return { kind: 'usage-error', problem: '--conversation reads its messages from stdin, one a line (give no message)' };
  if (parsed.positionals.length === 0) {
    if (context.stdinIsTTY) return { kind: 'usage-error', problem: 'no message (give one as an argument, or pipe messages on stdin)' };
    return { kind: 'run', json, message: null, image, pdf, locale, conversation };
  }
  const message = parsed.positionals.join(' ');
  if (message.trim() === '') return { kind: 'usage-error', problem: 'the message is empty' };
  return { kind: 'run', json, message, image, pdf, locale, conversation };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      json: { type: 'boolean' },
      image: { type: 'string' },
      pdf: { type: 'string' },
      locale: { type: 'string' },
      conversation: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
}
