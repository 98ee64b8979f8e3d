/**
 * Portuguese asks what someone is without an article: "ela é gerente?" is "is she a manager?", a title held, as "ela foi
 * gerente?" already read; never a search for "manager" that finds a role whose text says "managed" or a skill named
 * "… Management". Only a noun for someone by what they do takes the article: "ela é certificada pela aws?" is still a
 * certificate, "ela é fluente em espanhol?" still her Spanish.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';
import { CONFLUENT, SALT } from './titles.js';

const ASKED: readonly Labelled[] = [
  { resume: 'senior-engineer', ask: 'ela é gerente?', command: 'experience', first: null },
  { resume: 'martin', ask: 'ele é gerente?', command: 'experience', first: null },
  { resume: 'career-changer', ask: 'ele é gerente?', command: 'experience', first: SALT },
  { resume: 'senior-engineer', ask: 'ela é engenheira?', command: 'experience', first: CONFLUENT },
  { resume: 'sample', ask: 'ele é engenheiro?', command: 'experience', first: null },
  {
    resume: 'senior-engineer',
    ask: 'ela é certificada pela aws?',
    command: 'certificates',
    first: 'AWS Certified Solutions Architect - Professional',
  },
  { resume: 'senior-engineer', ask: 'ela é fluente em espanhol?', command: 'languages', first: 'Spanish' },
];

describe('what someone is, asked in Portuguese', () => {
  specsFor('what someone is, asked in Portuguese', ASKED, new Set());
});
