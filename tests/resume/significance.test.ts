import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../../src/resume/dates.js';
import { bySignificance, degreeLevel, recency } from '../../src/resume/significance.js';

const date = (text: string): PartialDate => {
  const parsed = parsePartialDate(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
};

describe('which entry is more significant', () => {
  it.each([
    ['Ph.D.', 5],
    ['Doctor of Philosophy', 5],
    ['Master of Science', 4],
    ['M.Sc.', 4],
    ['MBA', 4],
    ['Bachelor of Engineering', 3],
    ['B.Sc.', 3],
    ['Bachelor', 3],
    ['Bacharelado', 3],
    ['Associate of Applied Science', 2],
    ['Short course', 1],
    [undefined, 1],
  ] as const)('given the study type %s, reads degree level %i', (studyType, level) => {
    expect(degreeLevel(studyType)).toBe(level);
  });

  it('given a programme listed above two degrees, puts the higher degree first and the programme last', () => {
    const entries = [{ studyType: 'Certificate' }, { studyType: 'Bachelor of Arts' }, { studyType: 'Master of Arts' }];
    expect(bySignificance(entries, (e) => [degreeLevel(e.studyType)])).toEqual([2, 1, 0]);
  });

  it('given a past role listed above the ongoing one, puts the ongoing role first, then the one that ended last, then the one that started last', () => {
    const roles = [
      { startDate: date('2014-02'), endDate: date('2019-06') },
      { startDate: date('2019-07'), endDate: null },
      { startDate: date('2011-01'), endDate: date('2013-12') },
      { startDate: date('2012-01'), endDate: date('2019-06') },
    ];
    expect(bySignificance(roles, recency)).toEqual([1, 0, 3, 2]);
  });
});
