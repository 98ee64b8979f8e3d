/**
 * Live reload of a folder of résumés (RESUME_DIR): a file added is a person added, a file
 * changed re-indexes that person only, a file removed takes them out. A broken file is
 * logged with file, JSON path and problem: a new one is left out, a changed one keeps its
 * last good version serving. A changed alias table re-indexes everyone.
 *
 * Like the one-file watcher: fs.watch on the folder for speed, stat polling of the folder's
 * listing and files for file systems where fs.watch is silent.
 */
import { unwatchFile, watch, watchFile, type FSWatcher } from 'node:fs';
import { resolve } from 'node:path';
import type { DirectoryBot } from '../core/directory.js';
import type { Logger } from '../core/log.js';
import { loadAliasesFile } from '../query/aliases.js';
import { loadPersonFile, personFiles, personIdOf, resumeFilesIn } from '../resume/directory.js';
import { ResumeFileError } from '../resume/load.js';
import { debounced, fingerprint, type ResumeWatcher } from './watch.js';

export interface WatchDirOptions {
  dir: string;
  aliasesFile: string;
  bot: DirectoryBot;
  logger: Logger;
  debounceMs?: number;
  pollIntervalMs?: number;
}

function listing(dir: string): string[] {
  try {
    return resumeFilesIn(dir);
  } catch {
    return [];
  }
}

export function watchResumeDir(options: WatchDirOptions): ResumeWatcher {
  const dir = resolve(options.dir);
  const aliasesFile = resolve(options.aliasesFile);
  const debounceMs = options.debounceMs ?? 100;
  const pollIntervalMs = options.pollIntervalMs ?? 300;
  const { bot, logger } = options;
  // A person's print covers their translated copies: editing lena.pt-BR.json reloads Lena.
  const printOf = (file: string) => personFiles(file).map(fingerprint).join('\u0000');
  const seen = new Map(listing(dir).map((file) => [file, printOf(file)]));
  let aliasesSeen = fingerprint(aliasesFile);
  let closed = false;
  const polled = new Set<string>();

  function reloadNow(): boolean {
    let changed = false;
    const aliasesNow = fingerprint(aliasesFile);
    if (aliasesNow !== aliasesSeen) {
      aliasesSeen = aliasesNow;
      try {
        bot.replace(bot.resume, loadAliasesFile(aliasesFile));
        logger.info('aliases_reloaded', { file: aliasesFile });
        changed = true;
      } catch (error) {
        logger.error('resume_reload_refused', { error: error instanceof Error ? error.message : String(error) });
      }
    }
    const files = listing(dir);
    for (const file of files) {
      const print = printOf(file);
      if (seen.get(file) === print) continue;
      const added = !seen.has(file);
      seen.set(file, print);
      const loaded = loadPersonFile(file);
      if (loaded instanceof ResumeFileError) {
        // The message names file, JSON path and problem; a person already served keeps their last good version.
        logger.error('resume_reload_refused', { file, kept: !added, error: loaded.message });
        continue;
      }
      for (const broken of loaded.brokenCopies)
        logger.error('resume_reload_refused', { file: broken.file, kept: false, error: broken.message });
      bot.upsert(loaded.id, loaded.resume, loaded.translations);
      logger.info(added ? 'person_added' : 'resume_reloaded', { file, person: loaded.id });
      changed = true;
    }
    const now = new Set(files);
    for (const file of [...seen.keys()]) {
      if (now.has(file)) continue;
      seen.delete(file);
      const id = personIdOf(file);
      if (id && bot.remove(id)) {
        logger.info('person_removed', { file, person: id });
        changed = true;
      }
    }
    pollFiles();
    return changed;
  }

  const { schedule, cancel } = debounced(reloadNow, debounceMs);

  function pollFiles(): void {
    if (closed) return;
    for (const file of [dir, aliasesFile, ...[...seen.keys()].flatMap(personFiles)]) {
      if (polled.has(file)) continue;
      polled.add(file);
      watchFile(file, { interval: pollIntervalMs, persistent: false }, schedule);
    }
  }

  const watchers: FSWatcher[] = [];
  for (const folder of new Set([dir, resolve(aliasesFile, '..')])) {
    try {
      const watcher = watch(folder, { persistent: false }, schedule);
      watcher.on('error', () => watcher.close());
      watchers.push(watcher);
    } catch (error) {
      logger.warn('resume_watch_unavailable', { dir: folder, error: error instanceof Error ? error.message : String(error) });
    }
  }
  pollFiles();

  return {
    reloadNow,
    close() {
      closed = true;
      cancel();
      watchers.forEach((w) => w.close());
      polled.forEach((f) => unwatchFile(f, schedule));
    },
  };
}
