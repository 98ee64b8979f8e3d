/**
 * Memory after an attack. What a flood of hostile requests leaves behind is garbage (requests,
 * sockets, bodies read and dropped), and garbage that lived through a few young-generation
 * collections waits in V8's old generation for a full collection that, once traffic is quiet
 * again, may not come for a long time: the process kept its peak size after the attack was
 * over. So the server counts the requests it refuses, and once many were refused and then
 * none for a while, it calls `onQuiet` (the app layer runs a full collection there).
 */
export interface PressureWatch {
  /** A request was refused (any answer of 400 or above). */
  note(): void;
  /** Requests refused so far. */
  readonly refusals: number;
  /** Times the pressure was over and onQuiet ran. */
  readonly reclaims: number;
  stop(): void;
}

export function watchPressure(options: { afterRefusals: number; quietMs: number; onQuiet: () => void }): PressureWatch {
  let refusals = 0;
  let sinceReclaim = 0;
  let reclaims = 0;
  let timer: NodeJS.Timeout | null = null;
  const quiet = () => {
    timer = null;
    sinceReclaim = 0;
    reclaims += 1;
    options.onQuiet();
  };
  return {
    note() {
      refusals += 1;
      sinceReclaim += 1;
      if (sinceReclaim < options.afterRefusals) return;
      // Every refusal pushes the quiet moment back: under attack this is one timer, refreshed.
      if (timer) timer.refresh();
      else timer = setTimeout(quiet, options.quietMs).unref();
    },
    get refusals() {
      return refusals;
    },
    get reclaims() {
      return reclaims;
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
