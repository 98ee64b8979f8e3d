/**
 * `resume-bot` (and `npm run ask --`): answers one message and exits. A leading `/command`
 * selects a command, anything else is free text. `--json` prints the machine-readable
 * result; with no message, each line of stdin is one message.
 *
 * Exit codes: 0 answered (a question with no match is still an answer), 1 the settings or
 * the résumé are broken, 2 usage error.
 *
 * Startup time matters (the bench compares it with a bare `node -e 0`): nothing here may
 * load Bolt or discord.js, and the résumé is indexed once. Its launchers call `runCli`: the
 * bundle's (launch.ts), a V8 start-up snapshot's (snapshot-entry.ts), or tsc's output as it is
 * (unbundled.ts).
 */
import { resumeFor } from '../core/owner.js';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isatty } from 'node:tty';
import { debuglog } from 'node:util';
import { commands } from '../../commands/index.js';
import { commandTexts } from '../../commands/localized.js';
import { messagesFor, type Messages } from '../i18n/catalogue.js';
import type { Pipeline } from '../core/pipeline.js';
import type { Answer } from '../model/answer.js';
import type { BotRequest } from '../model/request.js';
import { loadEnvFile } from '../app/env.js';
import { wantsColor } from '../app/tty.js';
import { parseLine } from '../console/parse.js';
import { renderTerminal } from '../render/terminal.js';
import { parseCliArgs, USAGE } from './args.js';
import { toJsonResult } from './json.js';
import { writeOut } from './stdout.js';
import { loadAppCached, type CachedApp, type EarlierStart } from '../app/startup-cache.js';
import { requestSnapshot } from '../app/snapshot.js';

// The snapshot's builder (snapshot-entry.ts) reaches this through the bundle.
export { prepareSnapshot } from '../app/snapshot.js';

const load = createRequire(import.meta.url);

/** Startup failures are rare; their reporter (and the validators it knows) loads only then. */
async function reportStartupError(error: unknown): Promise<number> {
  const { reportStartupError: report } = await import('../app/load.js');
  return report(error);
}

/** --help in `words`' language (--locale's, before any setting is read); the options keep their names. */
function helpText(words: Messages): string {
  const t = words.t.bind(words);
  const width = Math.max(...commands.map((c) => c.data.name.length + 1));
  const texts = commands.map((c) => ({ ...commandTexts(c, words), slash: c.data.name }));
  const lines = texts.map((c) => `  /${c.slash.padEnd(width)} ${c.description}`);
  const examples = texts.flatMap((c) => c.examples.slice(0, 1)).map((e) => `  resume-bot /${e}`);
  return [
    USAGE,
    '',
    t('cli.intro'),
    t('cli.messages'),
    '',
    t('cli.options'),
    `  --json      ${t('cli.json')}`,
    `  --image F   ${t('cli.image')}`,
    `  --pdf FILE  ${t('cli.pdf')}`,
    `  --locale T  ${t('cli.locale')}`,
    `  --conversation  ${t('cli.conversation')}`,
    `              ${t('cli.conversationEnd')}`,
    `  -h, --help  ${t('cli.help')}`,
    `  ${t('cli.stdin')}`,
    '',
    t('cli.commands'),
    ...lines,
    '',
    t('cli.examples'),
    ...examples,
    `  resume-bot "${t('cli.example')}"`,
    '  resume-bot --json /skills kafka',
    '',
  ].join('\n');
}

function usageError(problem: string): number {
  process.stderr.write(`resume-bot: ${problem}\n${USAGE}\nTry 'resume-bot --help' for more.\n`);
  return 2;
}

/** One answer, as a JSON line or as terminal text. */
async function respond(pipeline: Pipeline, request: BotRequest, json: boolean, color: boolean): Promise<{ text: string; answer: Answer }> {
  const { answer } = await pipeline.handle(request);
  return { text: json ? `${JSON.stringify(toJsonResult(answer, request))}\n` : renderTerminal(answer, { color }), answer };
}

/**
 * --image: the answer's picture, written as PNG or SVG by the file's extension. The renderer
 * (resvg, the font parser) is loaded only here, so an ordinary question starts as fast as ever.
 */
async function writeImage(file: string, answer: Answer, pipeline: Pipeline, privateFields: readonly string[]): Promise<number> {
  if (!answer.attachments?.some((a) => a.kind === 'timeline')) {
    process.stderr.write(`resume-bot: ${pipeline.bot.messages(answer).t('cli.noPicture', { file })}\n`);
    return 1;
  }
  const { createTimelineImages } = await import('../render/timeline/image.js');
  const image = createTimelineImages({ privateFields }).get(resumeFor(pipeline.bot, answer), 'light', answer.locale);
  writeFileSync(file, /\.svg$/i.test(file) ? image.svg : image.png);
  return 0;
}

/** --pdf FILE: the CV the answer carries, written by a module loaded only for this (pdfkit stays out of the bundle). */
async function writePdf(pipeline: Pipeline, answer: Answer, path: string, privateFields: readonly string[]): Promise<number> {
  const words = pipeline.bot.messages(answer);
  if (!answer.attachments?.some((a) => a.kind === 'cv')) return usageError(`--pdf: ${words.t('cli.noCv')}`);
  const { writeCvFile } = await import('../cv/write.js');
  const written = await writeCvFile(resumeFor(pipeline.bot, answer), path, privateFields, answer.locale);
  const kb = Math.round(written.bytes / 1024);
  process.stderr.write(`resume-bot: ${words.t('cli.wrote', { path, filename: written.filename, kb })}\n`);
  return 0;
}

/** --locale: the language the request asks in (LOCALE otherwise). */
function inLocale(request: BotRequest, locale: string | null): BotRequest {
  return locale === null ? request : { ...request, locale };
}

/** Each line answered on its own, or, with --conversation, as one conversation that an empty line starts afresh. */
async function answerLines(pipeline: Pipeline, json: boolean, color: boolean, locale: string | null, conversation: boolean): Promise<void> {
  // Loaded here: a one-shot question never reads stdin, and readline costs it a millisecond or two.
  const { createInterface } = load('node:readline') as typeof import('node:readline');
  const rl = createInterface({ input: process.stdin, terminal: false, crlfDelay: Infinity });
  let first = true;
  let number = 1;
  for await (const line of rl) {
    const parsed = parseLine(line, 'cli');
    if (parsed.kind === 'quit') break;
    if (parsed.kind === 'blank') {
      number++;
      continue;
    }
    // Text answers are separated by a blank line; JSON answers are one a line.
    if (!json && !first) writeOut('\n');
    first = false;
    const request = inLocale(parsed.request, locale);
    writeOut((await respond(pipeline, conversation ? { ...request, conversation: String(number) } : request, json, color)).text);
  }
  rl.close();
}

/** How a launcher starts the CLI. */
export interface CliStart {
  /** The bundle's build as the launcher read it (null: tsc's output), so nothing reads the bundle again. */
  build?: string | null;
  /** A start made earlier (a start-up snapshot's): used while what it was made from still holds. */
  earlier?: EarlierStart;
}

async function main(argv: readonly string[], start: CliStart): Promise<number> {
  // isatty(0), not process.stdin.isTTY: building the stdin stream costs a one-shot CLI time it never uses.
  const args = parseCliArgs(argv, { stdinIsTTY: isatty(0) });
  if (args.kind === 'usage-error') return usageError(args.problem);
  if (args.kind === 'help') {
    writeOut(helpText(messagesFor(args.locale)));
    return 0;
  }

  await loadEnvFile();
  let app: CachedApp;
  let fromEarlier = false;
  try {
    // A few questions, most about one person: a folder's people are indexed as questions reach them.
    app = await loadAppCached(process.env, 'warn', { indexOnDemand: true, build: start.build, earlier: start.earlier });
    fromEarlier = app === start.earlier?.app;
    app.logger.debug('cli_start', { cache: app.cache, index: app.index, snapshot: fromEarlier });
    // NODE_DEBUG=resume-bot says how the start went without touching the settings (a snapshot is per settings).
    debuglog('resume-bot')('start cache=%s index=%s snapshot=%s', app.cache, app.index, fromEarlier);
  } catch (error) {
    return reportStartupError(error);
  }
  const { pipeline, privateFields } = app;

  // isatty(1), not process.stdout.isTTY: building the stream costs a one-shot CLI time (see stdout.ts).
  const color = !args.json && wantsColor({ isTTY: isatty(1) }, process.env);
  let code = 0;
  if (args.message === null) await answerLines(pipeline, args.json, color, args.locale, args.conversation);
  else {
    const parsed = parseLine(args.message, 'cli');
    if (parsed.kind !== 'request') return 0;
    const { text, answer } = await respond(pipeline, inLocale(parsed.request, args.locale), args.json, color);
    writeOut(text);
    if (args.image !== null) code = await writeImage(args.image, answer, pipeline, privateFields);
    if (code === 0 && args.pdf !== null) code = await writePdf(pipeline, answer, args.pdf, privateFields);
  }
  // Answered without a current snapshot: the next start may have one (built in the background, see app/snapshot.ts).
  if (!fromEarlier) requestSnapshot(process.env, app, start.build ?? null);
  return code;
}

/** Runs the CLI on `argv` (the arguments after the program's name); sets the process's exit code. */
export function runCli(argv: readonly string[], start: CliStart = {}): Promise<void> {
  return main(argv, start).then(
    (code) => {
      process.exitCode = code;
    },
    async (error: unknown) => {
      process.exitCode = await reportStartupError(error);
    },
  );
}
