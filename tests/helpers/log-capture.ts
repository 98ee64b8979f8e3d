/** A logger that keeps every line and lets a test wait for one ("until the bot logs X"), instead of sleeping. */
import { createLogger, type Logger } from '../../src/core/log.js';

export type LogLine = Record<string, unknown> & { event: string; level: string };

export interface LogCapture {
  logger: Logger;
  lines: LogLine[];
  /** The first line (already written or still to come) for which `match` holds. */
  next(event: string, match?: (line: LogLine) => boolean): Promise<LogLine>;
  count(event: string): number;
}

export function captureLogs(level: 'debug' | 'info' | 'warn' = 'info'): LogCapture {
  const lines: LogLine[] = [];
  const waiters: Array<{ test: (line: LogLine) => boolean; resolve: (line: LogLine) => void }> = [];
  const logger = createLogger(level, (text) => {
    const line = JSON.parse(text) as LogLine;
    lines.push(line);
    for (const waiter of [...waiters]) {
      if (!waiter.test(line)) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(line);
    }
  });
  return {
    logger,
    lines,
    next(event, match = () => true) {
      const test = (line: LogLine) => line.event === event && match(line);
      const found = lines.find(test);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.push({ test, resolve }));
    },
    count: (event) => lines.filter((l) => l.event === event).length,
  };
}
