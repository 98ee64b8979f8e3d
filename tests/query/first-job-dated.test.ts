/**
 * "Did she start working after 2015?" asks about her first role, the year a constraint on it: Lena started at
 * Rackspace in 2011, so "not starting after 2015", never a list of her roles after 2015. Across people, "who started working
 * after 2015?" lists whoever's first role is, not everyone with a later one.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../helpers/bot.js';
import { directoryBot } from '../directory/fixture.js';
import { botFor } from './fixture-bots.js';

const lena = botFor('senior-engineer');

describe('a first role, dated', () => {
  it('given "did she start working after 2015?" of someone who started in 2011, answers her first role: not then', () => {
    const answer = lena.answer(parseLine('did she start working after 2015?'));
    expect(answer.kind).toBe('empty');
    expect(answer.title).toBe('Software Engineer at Rackspace: not starting after 2015');
  });

  it('given "did she start working in 2011?", answers her first role', () => {
    expect(lena.answer(parseLine('did she start working in 2011?')).matches[0]?.title).toBe('Software Engineer at Rackspace');
    expect(lena.answer(parseLine('did she start her career before 2010?')).title).toBe(
      'Software Engineer at Rackspace: not starting before 2010',
    );
  });

  it('given "who started working after 2015?" across people, lists those whose first role is', () => {
    const people = directoryBot()
      .answer(parseLine('who started working after 2015?'))
      .matches.map((m) => m.person?.id);
    expect(people).toEqual(['career-changer', 'new-grad']);
    const emPortugues = directoryBot()
      .answer(parseLine('quem começou a trabalhar depois de 2015?'))
      .matches.map((m) => m.person?.id);
    expect(emPortugues).toEqual(people);
  });
});
