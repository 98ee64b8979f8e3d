/**
 * The node flags `npm start` runs the bot with (e.g. `node --max-semi-space-size=4 dist/src/main.js`),
 * read from package.json, so every process a bench measures, the bench's own included, runs like
 * production. BENCH_CHILD_FLAGS overrides them for experiments.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/app/env.js';

/** The options between `node` and the script in a `node …` command line (none if it is not one). */
export function nodeFlags(command: string): string[] {
  const words = command.trim().split(/\s+/);
  if (words[0] !== 'node') return [];
  const flags: string[] = [];
  for (const word of words.slice(1)) {
    if (!word.startsWith('-')) break;
    flags.push(word);
  }
  return flags;
}

/** The flags of package.json's `start` script, as written. */
export function npmStartFlags(): string[] {
  const root = packageRoot();
  if (!root) return [];
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  return nodeFlags(pkg.scripts?.start ?? '');
}

/** What every process the bench measures runs with: npm start's flags, or BENCH_CHILD_FLAGS. */
export function startFlags(): string[] {
  if (process.env.BENCH_CHILD_FLAGS !== undefined) return process.env.BENCH_CHILD_FLAGS.split(' ').filter(Boolean);
  return npmStartFlags();
}

/** Those of `flags` that node was not started with (`execArgv`): the bench restarts itself with them. */
export function missingFlags(flags: readonly string[], execArgv: readonly string[]): string[] {
  return flags.filter((flag) => !execArgv.includes(flag));
}
