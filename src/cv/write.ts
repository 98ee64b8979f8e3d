/**
 * `resume-bot /cv --pdf FILE`: writes the CV the answer carries. Loaded only when --pdf is
 * given (pdfkit is kept out of the CLI's bundle); like everywhere else the CV goes, the file
 * never shows a PRIVATE_FIELDS value.
 */
import { writeFile } from 'node:fs/promises';
import type { Resume } from '../resume/schema.js';
import { createCvCache } from './cache.js';

export async function writeCvFile(
  resume: Resume,
  path: string,
  privateFields: readonly string[],
  locale?: string,
): Promise<{ bytes: number; filename: string }> {
  const file = await createCvCache(privateFields).get(resume, locale);
  await writeFile(path, file.bytes);
  return { bytes: file.bytes.length, filename: file.filename };
}
