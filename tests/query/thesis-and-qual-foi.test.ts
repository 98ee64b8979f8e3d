/**
 * A thesis is a dissertation ("what is her phd thesis?" of Lena, whose Ph.D. gives her dissertation), in English and
 * Portuguese (tese, dissertação). "Qual foi a …" is "what was the …": its "a" is the article, never "was a" asking
 * for a title held ("qual foi a primeira empresa dela?" asks for her first company, not a role titled "first").
 */
import { describe, expect, it } from 'vitest';
import { type Labelled, outcome } from './fixture-bots.js';
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
  it.each(ASKED)('given [$resume] "$ask", answers with $command → $first', (question) => {
    const got = outcome(question);
    expect({ command: got.command, first: got.first }).toEqual({ command: question.command, first: question.first });
  });
});
