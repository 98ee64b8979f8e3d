/**
 * "What BI tools does he use?" asks for a kind of skill, as "what databases does she know?" does: the skills the
 * taxonomy says are business-intelligence or dashboarding tools (Tableau, Looker Studio). Someone who lists none is
 * told so; a tool he does not list ("power bi") is still looked for by its name.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../helpers/bot.js';
import { directoryBot } from '../directory/fixture.js';
import { botFor, type Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'career-changer', ask: 'what bi tools does he use?', command: 'skills', first: 'Tableau' },
  { resume: 'career-changer', ask: 'does he know business intelligence?', command: 'skills', first: 'Tableau' },
  { resume: 'career-changer', ask: 'what dashboarding tools does he know?', command: 'skills', first: 'Tableau' },
  { resume: 'career-changer', ask: 'quais ferramentas de bi ele usa?', command: 'skills', first: 'Tableau' },
  { resume: 'career-changer', ask: 'does he use power bi?', command: 'skills', first: null },
  { resume: 'senior-engineer', ask: 'what bi tools does she use?', command: 'skills', first: null },
];

describe('business intelligence tools, a kind of skill', () => {
  specsFor('business intelligence tools, a kind of skill', ASKED, new Set());

  it('given "what bi tools does he use?", lists every such tool of his', () => {
    const titles = botFor('career-changer')
      .answer(parseLine('what bi tools does he use?'))
      .matches.map((m) => m.title);
    expect(titles).toEqual(['Tableau', 'Looker Studio']);
  });

  it('given "who knows bi tools?" across people, lists whoever lists such a tool', () => {
    const people = directoryBot()
      .answer(parseLine('who knows bi tools?'))
      .matches.map((m) => m.person?.id);
    expect(people).toEqual(['career-changer']);
  });
});
