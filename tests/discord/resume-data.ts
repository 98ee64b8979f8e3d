/** Distinctive values of the committed résumé: a refusal must contain none of them. */
import { expect } from 'vitest';
import { loadResumeFile } from '../../src/resume/load.js';

const resume = loadResumeFile('data/resume.json');

export const RESUME_VALUES: readonly string[] = [
  resume.basics.name,
  resume.basics.email,
  resume.basics.phone,
  resume.basics.label,
  ...resume.work.map((w) => w.name),
  ...resume.projects.map((p) => p.name),
  ...resume.education.map((e) => e.institution),
].filter((v): v is string => typeof v === 'string' && v.length >= 4);

/** Fails if anything from the résumé appears anywhere in `body` (content, embeds, components). */
export function expectNoResumeData(body: unknown): void {
  const text = JSON.stringify(body);
  for (const value of RESUME_VALUES) expect(text, `leaks ${value}`).not.toContain(JSON.stringify(value).slice(1, -1));
}
