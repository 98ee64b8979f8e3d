/**
 * The last resort of a server process: an error nobody caught (a rejected promise no one
 * awaited, an exception thrown from a timer or an event handler) is logged and the process
 * keeps serving. Node's default is to exit, which let one signed but malformed request take
 * down every platform of the process. Every known path already answers a bad request with a
 * 4xx and a handler bug with a 500; this catches what they miss.
 *
 * Only for the chat platforms: the console and the CLI keep Node's default, where a bug should
 * stop the program rather than leave it half working.
 */
import type { Logger } from '../core/log.js';

export interface LastResort {
  /** Errors caught so far (for tests and metrics). */
  readonly caught: number;
  uninstall(): void;
}

export function installLastResort(logger: Logger, target: NodeJS.Process = process): LastResort {
  let caught = 0;
  const onRejection = (reason: unknown) => {
    caught += 1;
    logger.error('unhandled_rejection', { error: reason instanceof Error ? reason : String(reason) });
  };
  const onException = (error: Error, origin: string) => {
    caught += 1;
    logger.error('uncaught_exception', { origin, error });
  };
  target.on('unhandledRejection', onRejection);
  target.on('uncaughtException', onException);
  return {
    get caught() {
      return caught;
    },
    uninstall() {
      target.off('unhandledRejection', onRejection);
      target.off('uncaughtException', onException);
    },
  };
}
