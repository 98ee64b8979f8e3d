/** Given an entry's dates, a year a question states holds or not as the question says it. */
import { describe, expect, it } from 'vitest';
import { entrySpan, holdsAt } from '../../src/resume/entry-dates.js';
import { loadResumeFile } from '../../src/resume/load.js';

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
