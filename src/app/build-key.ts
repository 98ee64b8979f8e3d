/**
 * Names one build of the bundled CLI: the SHA-256 the build wrote on the bundle's first line, with
 * the file's size and time, so a bundle changed after the build counts as another build. What is
 * kept per build (V8's compiled code, the résumé's prepared index) is used only by the same one.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DIGEST_LINE } from '../cli/launch-names.js';

/**
 * The text's SHA-256, base64url. node:crypto is loaded only when something must be hashed: it costs a
 * start milliseconds and the console 2 MB.
 */
export function sha256(text: string): string {
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(text).digest('base64url');
}

/** `digest` (the bundle's SHA-256) with the file's size and time. */
export function buildKey(file: string, digest: string): string {
  const stat = statSync(file);
  return `${digest}-${stat.size}-${Math.trunc(stat.mtimeMs)}`;
}

/** The build of the running code when it is the bundle (`file` opens with the digest line); null for tsc's output or an unreadable file. */
export function bundleBuild(file: string): string | null {
  try {
    const fd = openSync(file, 'r');
    try {
      const head = Buffer.alloc(128);
      const digest = DIGEST_LINE.exec(head.toString('utf8', 0, readSync(fd, head, 0, head.length, 0)))?.[1];
      return digest ? buildKey(file, digest) : null;
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}
