/**
 * People read only by their dates, for specs of what /people reads from dates alone (a year, a ranking): their
 * index is never built, and reading it fails the spec.
 */
import type { PersonContext } from '../../commands/definition.js';
import { parseResume } from '../../src/resume/load.js';

export const datedPerson = (id: string, resume: unknown): PersonContext => {
  const parsed = parseResume(resume, `${id}.json`);
  return {
    person: { id, name: id },
    resume: parsed,
    get index(): never {
      throw new Error('read from dates, not from the index');
    },
    knows: () => false,
  };
};

/** A role at Acme from `startDate`, ended or ongoing. */
export const role = (startDate: string, endDate?: string) => ({
  name: 'Acme',
  position: 'Engineer',
  startDate,
  ...(endDate ? { endDate } : {}),
});
