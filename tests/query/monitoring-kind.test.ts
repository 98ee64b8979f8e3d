/**
 * "What monitoring tools does she use?" asks for a kind of skill, as "what databases does she know?" does: the
 * skills the taxonomy says are monitoring or observability tools (Prometheus), and a skill named by those words
 * ("Observability"). Someone who lists none is told so.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../helpers/bot.js';
import { directoryBot } from '../directory/fixture.js';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'senior-engineer', ask: 'what monitoring tools does she use?', command: 'skills', first: 'Prometheus' },
  { resume: 'senior-engineer', ask: 'what observability tools does she know?', command: 'skills', first: 'Prometheus' },
  { resume: 'senior-engineer', ask: 'does she know any monitoring tools?', command: 'skills', first: 'Prometheus' },
  { resume: 'new-grad', ask: 'does she know any monitoring tools?', command: 'skills', first: null },
  { resume: 'career-changer', ask: 'what observability tools does he know?', command: 'skills', first: null },
];

describe('monitoring tools, a kind of skill', () => {
  specsFor('monitoring tools, a kind of skill', ASKED, new Set());

  it('given "who knows observability?" across people, lists whoever lists such a tool and whoever lists the practice by name', () => {
    const people = directoryBot()
      .answer(parseLine('who knows observability?'))
      .matches.map((m) => m.person?.id)
      .sort();
    expect(people).toEqual(['martin', 'senior-engineer']);
  });
});
