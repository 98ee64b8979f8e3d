/**
 * The CV file, rendered once per résumé version: the public résumé's content decides the
 * key, so an edit (live reload) renders anew and asking again costs nothing. The file
 * carries its SHA-256, for a content-addressed URL, and a download name.
 */
import { createHash } from 'node:crypto';
import { cvFilename } from '../../commands/cv.js';
import type { Resume } from '../resume/schema.js';
import { renderResumePdf } from './pdf.js';
import { publicResume } from '../core/public-resume.js';
import { messagesFor } from '../i18n/catalogue.js';

export interface CvFile {
  readonly bytes: Buffer;
  /** Hex SHA-256 of the bytes. */
  readonly sha256: string;
  /** Its first 16 hex digits: the name of its content-addressed URL (/cv/<key>.pdf). */
  readonly key: string;
  /** "Martin-Spier-CV.pdf" */
  readonly filename: string;
  readonly contentType: 'application/pdf';
}

export interface CvCache {
  /** The CV of this résumé, never showing a private field, headed in `locale` (default English). */
  get(resume: Resume, locale?: string): Promise<CvFile>;
  /** A version rendered earlier (and still kept) by its key; null when unknown or forgotten. */
  byKey(key: string): CvFile | null;
}

/** Where the bot serves a CV (the page, Slack's link to it): one key is one file forever. */
export const cvPath = (key: string): string => `/cv/${key}.pdf`;

/** Versions kept: the current résumé and the few before a reload. */
const KEPT = 4;

export function createCvCache(privateFields: readonly string[]): CvCache {
  const byResume = new WeakMap<Resume, Map<string, Promise<CvFile>>>();
  const byContent = new Map<string, Promise<CvFile>>();
  // Rendered files by URL key, as many as byContent keeps: a link handed out stays good until then.
  const rendered = new Map<string, CvFile>();
  const remember = (file: CvFile): CvFile => {
    rendered.delete(file.key);
    rendered.set(file.key, file);
    if (rendered.size > KEPT) rendered.delete(rendered.keys().next().value!);
    return file;
  };
  return {
    byKey: (key) => rendered.get(key) ?? null,
    get(resume, locale) {
      const messages = messagesFor(locale);
      const languages = byResume.get(resume) ?? new Map<string, Promise<CvFile>>();
      byResume.set(resume, languages);
      const known = languages.get(messages.locale);
      if (known) return known;
      const shown = publicResume(resume, privateFields);
      const key = createHash('sha256')
        .update(`${messages.locale}\0${JSON.stringify(shown)}`)
        .digest('hex');
      let file = byContent.get(key);
      if (!file) {
        file = renderResumePdf(shown, { messages }).then((bytes) => {
          const sha256 = createHash('sha256').update(bytes).digest('hex');
          return remember({
            bytes,
            sha256,
            key: sha256.slice(0, 16),
            filename: cvFilename(resume.basics.name),
            contentType: 'application/pdf',
          });
        });
        // A failed render is not kept: the next request tries again.
        file.catch(() => byContent.delete(key));
        byContent.set(key, file);
        if (byContent.size > KEPT) byContent.delete(byContent.keys().next().value!);
      }
      languages.set(messages.locale, file);
      return file;
    },
  };
}
