/**
 * A directory bot over the test résumés: Martin's, the JSON Resume examples and our own awkward
 * one (tests/fixtures/martin-alvarez.resume.json: a second Martin, accents, missing dates, no work
 * section), with the committed alias table and a fixed clock.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDirectoryBot, type DirectoryBot } from '../../src/core/directory.js';
import { createLogger } from '../../src/core/log.js';
import type { ResumeWatcher } from '../../src/reload/watch.js';
import { watchResumeDir } from '../../src/reload/watch-dir.js';
import { loadResumeDir } from '../../src/resume/directory.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { FIXED_NOW, parseLine } from '../helpers/bot.js';
import { resumePath } from '../query/fixture-bots.js';

/** The JSON Resume examples and Martin: the five people of the held-out directory set. */
export const FIVE = ['career-changer', 'martin', 'new-grad', 'sample', 'senior-engineer'] as const;
/** The five and our own awkward résumé. */
export const SIX = [...FIVE, 'martin-alvarez'] as const;

export function directoryBot(ids: readonly string[] = SIX): DirectoryBot {
  return createDirectoryBot({
    people: ids.map((id) => ({ id, resume: loadResumeFile(resumePath(id)) })),
    aliases: loadAliasesFile('data/aliases.json'),
    clock: () => FIXED_NOW,
  });
}

/** The ids of the people an answer across everyone lists for `asked`, each once, sorted. */
export function peopleListed(bot: DirectoryBot, asked: string): Array<string | undefined> {
  return [...new Set(bot.answer(parseLine(asked)).matches.map((m) => m.person?.id))].sort();
}

/** A folder holding copies of these résumés, a directory bot over it and its live-reload watcher, logging into `logs`. */
export function watchedFolder(ids: readonly string[]): {
  dir: string;
  bot: DirectoryBot;
  watcher: ResumeWatcher;
  logs: Array<Record<string, unknown>>;
} {
  const dir = mkdtempSync(join(tmpdir(), 'directory-'));
  for (const id of ids) copyFileSync(resumePath(id), join(dir, `${id}.json`));
  const bot = createDirectoryBot({
    people: loadResumeDir(dir).people,
    aliases: loadAliasesFile('data/aliases.json'),
    clock: () => FIXED_NOW,
  });
  const logs: Array<Record<string, unknown>> = [];
  const logger = createLogger('info', (line) => logs.push(JSON.parse(line)));
  const watcher = watchResumeDir({ dir, aliasesFile: 'data/aliases.json', bot, logger, debounceMs: 20, pollIntervalMs: 50 });
  return { dir, bot, watcher, logs };
}
