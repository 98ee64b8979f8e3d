import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/i18n/catalogue.js';
import {
  dateSortKey,
  formatMonthYear,
  formatRange,
  formatTenure,
  isPartialDate,
  parsePartialDate,
  tenureMonths,
  type PartialDate,
} from '../../src/resume/dates.js';

// The clock every answer in the project's tests is computed against.
const NOW = new Date('2026-11-26T12:00:00Z');

function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!isPartialDate(parsed)) throw new Error(parsed.error);
  return parsed;
}

describe('parsePartialDate', () => {
  it('given YYYY, YYYY-MM and YYYY-MM-DD, returns only the parts that were written', () => {
    expect(parsePartialDate('2021')).toEqual({ year: 2021 });
    expect(parsePartialDate('2021-11')).toEqual({ year: 2021, month: 11 });
    expect(parsePartialDate('2021-11-05')).toEqual({ year: 2021, month: 11, day: 5 });
    expect(parsePartialDate(' 2021-11 ')).toEqual({ year: 2021, month: 11 });
  });

  it('given Feb 29, accepts it in leap years only, including the 400-year rule', () => {
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parsePartialDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(parsePartialDate('1900-02-29')).toEqual({ error: '"1900-02-29" has day 29: Feb 1900 has 28 days' });
    expect(parsePartialDate('2023-02-29')).toEqual({ error: '"2023-02-29" has day 29: Feb 2023 has 28 days' });
  });

  it('given a year below 100, still knows its leap years (Date.UTC would read 0004 as 1904)', () => {
    expect(parsePartialDate('0000-02-29')).toEqual({ year: 0, month: 2, day: 29 });
    expect(parsePartialDate('0100-02-29')).toEqual({ error: '"0100-02-29" has day 29: Feb 100 has 28 days' });
  });

  it('given an impossible month or day, says which part is wrong and why', () => {
    expect(parsePartialDate('2021-13')).toEqual({ error: '"2021-13" has month 13: months are 01-12' });
    expect(parsePartialDate('2021-00')).toEqual({ error: '"2021-00" has month 00: months are 01-12' });
    expect(parsePartialDate('2021-04-31')).toEqual({ error: '"2021-04-31" has day 31: Apr 2021 has 30 days' });
    expect(parsePartialDate('2021-01-00')).toEqual({ error: '"2021-01-00" has day 00: Jan 2021 has 31 days' });
  });

  it('given another shape, names the three accepted ones', () => {
    for (const text of ['2020/01', 'Nov 2021', '21-11', '2021-1', '2021-11-5', '']) {
      expect(parsePartialDate(text)).toEqual({ error: `"${text}" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD` });
    }
  });
});

describe('formatRange', () => {
  it('given the ongoing PicPay role and the 2026-11-26 clock, answers "Nov 2021 – Present · 5 yrs 1 mo"', () => {
    expect(formatRange(date('2021-11'), null, NOW)).toBe('Nov 2021 – Present · 5 yrs 1 mo');
  });

  it('given a role that started and ended in the same month, counts it as one month', () => {
    expect(formatRange(date('2021-11'), date('2021-11'), NOW)).toBe('Nov 2021 – Nov 2021 · 1 mo');
  });

  it('given a closed role, counts both its first and its last month', () => {
    // Snowflake: May to Nov is seven months on the calendar.
    expect(formatRange(date('2021-05'), date('2021-11'), NOW)).toBe('May 2021 – Nov 2021 · 7 mos');
    expect(formatRange(date('2012-12'), date('2021-05'), NOW)).toBe('Dec 2012 – May 2021 · 8 yrs 6 mos');
  });

  it('given bare years, shows years and counts from January of the first to December of the last', () => {
    expect(formatRange(date('2009'), date('2010'), NOW)).toBe('2009 – 2010 · 2 yrs');
    expect(formatRange(date('2002'), date('2008'), NOW)).toBe('2002 – 2008 · 7 yrs');
  });

  it('given days, shows months only: one format everywhere', () => {
    expect(formatRange(date('2020-03-15'), date('2020-04-02'), NOW)).toBe('Mar 2020 – Apr 2020 · 2 mos');
  });

  it('given an end still in the future, counts tenure only up to the clock', () => {
    expect(formatRange(date('2026-01'), date('2027-12'), NOW)).toBe('Jan 2026 – Dec 2027 · 11 mos');
  });

  it('given the same résumé dates asked again a month later, in another language and back, reads each as of then', () => {
    // A résumé's dates are the same objects on every answer: what is worded once must still follow the clock and the language.
    const start = date('2021-11');
    expect(formatRange(start, null, NOW)).toBe('Nov 2021 – Present · 5 yrs 1 mo');
    expect(formatRange(start, null, new Date('2026-12-04T12:00:00Z'))).toBe('Nov 2021 – Present · 5 yrs 2 mos');
    expect(formatRange(start, null, NOW, messagesFor('pt-BR'))).toMatch(/^nov\.? 2021 – o momento · 5 anos e 1 mês$/);
    expect(formatRange(start, date('2026-05'), NOW)).toBe('Nov 2021 – May 2026 · 4 yrs 7 mos');
    expect(formatRange(start, null, NOW)).toBe('Nov 2021 – Present · 5 yrs 1 mo');
  });

  it('given no start, shows what is known and no tenure', () => {
    expect(formatRange(undefined, date('2020-05'), NOW)).toBe('Until May 2020');
    expect(formatRange(undefined, null, NOW)).toBe('');
  });
});

describe('formatTenure', () => {
  it('uses singular for one and plural otherwise, for years and months alike', () => {
    expect(formatTenure(1)).toBe('1 mo');
    expect(formatTenure(2)).toBe('2 mos');
    expect(formatTenure(12)).toBe('1 yr');
    expect(formatTenure(13)).toBe('1 yr 1 mo');
    expect(formatTenure(14)).toBe('1 yr 2 mos');
    expect(formatTenure(24)).toBe('2 yrs');
    expect(formatTenure(25)).toBe('2 yrs 1 mo');
    expect(formatTenure(61)).toBe('5 yrs 1 mo');
  });

  it('never shows zero months for a role: the shortest is one month', () => {
    expect(tenureMonths(date('2026-11'), null, NOW)).toBe(1);
    expect(tenureMonths(date('2030-01'), null, NOW)).toBe(1);
  });
});

describe('dateSortKey and formatMonthYear', () => {
  it('sorts later dates higher, an ongoing end above all and a missing date below all', () => {
    const keys = [
      dateSortKey(undefined, 'end'),
      dateSortKey(date('2012-12'), 'end'),
      dateSortKey(date('2021-05'), 'end'),
      dateSortKey(null, 'end'),
    ];
    expect([...keys].sort((a, b) => a - b)).toEqual(keys);
    expect(dateSortKey(date('2021'), 'start')).toBeLessThan(dateSortKey(date('2021-02'), 'start'));
    expect(dateSortKey(date('2021'), 'end')).toBeGreaterThan(dateSortKey(date('2021-11'), 'end'));
  });

  it('shows "Nov 2021", or the bare year when no month was given', () => {
    expect(formatMonthYear(date('2021-11-30'))).toBe('Nov 2021');
    expect(formatMonthYear(date('2021'))).toBe('2021');
  });
});
