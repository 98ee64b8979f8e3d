/**
 * Portuguese asks as English does: "ele anda de bicicleta?" is "does he ride a bike?" (his Cycling, never someone
 * called Bicicleta), "ele é bilíngue?" asks his languages, "ela contribui com código aberto?" her open-source work.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'career-changer', ask: 'ele anda de bicicleta?', command: 'interests', first: 'Cycling' },
  { resume: 'career-changer', ask: 'ele é bilíngue?', command: 'languages', first: 'English' },
  { resume: 'martin', ask: 'ele é bilíngue?', command: 'languages', first: null },
  { resume: 'senior-engineer', ask: 'ela contribui com código aberto?', command: 'interests', first: 'Mentoring' },
  { resume: 'senior-engineer', ask: 'quais ferramentas de monitoramento ela usa?', command: 'skills', first: 'Prometheus' },
];

describe('Portuguese hobbies and languages', () => {
  specsFor('Portuguese hobbies and languages', ASKED, new Set());
});
