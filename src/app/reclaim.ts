/**
 * Gives back the memory an attack left behind (the HTTP server calls this once many requests
 * were refused and then none for a second; see src/http/pressure.ts). What a flood of hostile
 * requests leaves is garbage waiting in V8's old generation for a full collection, which a
 * quiet process may not run for a long time, so the peak stayed the resident size. Two full
 * collections (the second, a second later, lets V8 release the pages the first emptied) give
 * most of it back: in `npm run bench hostile`, RSS after the attack falls to within a few MB of
 * idle instead of staying at its peak.
 *
 * A full collection needs V8's gc(), which Node only exposes with --expose-gc; setting that
 * flag now exposes it in a new context (as the console's memory flags are set in main.ts).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Logger } from '../core/log.js';

const SECOND_PASS_MS = 1_000;

function fullCollection(): (() => void) | null {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  return typeof gc === 'function' ? () => gc() : null;
}

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** The server's onQuietAfterAttack: two full collections, logged with the resident size before and after. */
export function reclaimAfterAttack(logger: Logger): () => void {
  const collect = fullCollection();
  return () => {
    if (!collect) return;
    const before = process.memoryUsage.rss();
    collect();
    setTimeout(() => {
      collect();
      logger.info('memory_reclaimed', { rssBeforeMb: mb(before), rssAfterMb: mb(process.memoryUsage.rss()) });
    }, SECOND_PASS_MS).unref();
  };
}
