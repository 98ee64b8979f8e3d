/**
 * "Who left a job in 2021?" found nobody, though Martin left Netflix and Snowflake that year ("who finished a job in
 * 2021?" found him): asked in words nobody's résumé spells, only whoever may mean one was asked, and nobody's text
 * says "left". A verb a year is asked with says when something ended or began, which the dates answer.
 */
import { describe, expect, it } from 'vitest';
import { directoryBot, peopleListed } from './fixture.js';

describe('a verb of ending or beginning, with a year, across people', () => {
  it.each([
    ['who left a job in 2021?', ['martin']],
    ['who left their job in 2024?', ['career-changer', 'new-grad']],
    ['who quit in 2024?', ['career-changer', 'new-grad']],
  ])('given "%s", lists whoever ended a role then', (asked, people) => {
    expect(peopleListed(directoryBot(), asked)).toEqual(people);
  });

  // Left where: an employer nobody was at ("google") is asked as one, never dropped as a word nobody's roles say.
  it.each([
    ['who left google in 2021?', []],
    ['who left netflix in 2021?', ['martin']],
  ])('given "%s", lists whoever ended a role there then', (asked, people) => {
    expect(peopleListed(directoryBot(), asked)).toEqual(people);
  });

  it('given a word nobody spells beside no year, still lists only whoever may mean it', () => {
    expect(peopleListed(directoryBot(), 'who knows haskell?')).toEqual([]);
  });
});
