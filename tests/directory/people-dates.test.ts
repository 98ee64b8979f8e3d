/**
 * A question across everyone that names nothing but a year is asked in full only of those who may fit it: whoever
 * has a dated entry standing in that year, or says the year; a year asked another way ("before 2005") is left to
 * each person's own reading.
 */
import { describe, expect, it } from 'vitest';
import { datedPerson as person, role } from './dated-people.js';
import { mayBeDatedIn, readDates, yearAsked } from '../../commands/people-dates.js';

const all = [
  person('ada', { basics: { name: 'Ada' }, work: [role('2003-01', '2006-06')] }),
  person('bo', { basics: { name: 'Bo' }, work: [role('2010-01')] }),
  person('cy', { basics: { name: 'Cy' }, education: [{ institution: 'Uni', startDate: '2004-09', endDate: '2008-06' }] }),
  person('di', { basics: { name: 'Di' }, awards: [{ title: 'Prize', date: '2005-05-01' }] }),
  person('ed', { basics: { name: 'Ed', summary: 'Founded a club in 2005.' } }),
];
const now = new Date('2026-11-26T12:00:00Z');
const ids = (keep: (place: number) => boolean) => all.flatMap((p, place) => (keep(place) ? [p.person.id] : []));

describe('a year asked across everyone', () => {
  it('given "in" a year, in English or Portuguese, reads the year', () => {
    expect(yearAsked('who was working in 2005?')).toEqual({ year: 2005, relation: 'in' });
    expect(yearAsked('2005')).toEqual({ year: 2005, relation: 'in' });
    expect(yearAsked('quem trabalhava em 2005?')).toEqual({ year: 2005, relation: 'in' });
  });

  it('given a year asked before, after or since, in either language, leaves it to each person', () => {
    expect(yearAsked('who was working before 2005?')).toBeUndefined();
    expect(yearAsked('who was working since 2005?')).toBeUndefined();
    expect(yearAsked('quem trabalhava antes de 2005?')).toBeUndefined();
    expect(yearAsked('who knows kafka?')).toBeUndefined();
  });

  it('given 2005, keeps whoever has an entry of any dated section then, or says the year, and nobody else', () => {
    expect(ids(mayBeDatedIn(all, { year: 2005, relation: 'in' }, now, Uint32Array.of(4)))).toEqual(['ada', 'cy', 'di', 'ed']);
  });

  it('given a year of an ongoing role, keeps its holder', () => {
    expect(ids(mayBeDatedIn(all, { year: 2020, relation: 'in' }, now, []))).toEqual(['bo']);
  });

  it("given everyone's dates read beforehand, as a directory does at start, keeps the same people", () => {
    readDates(all);
    expect(ids(mayBeDatedIn(all, { year: 2005, relation: 'in' }, now, []))).toEqual(['ada', 'cy', 'di']);
    expect(ids(mayBeDatedIn(all, { year: 2020, relation: 'in' }, now, []))).toEqual(['bo']);
  });
});
