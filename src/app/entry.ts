/**
 * What `npm start` runs once main.ts has set the console's memory flags. When the settings
 * configure a platform that runs on its own (see platforms.ts) it serves the platforms, sharing
 * one HTTP server; otherwise it opens the terminal console.
 *
 * The console path loads neither the platform libraries nor, on a warm start, the
 * validators: see startup-cache.ts.
 */
import { loadAppCached, type CachedApp } from './startup-cache.js';
import { loadEnvFile } from './env.js';
import { exitQuietlyOnBrokenPipe } from '../platform/broken-pipe.js';
import { wantsColor } from './tty.js';
import type { App } from './load.js';
import type { RunningServer } from './server.js';
import type { Pipeline } from '../core/pipeline.js';
import { runConsole } from '../console/console.js';
import { spendMemory } from './v8-flags.js';

/**
 * Bench hook: with this variable set the process writes its peak RSS to stderr on exit,
 * so `npm run bench` can read the console's real high-water mark.
 */
const REPORT_MAXRSS = 'RESUME_BOT_REPORT_MAXRSS';

async function reportStartupError(error: unknown): Promise<number> {
  const { reportStartupError: report } = await import('./load.js');
  return report(error);
}

async function runConsoleMode(pipeline: Pipeline): Promise<number> {
  exitQuietlyOnBrokenPipe(process.stdout);
  const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
  await runConsole({
    pipeline,
    input: process.stdin,
    output: process.stdout,
    interactive,
    color: wantsColor(process.stdout, process.env),
  });
  return 0;
}

/**
 * SIGTERM / SIGINT: stop taking work, let platforms finish what is in flight, close the
 * server, exit 0 within 5 s. Installed before the server starts so that a signal during
 * start-up is honoured too: the start is abandoned at once (never "started", never ready),
 * what it had started is stopped, and the process exits 0.
 */
function stopOnSignals(server: Promise<RunningServer | null>, abort: AbortController, app: App): void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) {
      // A second Ctrl-C means "now".
      process.exit(1);
    }
    signalled = true;
    app.logger.info('stopping', { signal });
    // The last word (SHUTDOWN_TIMEOUT_MS): every part of stopping has a shorter deadline of its own;
    // if it has still not finished, exit anyway, 0, as the process was asked to stop and did.
    const { timeoutMs } = app.config.shutdown;
    const backstop = setTimeout(() => {
      app.logger.error('stop_timeout', { afterMs: timeoutMs });
      process.exit(0);
    }, timeoutMs);
    backstop.unref();
    abort.abort();
    server
      .then((running) => running?.stop())
      .then(() => {
        app.logger.info('stopped', {});
        process.exit(0);
      })
      .catch((error: unknown) => {
        app.logger.error('stop_failed', { error });
        process.exit(1);
      });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

async function main(): Promise<number | null> {
  await loadEnvFile();

  let started: CachedApp;
  try {
    // The server logs a line per request at info; the console warns unless LOG_LEVEL says otherwise, so
    // request lines do not interleave with the conversation.
    // A server gets V8's defaults back before its résumés are read and indexed: under the console's economy (no
    // optimising compiler, a young generation that never grows) indexing a folder of 1,000 people took half again longer.
    started = await loadAppCached(process.env, (serves) => (serves ? 'info' : 'warn'), {
      beforeResumes: (serves) => {
        if (serves) spendMemory();
      },
    });
  } catch (error) {
    return reportStartupError(error);
  }
  if (!started.serves) return runConsoleMode(started.pipeline);

  // The cache spares the console a validation; a server is started from settings validated in full (`started.app`).
  let app: App;
  try {
    app = started.app ?? (await import('./load.js')).loadApp({ env: process.env, defaultLogLevel: 'info' });
  } catch (error) {
    return reportStartupError(error);
  }

  // From here on nothing a client sends, and no bug on a request's path, may end the process.
  const { installLastResort } = await import('./last-resort.js');
  installLastResort(app.logger);
  const { startServer } = await import('./server.js');
  const abort = new AbortController();
  let failed = false;
  // A failed start resolves to null here (and exits 1 below); a signal then has nothing to stop.
  const { reclaimAfterAttack } = await import('./reclaim.js');
  const server = startServer(app, { signal: abort.signal, onQuietAfterAttack: reclaimAfterAttack(app.logger) }).catch((error: unknown) => {
    app.logger.error('start_failed', { error });
    failed = true;
    return null;
  });
  stopOnSignals(server, abort, app);
  // The server runs until a signal; the exit code is decided by the shutdown.
  await server;
  return failed ? 1 : null;
}

if (process.env[REPORT_MAXRSS]) {
  process.on('exit', () => {
    process.stderr.write(`maxrss_kb=${process.resourceUsage().maxRSS}\n`);
  });
}

main().then(
  (code) => {
    if (code !== null) process.exitCode = code;
  },
  async (error: unknown) => {
    process.exitCode = await reportStartupError(error);
  },
);
