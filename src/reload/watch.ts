/**
 * Live reload: when the résumé or the alias table changes on disk, a valid new version is
 * served from the next request on; an invalid one is refused and logged (file, JSON path,
 * problem) while the last good version keeps serving. Requests are answered synchronously
 * from whichever index was current when they started, so none is dropped by a swap.
 *
 * Two watchers on purpose: fs.watch on the folder is immediate and sees editors that save
 * by renaming a temp file over the original; stat polling catches file systems where
 * fs.watch is silent (network mounts, some containers).
 */
import { createHash } from 'node:crypto';
import { readFileSync, unwatchFile, watch, watchFile, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Bot } from '../core/bot.js';
import type { Logger } from '../core/log.js';
import { loadAliasesFile } from '../query/aliases.js';
import { loadResumeFile } from '../resume/load.js';

export interface ResumeWatcher {
  /** Re-reads both files now; true when a new version was installed. */
  reloadNow(): boolean;
  close(): void;
}

export interface WatchOptions {
  resumeFile: string;
  aliasesFile: string;
  bot: Bot;
  logger: Logger;
  /** Quiet time after the last change before reading, so a half-written file isn't read. */
  debounceMs?: number;
  pollIntervalMs?: number;
}

/**
 * `schedule` runs `run` once `ms` after the last call (the quiet time a half-written file needs);
 * after `cancel` it never runs again. Timers are unref'd: a watcher never keeps the process up.
 */
export function debounced(run: () => void, ms: number): { schedule: () => void; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  let cancelled = false;
  return {
    schedule() {
      if (cancelled) return;
      clearTimeout(timer);
      timer = setTimeout(run, ms);
      timer.unref();
    },
    cancel() {
      cancelled = true;
      clearTimeout(timer);
    },
  };
}

export function fingerprint(path: string): string {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return 'unreadable';
  }
}

export function watchResume(options: WatchOptions): ResumeWatcher {
  const files = [resolve(options.resumeFile), resolve(options.aliasesFile)];
  const debounceMs = options.debounceMs ?? 100;
  const pollIntervalMs = options.pollIntervalMs ?? 300;
  const { bot, logger } = options;
  let lastSeen = files.map(fingerprint).join(':');

  function reloadNow(): boolean {
    const seen = files.map(fingerprint).join(':');
    if (seen === lastSeen) return false;
    lastSeen = seen;
    try {
      const resume = loadResumeFile(files[0]!);
      const aliases = loadAliasesFile(files[1]!);
      bot.replace(resume, aliases);
      logger.info('resume_reloaded', { file: files[0], roles: resume.work.length, projects: resume.projects.length });
      return true;
    } catch (error) {
      // The old résumé keeps serving; the message names file, JSON path and problem.
      logger.error('resume_reload_refused', { error: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }

  const { schedule, cancel } = debounced(reloadNow, debounceMs);

  const watchers: FSWatcher[] = [];
  for (const dir of new Set(files.map((f) => dirname(f)))) {
    try {
      const names = new Set(files.filter((f) => dirname(f) === dir).map((f) => basename(f)));
      const watcher = watch(dir, { persistent: false }, (_event, name) => {
        if (name === null || names.has(String(name))) schedule();
      });
      watcher.on('error', () => watcher.close());
      watchers.push(watcher);
    } catch (error) {
      logger.warn('resume_watch_unavailable', { dir, error: error instanceof Error ? error.message : String(error) });
    }
  }
  for (const file of files) watchFile(file, { interval: pollIntervalMs, persistent: false }, schedule);

  return {
    reloadNow,
    close() {
      cancel();
      watchers.forEach((w) => w.close());
      files.forEach((f) => unwatchFile(f, schedule));
    },
  };
}
