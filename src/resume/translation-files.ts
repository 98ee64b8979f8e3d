/**
 * Where a résumé's translated copies lie (`resume.pt-BR.json` beside `resume.json`). Apart from
 * translations.ts so that the CLI's start-up cache can find them without loading the validators
 * (zod), which a cached start never needs.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { catalogues, DEFAULT_LOCALE } from '../i18n/catalogue.js';

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
