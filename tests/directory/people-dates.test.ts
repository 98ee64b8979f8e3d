/**
 * A question across everyone that names nothing but a year is asked in full only of those who may fit it: whoever
 * has a dated entry standing in that year, or says the year; a year asked another way ("before 2005") is left to
 * each person's own reading.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '../../commands/definition.js';
import { commands } from '../../commands/index.js';
import { mayBeDatedIn, readDates, yearAsked } from '../../commands/people-dates.js';
import { createDirectoryBot } from '../../src/core/directory.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { parseResume } from '../../src/resume/load.js';
import { FIXED_NOW, parseLine } from '../helpers/bot.js';
import { datedPerson as person, role } from './dated-people.js';

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

  it('given the year asked of one section, keeps whoever has an entry of that section then, or says the year', () => {
    expect(ids(mayBeDatedIn(all, { year: 2005, relation: 'in' }, now, Uint32Array.of(4), () => 'work'))).toEqual(['ada', 'ed']);
    expect(ids(mayBeDatedIn(all, { year: 2005, relation: 'in' }, now, [], () => 'education'))).toEqual(['cy']);
  });

  it("given everyone's dates read beforehand, as a directory does at start, keeps the same people", () => {
    readDates(all);
    expect(ids(mayBeDatedIn(all, { year: 2005, relation: 'in' }, now, []))).toEqual(['ada', 'cy', 'di']);
    expect(ids(mayBeDatedIn(all, { year: 2020, relation: 'in' }, now, []))).toEqual(['bo']);
  });
});

/** Ada worked in 2005; Cy and Ed studied then and worked later: their résumés have the same sections. */
const studied = (name: string, worked: string) =>
  parseResume(
    {
      basics: { name },
      work: [{ name: 'Initech', position: 'Engineer', startDate: worked }],
      education: [{ institution: 'State University', area: 'Physics', startDate: '2004-09', endDate: '2008-06' }],
    },
    `${name}.json`,
  );
const people = [
  {
    id: 'ada',
    resume: parseResume(
      {
        basics: { name: 'Ada Park' },
        work: [role('2003-01', '2006-06')],
        education: [{ institution: 'City College', area: 'Mathematics', startDate: '1998-09', endDate: '2002-06' }],
      },
      'ada.json',
    ),
  },
  { id: 'cy', resume: studied('Cy Rocha', '2010-01') },
  { id: 'ed', resume: studied('Ed Moss', '2012-03') },
];

/** The directory with each section command counting how often it is run. */
function counted(): { ask: (line: string) => ReturnType<ReturnType<typeof createDirectoryBot>['answer']>; runs: Map<string, number> } {
  const runs = new Map<string, number>();
  const registry: Command[] = commands.map((command) => ({
    ...command,
    execute: (query, context) => {
      runs.set(command.data.name, (runs.get(command.data.name) ?? 0) + 1);
      return command.execute(query, context);
    },
  }));
  const bot = createDirectoryBot({ people, aliases: loadAliasesFile('data/aliases.json'), clock: () => FIXED_NOW, commands: registry });
  return { ask: (line) => bot.answer(parseLine(line)), runs };
}

/** Who an answer lists, by name, in order. */
const namesOf = (answer: { matches: ReadonlyArray<{ person?: { name: string } }> }) => answer.matches.map((m) => m.person?.name);
/** Who a question across everyone lists, by name, sorted. */
const namesFitting = (line: string) => namesOf(counted().ask(line)).sort();

describe('a year asked of one section across everyone', () => {
  it('given "who was working in 2005?", answers whoever worked then, and asks nobody in full who only studied then', () => {
    const { ask, runs } = counted();
    expect(namesOf(ask('who was working in 2005?'))).toEqual(['Ada Park']);
    expect(runs.get('education')).toBeUndefined();
    expect(runs.get('experience')).toBe(1);
  });

  it('given the same in Portuguese, answers the same person', () => {
    expect(namesFitting('quem trabalhava em 2005?')).toEqual(['Ada Park']);
  });

  it('given "who studied in 2005?", answers whoever studied then', () => {
    expect(namesFitting('who studied in 2005?')).toEqual(['Cy Rocha', 'Ed Moss']);
  });

  it('given the year alone, answers whoever the résumé shows then, studies included', () => {
    expect(namesFitting('/people 2005')).toEqual(['Ada Park', 'Cy Rocha', 'Ed Moss']);
  });
});
