/**
 * "Her first internship", "his latest certificate": of the entries a question finds, the one that
 * began first or ended last. "Is he still at Netflix?": asked in the present, the entry must be
 * under way today, or nothing answers. Both in English and in Portuguese.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';
import { ALLEN, PICPAY } from './titles.js';

const ASKED: readonly Labelled[] = [
  { resume: 'career-changer', ask: 'what is his latest certificate?', command: 'certificates', first: 'Tableau Desktop Specialist' },
  { resume: 'new-grad', ask: 'qual foi o primeiro estágio dela?', command: 'experience', first: ALLEN },
  {
    resume: 'senior-engineer',
    ask: 'what was her first paper?',
    command: 'publications',
    first: 'Bounded Staleness for Geo-Replicated Key-Value Stores',
  },
  { resume: 'senior-engineer', ask: 'qual o último prêmio dela?', command: 'awards', first: 'Distinguished Engineer Spotlight' },
  { resume: 'career-changer', ask: 'qual foi o último certificado dele?', command: 'certificates', first: 'Tableau Desktop Specialist' },
  { resume: 'martin', ask: 'is he still at netflix?', command: 'experience', first: null },
  { resume: 'martin', ask: 'ele ainda trabalha na netflix?', command: 'experience', first: null },
  { resume: 'martin', ask: 'does he still work at picpay?', command: 'experience', first: PICPAY },
  { resume: 'senior-engineer', ask: 'o marcus feng trabalhou na confluent?', command: 'experience', first: null },
];

describe('the first, the latest, and what still holds', () => {
  specsFor('the first, the latest, and what still holds', ASKED, new Set());
});
