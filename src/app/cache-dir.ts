/**
 * Where the start-up caches live: node_modules/.cache/resume-bot, or the folder
 * RESUME_BOT_CACHE_DIR names ("" or "off": none). Its own small module because the CLI's
 * launcher reads it before anything else is loaded.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot, type Env } from './env.js';

/** Set to a directory to keep the cache there; set to "" or "off" to disable it. */
export const CACHE_DIR_VARIABLE = 'RESUME_BOT_CACHE_DIR';

export function cacheDirectory(env: Env): string | null {
  const chosen = env[CACHE_DIR_VARIABLE];
  if (chosen !== undefined) return chosen.trim() === '' || chosen.trim() === 'off' ? null : resolve(chosen);
  const root = packageRoot();
  if (!root) return null;
  try {
    if (!statSync(join(root, 'node_modules')).isDirectory()) return null;
  } catch {
    return null;
  }
  return join(root, 'node_modules', '.cache', 'resume-bot');
}

/** The file's text, or null when it does not exist; undefined when it cannot be read. */
export function readText(path: string): string | null | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : undefined;
  }
}

/** Writes `data` as `file` atomically: a concurrent start reads the old file or the new one, never half of one. */
export function writeAtomically(dir: string, file: string, data: string | Uint8Array): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(temp, data, { mode: 0o600 });
    renameSync(temp, file);
  } catch {
    // A read-only install just stays on the slow path.
    rmSync(temp, { force: true });
  }
}
