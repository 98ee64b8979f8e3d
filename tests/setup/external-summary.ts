/**
 * Vitest global setup: clears the skip notes before the run and, after it, prints which suites
 * were skipped for a missing program and the one command that installs them all.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SKIP_NOTES_DIR } from '../helpers/external.js';

export function setup(): void {
  rmSync(SKIP_NOTES_DIR, { recursive: true, force: true });
}

export function teardown(): void {
  let files: string[];
  try {
    files = readdirSync(SKIP_NOTES_DIR).filter((f) => f.endsWith('.txt'));
  } catch {
    return;
  }
  if (!files.length) return;
  const packages = files.map((f) => f.replace(/\.txt$/, '')).sort();
  const lines = files.flatMap((f) => {
    const suites = [...new Set(readFileSync(join(SKIP_NOTES_DIR, f), 'utf8').split('\n').filter(Boolean))];
    return suites.map((suite) => `  - ${suite} (needs ${f.replace(/\.txt$/, '')})`);
  });
  process.stdout.write(
    `\nSkipped ${lines.length} suite(s) that need programs not installed here:\n${lines.join('\n')}\n` +
      `Install them with: sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\n\n`,
  );
}
