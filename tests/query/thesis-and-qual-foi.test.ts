/**
 * A thesis is a dissertation ("what is her phd thesis?" of Lena, whose Ph.D. gives her dissertation), in English and
 * Portuguese (tese, dissertação). "Qual foi a …" is "what was the …": its "a" is the article, never "was a" asking
 * for a title held ("qual foi a primeira empresa dela?" asks for her first company, not a role titled "first").
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';
import { CONFLUENT, LENA_PHD, RACKSPACE } from './titles.js';

const ASKED: readonly Labelled[] = [
  { resume: 'senior-engineer', ask: 'what is her phd thesis?', command: 'education', first: LENA_PHD },
  { resume: 'senior-engineer', ask: 'what was her thesis about?', command: 'education', first: LENA_PHD },
  { resume: 'senior-engineer', ask: 'qual foi a tese dela?', command: 'education', first: LENA_PHD },
  { resume: 'senior-engineer', ask: 'qual foi a dissertação dela?', command: 'education', first: LENA_PHD },
  { resume: 'senior-engineer', ask: 'qual foi a primeira empresa dela?', command: 'experience', first: RACKSPACE },
  { resume: 'senior-engineer', ask: 'qual foi a última empresa dela?', command: 'experience', first: CONFLUENT },
  {
    resume: 'senior-engineer',
    ask: 'qual era a função dela na dropbox?',
    command: 'experience',
    first: 'Senior Software Engineer at Dropbox',
  },
];

describe('a thesis, and what was the …', () => {
  specsFor('a thesis, and what was the …', ASKED, new Set());
});
