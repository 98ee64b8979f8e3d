/**
 * A folder of this package's data/ (taxonomy, locales, places), found from this file's place: src/model/
 * when run from source (tests), dist/src/model/ or the bundled CLI (dist/src/cli/) when built.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function shippedDataDir(folder: string): string {
  const fromSource = fileURLToPath(new URL(`../../data/${folder}/`, import.meta.url));
  return existsSync(fromSource) ? fromSource : fileURLToPath(new URL(`../../../data/${folder}/`, import.meta.url));
}
