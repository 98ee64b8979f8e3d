/**
 * A folder of résumés, one person per `*.json` file, the person's id being the file name
 * without `.json`. Each file is validated on its own: a broken one is reported (file, JSON
 * path, problem) and left out, so one person's typo never takes everyone else offline.
 */
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadResumeFile, ResumeFileError } from './load.js';
import type { Resume } from './schema.js';

export interface PersonFile {
  /** The file name without `.json`: stable, unique in the folder, what `--json` and the person option use. */
  readonly id: string;
  readonly file: string;
  readonly resume: Resume;
}

export interface LoadedDirectory {
  readonly people: PersonFile[];
  /** One error per file left out, each naming the file, the place and the problem. */
  readonly skipped: ResumeFileError[];
}

/** The person id a file stands for, or null when the file is not a résumé of the folder. */
export function personIdOf(file: string): string | null {
  const name = basename(file);
  if (!name.endsWith('.json') || name.startsWith('.')) return null;
  const id = name.slice(0, -'.json'.length);
  return id ? id : null;
}

/** The résumé files of a folder, sorted by id (a stable order for listings and ties). */
export function resumeFilesIn(dir: string): string[] {
  const folder = resolve(dir);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'folder not found' : code === 'ENOTDIR' ? 'is a file, not a folder' : `cannot be read (${code ?? String(error)})`;
    throw new ResumeFileError(folder, [reason], 'résumé folder');
  }
  return names
    .filter((name) => personIdOf(name) !== null)
    .sort()
    .map((name) => join(folder, name));
}

/** Reads one file of the folder: the person, or the error that names what is wrong with it. */
export function loadPersonFile(file: string): PersonFile | ResumeFileError {
  try {
    return { id: personIdOf(file) ?? file, file, resume: loadResumeFile(file) };
  } catch (error) {
    if (error instanceof ResumeFileError) return error;
    throw error;
  }
}

/** Every valid résumé of the folder. Throws only when none is left: then there is nobody to answer about. */
export function loadResumeDir(dir: string): LoadedDirectory {
  const people: PersonFile[] = [];
  const skipped: ResumeFileError[] = [];
  for (const file of resumeFilesIn(dir)) {
    const loaded = loadPersonFile(file);
    if (loaded instanceof ResumeFileError) skipped.push(loaded);
    else people.push(loaded);
  }
  if (people.length === 0) {
    const problems = skipped.length
      ? skipped.map((e) => e.message.replace(/\n\s+/g, ' — ').replace(/\n/g, ' '))
      : ['no résumé in it: put one JSON Resume file per person (*.json)'];
    throw new ResumeFileError(resolve(dir), problems, 'résumé folder');
  }
  return { people, skipped };
}
