/**
 * The servers of the Slack bench other than the bot itself (which runs as `npm start` does,
 * from dist/src/main.js), each in a process of its own, started with the same node flags as
 * `npm start` and the same settings from the environment:
 *
 *  - `bare`: the baseline. A plain Bolt app (its own default logger, one
 *    app.command listener) that verifies, parses and acks a fixed answer of BENCH_ANSWER_BYTES
 *    bytes of JSON, its receiver mounted on our shared HTTP server at POST /slack/events,
 *    exactly as the bot mounts its own.
 *  - `bare-intake`: diagnostic. The bare app behind the bot's own intake (src/slack/intake.ts:
 *    body read and signature checked before Bolt, Bolt's check off), to tell how much of the
 *    bot's standing against `bare` comes from that intake rather than from its own work.
 *  - `adapter`: diagnostic. The bot assembled as main.js assembles it (settings, rate limiter,
 *    logs, live reload), every answer of the bench mix computed once up front, so that what
 *    remains is Bolt + adapter + Block Kit rendering + pipeline without the query layer.
 *  - `afresh`: diagnostic. The bot assembled the same way with no answers remembered, so every
 *    asking runs the query layer as a question's first asking does.
 *
 * Sends `{ port }` over IPC once listening.
 */
import { App, HTTPReceiver } from '@slack/bolt';
import type { App as BotApp } from '../src/app/load.js';
import type { Answer } from '../src/model/answer.js';
import { createHttpServer } from '../src/http/server.js';
import { silentLogger } from '../src/core/log.js';
import { slackIntake } from '../src/slack/intake.js';
import { SLACK_EVENTS_PATH } from '../src/slack/start.js';

export type ServerMode = 'bare' | 'bare-intake' | 'adapter' | 'afresh';

async function startBare(ownIntake: boolean): Promise<number> {
  const size = Number(process.env.BENCH_ANSWER_BYTES ?? 2000);
  const filler = Math.max(1, size - JSON.stringify({ response_type: 'ephemeral', text: '' }).length);
  const fixed = { response_type: 'ephemeral' as const, text: 'x'.repeat(filler) };
  const signingSecret = process.env.SLACK_SIGNING_SECRET!;
  const receiver = new HTTPReceiver({ signingSecret, endpoints: SLACK_EVENTS_PATH, signatureVerification: !ownIntake });
  const app = new App({
    token: process.env.SLACK_BOT_TOKEN,
    receiver,
    convoStore: false,
    deferInitialization: true,
    clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  });
  app.command(/.*/, async ({ ack }) => {
    await ack(fixed);
  });
  await app.init();
  const http = createHttpServer();
  if (ownIntake) {
    http.post(
      SLACK_EVENTS_PATH,
      slackIntake({
        signingSecret,
        logger: silentLogger,
        stopping: () => false,
        accepted: () => {},
        deliver: (signed, res) => receiver.requestListener(signed, res),
      }),
    );
  } else {
    http.route('POST', SLACK_EVENTS_PATH, (req, res) => receiver.requestListener(req, res));
  }
  http.setReady(true);
  return (await http.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1')).port;
}

/** The mix's answers, computed once: `BENCH_MIX` is a JSON list of [command, text]. */
function precompute(app: BotApp): void {
  const mix = JSON.parse(process.env.BENCH_MIX ?? '[]') as Array<[string, string]>;
  const key = (command: string | null, text: string) => `${command ?? ''}\u0000${text}`;
  const real = app.bot.answer.bind(app.bot);
  const answers = new Map<string, Answer>(
    mix.map(([c, t]) => [key(c.slice(1), t), real({ platform: 'slack', command: c.slice(1), text: t })]),
  );
  app.bot.answer = (request) => answers.get(key(request.command, request.text)) ?? real(request);
}

async function startAdapter(afresh: boolean): Promise<number> {
  const { loadApp } = await import('../src/app/load.js');
  const { startServer } = await import('../src/app/server.js');
  const app = loadApp({ env: process.env, defaultLogLevel: 'info', ...(afresh ? { rememberedAnswers: 0 } : {}) });
  if (!afresh) precompute(app);
  const running = await startServer(app);
  return running.address!.port;
}

const mode = process.argv[2] as ServerMode;
// Stopped by the bench with SIGTERM: exit normally, so that --cpu-prof and the like write their output.
process.once('SIGTERM', () => process.exit(0));
(mode === 'adapter' || mode === 'afresh' ? startAdapter(mode === 'afresh') : startBare(mode === 'bare-intake')).then(
  (port) => process.send?.({ port }),
  (error: unknown) => {
    process.stderr.write(`bench server (${mode}) failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
