/** Given an entry's dates, a year a question states holds or not as the question says it. */
import { describe, expect, it } from 'vitest';
import { entrySpan, holdsAt } from '../../src/resume/entry-dates.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { resumeSchema } from '../../src/resume/schema.js';
import { createBot } from '../../src/core/bot.js';
import { nextInTime } from '../../src/query/followup-time.js';
import { parseLine } from '../helpers/bot.js';

const now = new Date(Date.UTC(2026, 11, 3));
const martin = loadResumeFile('data/resume.json');
const lena = loadResumeFile('tests/fixtures/resumes/senior-engineer.resume.json');

describe('a year stated beside an entry', () => {
  const netflix = entrySpan(
    martin,
    'work',
    martin.work.findIndex((w) => w.name === 'Netflix'),
  )!;

  it('holds "in" a year the role covers, and not one outside it', () => {
    expect(holdsAt(netflix, { year: 2015, relation: 'in' }, now)).toBe(true);
    expect(holdsAt(netflix, { year: 2022, relation: 'in' }, now)).toBe(false);
    expect(holdsAt(netflix, { year: 2010, relation: 'in' }, now)).toBe(false);
  });

  it('reads before, after and since from the role’s start and end', () => {
    expect(holdsAt(netflix, { year: 2012, relation: 'before' }, now)).toBe(false);
    expect(holdsAt(netflix, { year: 2014, relation: 'before' }, now)).toBe(true);
    expect(holdsAt(netflix, { year: 2021, relation: 'after' }, now)).toBe(false);
    expect(holdsAt(netflix, { year: 2021, relation: 'since' }, now)).toBe(true);
  });

  it('runs an ongoing role and a project without an end to now', () => {
    const picpay = entrySpan(martin, 'work', 0)!;
    expect(holdsAt(picpay, { year: 2026, relation: 'in' }, now)).toBe(true);
    const raft = entrySpan(lena, 'projects', 0)!;
    expect(holdsAt(raft, { year: 2024, relation: 'in' }, now)).toBe(true);
  });

  it('reads an award’s or a paper’s one date as both ends, and no dates for a skill', () => {
    const award = entrySpan(lena, 'awards', 0)!;
    expect(holdsAt(award, { year: 2014, relation: 'in' }, now)).toBe(true);
    expect(holdsAt(award, { year: 2015, relation: 'in' }, now)).toBe(false);
    expect(entrySpan(lena, 'publications', 1)?.start?.year).toBe(2022);
    expect(entrySpan(lena, 'skills', 0)).toBeUndefined();
  });
});

describe('one reading of an entry’s dates, whoever asks', () => {
  it('covers every year a closed range touches, the first and the last included', () => {
    const span = { start: { year: 2012, month: 12 }, end: { year: 2021, month: 5 } };
    expect([2011, 2012, 2015, 2021, 2022].map((year) => holdsAt(span, { year, relation: 'in' }, now))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('runs an ongoing range up to the clock and not beyond', () => {
    const span = { start: { year: 2021, month: 11 }, end: null };
    expect([2020, 2026, 2027].map((year) => holdsAt(span, { year, relation: 'in' }, now))).toEqual([false, true, false]);
  });

  // The JSON Resume schema: a role, volunteer work or studies without an end date are current.
  const resume = resumeSchema.parse({
    basics: { name: 'Ana Lima' },
    work: [
      { name: 'Acme', position: 'Engineer', endDate: '2015-06' },
      { name: 'Globex', position: 'Lead', startDate: '2016-01' },
    ],
    education: [{ institution: 'Open University', area: 'Mathematics', studyType: 'Bachelor', startDate: '2023-09' }],
    projects: [
      { name: 'Tracer', startDate: '2014-03', endDate: '2014-09' },
      { name: 'Lattice', startDate: '2015-02' },
    ],
  });
  const bot = createBot({ resume, aliases: { same: new Map(), related: new Map() }, clock: () => now });
  const titles = (line: string) => bot.answer(parseLine(line)).matches.map((m) => m.title);

  it('given studies with no end date, holds them in every year since they began, as a stated year does', () => {
    expect(entrySpan(resume, 'education', 0)).toEqual({ start: { year: 2023, month: 9 }, end: null });
    expect(titles('/education 2025')).toHaveLength(1);
    expect(titles('/education 2022')).toEqual([]);
  });

  it('given a role that gives only its end, holds it in that year, in a listing by year as in a stated year', () => {
    expect(holdsAt(entrySpan(resume, 'work', 0)!, { year: 2015, relation: 'in' }, now)).toBe(true);
    expect(titles('/experience 2015')).toEqual([expect.stringContaining('Acme')]);
  });

  it('given a project started with no end, reads it as ongoing in a follow-up too: it never ended before a later role began', () => {
    const globex = { section: 'work' as const, id: 'work-1', title: 'Lead at Globex' };
    expect(entrySpan(resume, 'projects', 1)?.end).toBeNull();
    expect(nextInTime(globex, 'projects', 'before', resume)).toBe(0);
  });

  it('given a role that gives only its end, moves along time from it', () => {
    expect(nextInTime({ section: 'work', id: 'work-0', title: 'Engineer at Acme' }, 'projects', 'before', resume)).toBe(0);
  });
});
