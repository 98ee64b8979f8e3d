/**
 * The process entry (`npm start` = `node dist/src/main.js`, so a process manager's SIGTERM
 * reaches this process directly). With no platform credentials it opens the terminal
 * console; with Slack and/or Discord settings it runs them, sharing one HTTP server.
 */
import { runConsole } from './console/console.js';
import { loadEnvFile } from './app/env.js';
import { loadApp, reportStartupError, type App } from './app/load.js';
import { startServer, type RunningServer } from './app/server.js';
import { exitQuietlyOnBrokenPipe, wantsColor } from './app/tty.js';

/** How long a shutdown may take before the process gives up waiting (issue 5: exit within 5 s). */
const SHUTDOWN_GRACE_MS = 4_500;

/**
 * Bench hook: with this variable set the process writes its peak RSS to stderr on exit,
 * so `npm run bench` can read the console's real high-water mark.
 */
const REPORT_MAXRSS = 'RESUME_BOT_REPORT_MAXRSS';

async function runConsoleMode(app: App): Promise<number> {
  exitQuietlyOnBrokenPipe(process.stdout);
  const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
  await runConsole({
    pipeline: app.pipeline,
    input: process.stdin,
    output: process.stdout,
    interactive,
    color: wantsColor(process.stdout, process.env),
  });
  return 0;
}

function stopOnSignals(server: RunningServer, app: App): void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) {
      // A second Ctrl-C means "now".
      process.exit(1);
    }
    signalled = true;
    app.logger.info('stopping', { signal });
    const force = setTimeout(() => {
      app.logger.error('stop_timeout', { afterMs: SHUTDOWN_GRACE_MS });
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    server
      .stop()
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
  let app: App;
  try {
    app = loadApp({
      env: process.env,
      // A request log line per question would interleave with the console conversation.
      defaultLogLevel: (config) => (config.slack || config.discord ? 'info' : 'warn'),
    });
  } catch (error) {
    return reportStartupError(error);
  }

  if (!app.config.slack && !app.config.discord) return runConsoleMode(app);

  let server: RunningServer;
  try {
    server = await startServer(app);
  } catch (error) {
    app.logger.error('start_failed', { error });
    return 1;
  }
  stopOnSignals(server, app);
  // The server runs until a signal; the exit code is decided by the shutdown.
  return null;
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
  (error: unknown) => {
    process.exitCode = reportStartupError(error);
  },
);
