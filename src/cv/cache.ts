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

export interface CvFile {
  readonly bytes: Buffer;
  /** Hex SHA-256 of the bytes. */
  readonly sha256: string;
  /** "Martin-Spier-CV.pdf" */
  readonly filename: string;
  readonly contentType: 'application/pdf';
}

export interface CvCache {
  /** The CV of this résumé, never showing a private field. */
  get(resume: Resume): Promise<CvFile>;
}

/** Versions kept: the current résumé and the few before a reload. */
const KEPT = 4;

export function createCvCache(privateFields: readonly string[]): CvCache {
  const byResume = new WeakMap<Resume, Promise<CvFile>>();
  const byContent = new Map<string, Promise<CvFile>>();
  return {
    get(resume) {
      const known = byResume.get(resume);
      if (known) return known;
      const shown = publicResume(resume, privateFields);
      const key = createHash('sha256').update(JSON.stringify(shown)).digest('hex');
      let file = byContent.get(key);
      if (!file) {
        file = renderResumePdf(shown).then((bytes) => ({
          bytes,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          filename: cvFilename(resume.basics.name),
          contentType: 'application/pdf' as const,
        }));
        // A failed render is not kept: the next request tries again.
        file.catch(() => byContent.delete(key));
        byContent.set(key, file);
        if (byContent.size > KEPT) byContent.delete(byContent.keys().next().value!);
      }
      byResume.set(resume, file);
      return file;
    },
  };
}
