/**
 * Questions that ask for people in an order ("who has the most experience?", "who graduated most recently?"):
 * everyone with the measure, ranked by it, the measure named; anything else asked with it is a question of who fits.
 */
import { describe, expect, it } from 'vitest';
import { datedPerson as person, role } from './dated-people.js';
import { rankingAsked, rankPeople } from '../../commands/people-rank.js';
import { commands } from '../../commands/index.js';
import { messagesFor } from '../../src/i18n/catalogue.js';
import { monthsCovered } from '../../src/resume/dates.js';
import { directoryBot, FIVE } from './fixture.js';
import { parseLine } from '../helpers/bot.js';

const school = (endDate: string) => ({ institution: 'Uni', area: 'Physics', studyType: 'BSc', startDate: '2000-09', endDate });
const now = new Date('2026-11-26T12:00:00Z');
const en = messagesFor('en');

describe('a ranking asked across everyone', () => {
  it('given the most or least experience, in any of its words, reads a ranking by experience', () => {
    for (const text of [
      'the most experience',
      'has the longest career',
      'is the most experienced',
      'has worked the longest',
      'is the most senior',
    ])
      expect(rankingAsked(text), text).toEqual({ measure: 'experience', order: 'most' });
    for (const text of ['the least experience', 'is the most junior', 'has the shortest career'])
      expect(rankingAsked(text), text).toEqual({ measure: 'experience', order: 'least' });
  });

  it('given the latest or earliest graduation, reads a ranking by graduation', () => {
    expect(rankingAsked('graduated most recently')).toEqual({ measure: 'graduation', order: 'most' });
    expect(rankingAsked('is the newest grad')).toEqual({ measure: 'graduation', order: 'most' });
    expect(rankingAsked('graduated first')).toEqual({ measure: 'graduation', order: 'least' });
  });

  it('given the longest or newest in their role, reads a ranking by time in the role held now', () => {
    for (const text of ['been in their job the longest', 'been at their company the longest', 'been in their current role the longest'])
      expect(rankingAsked(text, commands), text).toEqual({ measure: 'tenure', order: 'most' });
    expect(rankingAsked('the newest in their role', commands)).toEqual({ measure: 'tenure', order: 'least' });
    // Jobs, plural, are counted.
    expect(rankingAsked('had the most jobs', commands)).toMatchObject({ measure: 'entries', section: { section: 'work' } });
  });

  it('given "who has been in their job the longest?", lists whoever holds a role now, the longest first, with it', () => {
    const answer = directoryBot().answer(parseLine('who has been in their job the longest?'));
    expect(answer.sections[0]?.bullets).toEqual([
      'Dr. Lena Vasquez — Staff Software Engineer at Confluent · 6 yrs 10 mos',
      'Martin Spier — VP, Platform Engineering at PicPay · 5 yrs 1 mo',
    ]);
  });

  it('given anything else with it, or no superlative, reads no ranking', () => {
    for (const text of ['the most experience with kafka', 'is senior', 'has experience', 'more than 10 years of experience', 'kafka'])
      expect(rankingAsked(text), text).toBeNull();
  });

  it('given a section asked for by its cue, among the commands, reads a ranking by its entries; never the references', () => {
    expect(rankingAsked('the most awards', commands)).toMatchObject({ measure: 'entries', section: { section: 'awards' }, order: 'most' });
    expect(rankingAsked('speaks the most languages', commands)).toMatchObject({ measure: 'entries', section: { section: 'languages' } });
    expect(rankingAsked('the fewest certificates', commands)).toMatchObject({ measure: 'entries', order: 'least' });
    expect(rankingAsked('the most references', commands)).toBeNull();
    expect(rankingAsked('the most awards and experience', commands)).toBeNull();
  });

  it('given roles counted after a verb of working or holding, reads a ranking by roles, not by the length of a career', () => {
    for (const text of [
      'worked at the most companies',
      'has worked for the most companies',
      'held the most roles',
      'held the most positions',
    ])
      expect(rankingAsked(text, commands), text).toMatchObject({ measure: 'entries', section: { section: 'work' }, order: 'most' });
    expect(rankingAsked('has worked the longest', commands)).toEqual({ measure: 'experience', order: 'most' });
  });

  it('given roles held at the same time, counts their shared months once', () => {
    expect(monthsCovered([{ start: { year: 2010, month: 1 }, end: { year: 2010, month: 12 } }], now)).toBe(12);
    const overlapping = [
      { start: { year: 2010, month: 1 }, end: { year: 2010, month: 12 } },
      { start: { year: 2010, month: 7 }, end: { year: 2011, month: 6 } },
      { start: { year: 2015, month: 1 }, end: { year: 2015, month: 1 } },
    ];
    expect(monthsCovered(overlapping, now)).toBe(18 + 1);
    expect(monthsCovered([{ start: { year: 2026, month: 1 }, end: null }], now)).toBe(11);
  });

  it('ranks by months of roles, longest first or last, leaving out whoever has no dated role', () => {
    const all = [
      person('ada', { basics: { name: 'Ada' }, work: [role('2000-01', '2009-12')] }),
      person('bo', { basics: { name: 'Bo' }, work: [role('2020-01')] }),
      person('cy', { basics: { name: 'Cy' }, work: [role('2001-01', '2004-12'), role('2003-01', '2008-12')] }),
      person('di', { basics: { name: 'Di' } }),
    ];
    const most = rankPeople({ measure: 'experience', order: 'most' }, all, now, en);
    expect(most.matches.map((m) => m.title)).toEqual(['ada', 'cy', 'bo']);
    expect(most.sections[0]!.bullets[0]).toBe('ada — 10 yrs of experience, since Jan 2000');
    const least = rankPeople({ measure: 'experience', order: 'least' }, all, now, en);
    expect(least.matches.map((m) => m.title)).toEqual(['bo', 'cy', 'ada']);
  });

  it('ranks by the last finished education, and says so when nobody has finished any', () => {
    const all = [
      person('ada', { basics: { name: 'Ada' }, education: [school('2010-06')] }),
      person('bo', { basics: { name: 'Bo' }, education: [school('2020-06'), school('2030-06')] }),
      person('cy', { basics: { name: 'Cy' } }),
    ];
    expect(rankPeople({ measure: 'graduation', order: 'most' }, all, now, en).matches.map((m) => m.title)).toEqual(['bo', 'ada']);
    const none = rankPeople({ measure: 'graduation', order: 'most' }, [all[2]!], now, en);
    expect(none.kind).toBe('empty');
  });
});

describe('a ranking asked of the directory', () => {
  const bot = directoryBot([...FIVE]);
  const ask = (line: string) => bot.answer(parseLine(line));

  it('given "who has the most experience?", lists everyone with a dated role, the longest career first', () => {
    const answer = ask('who has the most experience?');
    expect(answer.route?.command).toBe('people');
    expect(answer.matches[0]?.title).toBe('Martin Spier');
    expect(answer.matches.at(-1)?.title).toBe('Maya Okonkwo');
    expect(answer.title).toMatch(/experience/i);
  });

  it('given "who graduated most recently?", lists the latest graduate first', () => {
    expect(ask('who graduated most recently?').matches[0]?.title).toBe('Maya Okonkwo');
  });

  it('given the same in Portuguese, ranks the same way', () => {
    expect(ask('quem tem mais experiência?').matches[0]?.title).toBe('Martin Spier');
    expect(ask('quem tem menos experiência?').matches[0]?.title).toBe('Maya Okonkwo');
    expect(ask('quem se formou mais recentemente?').matches[0]?.title).toBe('Maya Okonkwo');
  });

  it('given "who has the most certificates?", lists whoever lists any, the most first, each with how many and which', () => {
    const answer = ask('who has the most certificates?');
    expect(answer.matches.map((m) => m.title)).toEqual(['Daniel Reyes', 'Dr. Lena Vasquez']);
    expect(answer.title).toBe('2 people by how many certificates they list, the most first');
    expect(answer.sections[0]!.bullets[1]).toBe('Dr. Lena Vasquez — 1 certificate: AWS Certified Solutions Architect - Professional');
  });

  it('given "who speaks the most languages?" or the fewest skills, ranks by that section, ties by name', () => {
    expect(ask('who speaks the most languages?').matches[0]?.title).toBe('Dr. Lena Vasquez');
    const fewest = ask('who has the fewest skills?').matches.map((m) => m.title);
    expect(fewest.at(-1)).toBe('Martin Spier');
  });

  it('given the same in Portuguese, ranks by the section too', () => {
    expect(ask('quem fala mais idiomas?').matches[0]?.title).toBe('Dr. Lena Vasquez');
    expect(ask('quem tem mais certificados?').matches[0]?.title).toBe('Daniel Reyes');
  });

  it('given a superlative about a skill, answers who fits it rather than a ranking', () => {
    const answer = ask('who has the most experience with kafka?');
    expect(answer.matches.map((m) => m.title).sort()).toEqual(['Dr. Lena Vasquez', 'Martin Spier']);
  });
});
