/**
 * A folder of résumés, one person per `*.json` file, the person's id being the file name
 * without `.json`. Each file is validated on its own: a broken one is reported (file, JSON
 * path, problem) and left out, so one person's typo never takes everyone else offline.
 */
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { catalogues, DEFAULT_LOCALE } from '../i18n/catalogue.js';
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
  return id && !translationTagOf(id) ? id : null;
}

/**
 * The language of `<id>.<tag>.json` (`lena.pt-BR.json`) when the tag is a catalogue's: the way a
 * translated copy is named beside RESUME_FILE. In a folder such a file is somebody's copy, never
 * a person of its own.
 */
export function translationTagOf(id: string): string | null {
  const dot = id.lastIndexOf('.');
  if (dot <= 0) return null;
  const tag = id.slice(dot + 1);
  return catalogues.locales().includes(tag) && tag !== DEFAULT_LOCALE ? tag : null;
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

const TRANSLATION_IN_FOLDER =
  'a translated copy (<id>.<language>.json): translated copies are served with RESUME_FILE only; in RESUME_DIR it is left out, not served as another person';

/** The translated copies lying in a folder, which are left out and reported. */
function translatedCopiesIn(dir: string): string[] {
  try {
    return readdirSync(resolve(dir))
      .filter((name) => name.endsWith('.json') && translationTagOf(name.slice(0, -'.json'.length)))
      .sort()
      .map((name) => join(resolve(dir), name));
  } catch {
    return []; // resumeFilesIn names the folder's problem
  }
}

/** Every valid résumé of the folder. Throws only when none is left: then there is nobody to answer about. */
export function loadResumeDir(dir: string): LoadedDirectory {
  const people: PersonFile[] = [];
  const skipped: ResumeFileError[] = [];
  for (const file of translatedCopiesIn(dir)) {
    skipped.push(new ResumeFileError(file, [TRANSLATION_IN_FOLDER], 'résumé for this folder'));
  }
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
