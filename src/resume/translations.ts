/**
 * Translated copies of a résumé: `resume.pt-BR.json` beside `resume.json` (the same name with
 * a catalogue's language tag before `.json`) is the same person's JSON Resume written in that
 * language, served to askers in it. Its `meta.language` must name the same language, so a copy
 * put in the wrong file is refused at start rather than served to the wrong people.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { catalogues, DEFAULT_LOCALE } from '../i18n/catalogue.js';
import { loadResumeFile, ResumeFileError } from './load.js';
import type { Resume } from './schema.js';

/** The translated copies that exist beside `resumeFile`, one per language that has a catalogue. */
export function translationFiles(resumeFile: string): Array<{ tag: string; file: string }> {
  const extension = extname(resumeFile) || '.json';
  const stem = basename(resumeFile, extension);
  return catalogues
    .locales()
    .filter((tag) => tag !== DEFAULT_LOCALE)
    .map((tag) => ({ tag, file: join(dirname(resumeFile), `${stem}.${tag}${extension}`) }))
    .filter(({ file }) => existsSync(file));
}

/** Every translated copy, validated like the résumé itself; a ResumeFileError names the one at fault. */
export function loadTranslations(resumeFile: string): Record<string, Resume> {
  const out: Record<string, Resume> = {};
  for (const { tag, file } of translationFiles(resumeFile)) {
    const resume = loadResumeFile(file);
    checkLanguage(resume, tag, file);
    out[tag] = resume;
  }
  return out;
}

/** A copy's `meta.language` must be its file's language (`pt-BR`, or `pt`). */
export function checkLanguage(resume: Resume, tag: string, file: string): void {
  const said = resume.meta?.language;
  if (typeof said !== 'string' || catalogues.resolve(said) !== tag || !catalogues.supports(said))
    throw new ResumeFileError(file, [
      `meta.language: ${typeof said === 'string' ? JSON.stringify(said) : 'missing'}: a translated copy names its language, here "${tag}"`,
    ]);
}
