/**
 * "Has she worked at a nonprofit?" said no role at "nonprofit" though Maya's Allen Institute for AI describes itself
 * as a "Non-profit AI research institute": an employer is found by its name, and else by the kind of place its own
 * description says it is, the words run together or apart. A name inside the description ("built around Apache
 * Kafka") is another's: Lena never worked at Apache.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'new-grad', ask: 'has she worked at a nonprofit?', command: 'experience', first: 'Research Intern at Allen Institute for AI' },
  {
    resume: 'new-grad',
    ask: 'has she worked for a non-profit?',
    command: 'experience',
    first: 'Research Intern at Allen Institute for AI',
  },
  {
    resume: 'new-grad',
    ask: 'did she work at a research institute?',
    command: 'experience',
    first: 'Research Intern at Allen Institute for AI',
  },
  { resume: 'senior-engineer', ask: 'did she work at apache?', command: 'experience', first: null },
  { resume: 'career-changer', ask: 'has he worked at a nonprofit?', command: 'experience', first: null },
];

describe('a kind of employer', () => {
  specsFor('a kind of employer', ASKED, new Set());
});
