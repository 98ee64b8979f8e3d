/**
 * Reads and validates a résumé file. Any failure is a ResumeFileError whose message
 * names the file, where in it (JSON path or line:column) and what is wrong, so that a
 * person fixing their résumé never has to guess.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { lineAndColumn, locateJsonError } from './json-error.js';
import { resumeErrorMessages, resumeSchema, type Resume } from './schema.js';

/** Beyond this many problems the list is cut: the first ones are what a person fixes first. */
const MAX_PROBLEMS = 20;

export class ResumeFileError extends Error {
  override readonly name = 'ResumeFileError';
  constructor(
    readonly file: string,
    /** Each problem as "work[1].startDate: ..." or "line 3, column 5: ...". */
    readonly problems: string[],
    /** What the file is, for the message: "résumé", "alias table". */
    readonly what = 'résumé',
  ) {
    const shown = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > MAX_PROBLEMS) shown.push(`… and ${problems.length - MAX_PROBLEMS} more`);
    super(`${file}: invalid ${what}\n${shown.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** `['work', 1, 'startDate']` → `work[1].startDate`. */
export function formatJsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && !/^[A-Za-z_$][\w$]*$/.test(key)) out += `[${JSON.stringify(key)}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(root)';
}

function describeIssue(issue: z.core.$ZodIssue): string {
  return `${formatJsonPath(issue.path)}: ${issue.message}`;
}

/** Validates already-parsed JSON. `file` is only used in the error. */
export function parseResume(data: unknown, file: string): Resume {
  const result = resumeSchema.safeParse(data, { error: resumeErrorMessages });
  if (!result.success) throw new ResumeFileError(file, result.error.issues.map(describeIssue));
  return result.data;
}

/** Parses résumé text (JSON) and validates it. A leading byte-order mark is ignored. */
export function parseResumeText(text: string, file: string): Resume {
  const json = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const where = locateJsonError(json);
    const detail = where ? `line ${where.line}, column ${where.column}: ${where.problem}` : `not valid JSON (${(error as Error).message})`;
    throw new ResumeFileError(file, [detail]);
  }
  return parseResume(data, file);
}

/** Offset of the first byte that is not part of well-formed UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

export function loadResumeFile(path: string): Resume {
  const file = resolve(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied: the file cannot be read'
            : `cannot be read (${code ?? String(error)})`;
    throw new ResumeFileError(file, [reason]);
  }
  // A file saved as Latin-1 or UTF-16 would otherwise load with "�" in place of every
  // accented letter, silently. Node's own check reads a folder of a thousand files in a fraction
  // of the time; only a file it rejects is walked to say where.
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const before = bytes.subarray(0, bad).toString('utf8');
    const { line, column } = lineAndColumn(before, before.length);
    const byte = `0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')}`;
    throw new ResumeFileError(file, [`line ${line}, column ${column}: byte ${byte} is not UTF-8 text: save the file as UTF-8`]);
  }
  return parseResumeText(bytes.toString('utf8'), file);
}
