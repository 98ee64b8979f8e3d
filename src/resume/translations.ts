/**
 * Translated copies of a résumé: `resume.pt-BR.json` beside `resume.json` (the same name with
 * a catalogue's language tag before `.json`) is the same person's JSON Resume written in that
 * language, served to askers in it. Its `meta.language` must name the same language, so a copy
 * put in the wrong file is refused at start rather than served to the wrong people.
 */
import { catalogues } from '../i18n/catalogue.js';
import { loadResumeFile, ResumeFileError } from './load.js';
import { translationFiles } from './translation-files.js';
import type { Resume } from './schema.js';

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
