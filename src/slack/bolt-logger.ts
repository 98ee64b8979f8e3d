/**
 * Bolt (and its WebClient and Socket Mode client) log through this adapter into our
 * structured logger, so every line of the process has one format and one level setting.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import { logsAt, type Logger } from '../core/log.js';

function describe(parts: unknown[]): string {
  return parts
    .map((part) => {
      if (part instanceof Error) return `${part.name}: ${part.message}`;
      if (typeof part === 'string') return part;
      try {
        return JSON.stringify(part);
      } catch {
        return String(part);
      }
    })
    .join(' ');
}

function boltLevel(level: Logger['level']): LogLevel {
  switch (level) {
    case 'debug':
      return LogLevel.DEBUG;
    case 'info':
      return LogLevel.INFO;
    case 'warn':
      return LogLevel.WARN;
    default:
      return LogLevel.ERROR;
  }
}

export function toBoltLogger(logger: Logger, source = 'bolt'): BoltLogger {
  let name = source;
  // Bolt logs at debug a few times per request; below LOG_LEVEL nothing is formatted at all.
  const on = (at: Exclude<Logger['level'], 'silent'>) => logsAt(logger.level, at);
  return {
    debug: (...msg: unknown[]) => on('debug') && logger.debug('slack_library', { source: name, message: describe(msg) }),
    info: (...msg: unknown[]) => on('info') && logger.info('slack_library', { source: name, message: describe(msg) }),
    warn: (...msg: unknown[]) => on('warn') && logger.warn('slack_library', { source: name, message: describe(msg) }),
    error: (...msg: unknown[]) => on('error') && logger.error('slack_library', { source: name, message: describe(msg) }),
    // Our LOG_LEVEL decides; Bolt asking for its default level must not override it.
    setLevel: () => {},
    getLevel: () => boltLevel(logger.level),
    setName: (next: string) => {
      name = next;
    },
  };
}
