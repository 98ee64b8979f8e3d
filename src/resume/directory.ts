/**
 * A folder of résumés, one person per `*.json` file, the person's id being the file name
 * without `.json`. Each file is validated on its own: a broken one is reported (file, JSON
 * path, problem) and left out, so one person's typo never takes everyone else offline.
 */
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { catalogues, DEFAULT_LOCALE } from '../i18n/catalogue.js';
import { loadResumeFile, ResumeFileError } from './load.js';
import { translationFiles } from './translation-files.js';
import { checkLanguage } from './translations.js';
import type { Resume } from './schema.js';

export interface PersonFile {
  /** The file name without `.json`: stable, unique in the folder, what `--json` and the person option use. */
  readonly id: string;
  readonly file: string;
  readonly resume: Resume;
  /** Their translated copies (`<id>.<tag>.json` beside the file) by language tag. */
  readonly translations: Readonly<Record<string, Resume>>;
  /** Copies left out, each naming its file and problem: the person is served without them. */
  readonly brokenCopies: readonly ResumeFileError[];
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

/** Reads one file of the folder and its translated copies: the person, or the error that names what is wrong with the file. */
export function loadPersonFile(file: string): PersonFile | ResumeFileError {
  let resume: Resume;
  try {
    resume = loadResumeFile(file);
  } catch (error) {
    if (error instanceof ResumeFileError) return error;
    throw error;
  }
  const translations: Record<string, Resume> = {};
  const brokenCopies: ResumeFileError[] = [];
  for (const copy of translationFiles(file)) {
    try {
      const translated = loadResumeFile(copy.file);
      checkLanguage(translated, copy.tag, copy.file);
      translations[copy.tag] = translated;
    } catch (error) {
      if (!(error instanceof ResumeFileError)) throw error;
      brokenCopies.push(error);
    }
  }
  return { id: personIdOf(file) ?? file, file, resume, translations, brokenCopies };
}

/** Every file a person is read from: theirs and their translated copies. */
export function personFiles(file: string): string[] {
  return [file, ...translationFiles(file).map((copy) => copy.file)];
}

const ORPHAN_COPY =
  'a translated copy (<id>.<language>.json) whose <id>.json is not in the folder: left out, never served as another person';

/** The translated copies in a folder without their person's file, which are left out and reported. */
function orphanCopiesIn(dir: string): string[] {
  try {
    const names = new Set(readdirSync(resolve(dir)));
    return [...names]
      .filter((name) => {
        const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
        const tag = translationTagOf(id);
        return tag !== null && !names.has(`${id.slice(0, -tag.length - 1)}.json`);
      })
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
  for (const file of orphanCopiesIn(dir)) {
    skipped.push(new ResumeFileError(file, [ORPHAN_COPY], 'résumé for this folder'));
  }
  for (const file of resumeFilesIn(dir)) {
    const loaded = loadPersonFile(file);
    if (loaded instanceof ResumeFileError) skipped.push(loaded);
    else {
      people.push(loaded);
      skipped.push(...loaded.brokenCopies);
    }
  }
  if (people.length === 0) {
    const problems = skipped.length
      ? skipped.map((e) => e.message.replace(/\n\s+/g, ' — ').replace(/\n/g, ' '))
      : ['no résumé in it: put one JSON Resume file per person (*.json)'];
    throw new ResumeFileError(resolve(dir), problems, 'résumé folder');
  }
  return { people, skipped };
}
