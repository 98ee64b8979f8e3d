/**
 * The shutdown drain every platform shares: work it has accepted (a request whose body is
 * still arriving, a handler running, a reply being sent) is counted until it settles, and
 * close() stops taking more and waits for what was accepted — at most `timeoutMs`, so one
 * reply stuck on a slow API cannot hold the process past its grace period.
 */
export interface Drain {
  /** False once close() has begun: refuse new work. */
  readonly open: boolean;
  /** Counts `work` until it settles (fulfilled or not) and returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T>;
  /** Counts something begun without a promise yet (an HTTP request until its response closes); call the result once, when it ends. */
  begin(): () => void;
  /** Stops taking work; resolves when everything counted has settled, or after `timeoutMs`. Safe to call twice. */
  close(timeoutMs?: number): Promise<void>;
}

/** Long enough for a reply that is already on its way, short enough to exit within a process manager's grace. */
export const DRAIN_TIMEOUT_MS = 4000;

export function createDrain(): Drain {
  let open = true;
  let pending = 0;
  let idle: (() => void) | null = null;
  let closing: Promise<void> | null = null;

  const end = () => {
    pending -= 1;
    if (pending === 0) idle?.();
  };

  return {
    get open() {
      return open;
    },
    track(work) {
      pending += 1;
      work.then(end, end);
      return work;
    },
    begin() {
      pending += 1;
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        end();
      };
    },
    close(timeoutMs = DRAIN_TIMEOUT_MS) {
      open = false;
      return (closing ??= new Promise<void>((resolve) => {
        if (pending === 0) return resolve();
        const timer = setTimeout(resolve, timeoutMs);
        timer.unref();
        idle = () => {
          clearTimeout(timer);
          resolve();
        };
      }));
    },
  };
}
