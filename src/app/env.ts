/**
 * Where settings and bundled data come from, without loading anything heavy: this module
 * is on the CLI's hot path, so it imports no zod, no dotenv unless a .env file exists,
 * and no platform library.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Env = Record<string, string | undefined>;

/**
 * Reads ./.env into process.env when there is one (variables already set win). dotenv is
 * only loaded when the file exists, which keeps a bare `resume-bot` start fast.
 */
export async function loadEnvFile(path = join(process.cwd(), '.env')): Promise<void> {
  if (!existsSync(path)) return;
  const { config } = await import('dotenv');
  config({ path, quiet: true });
}

let packageRootCache: string | null | undefined;

/** The directory holding this package's package.json (works from src/ and from dist/src/). */
export function packageRoot(): string | null {
  if (packageRootCache !== undefined) return packageRootCache;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return (packageRootCache = dir);
    const parent = dirname(dir);
    if (parent === dir) return (packageRootCache = null);
    dir = parent;
  }
}

/**
 * The bundled résumé and alias table are found from the package itself when their
 * variables are not set, so `resume-bot` works from any directory. A path the user sets
 * is taken as written (relative to the working directory).
 */
export function withBundledDefaults(env: Env): Env {
  const root = packageRoot();
  if (!root) return env;
  const out: Env = { ...env };
  // A folder of résumés replaces the bundled one; setting both is a configuration error, named as such.
  if (!out.RESUME_FILE?.trim() && !out.RESUME_DIR?.trim()) out.RESUME_FILE = join(root, 'data', 'resume.json');
  if (!out.ALIASES_FILE?.trim()) out.ALIASES_FILE = join(root, 'data', 'aliases.json');
  return out;
}
