/**
 * "What was he doing in June 2021?" of Martin asked for the whole of 2021 (PicPay, Snowflake and Netflix), "where did
 * he work in the summer of 2012?" looked for a place called "summer", and "who was working in june 2023?" found nobody:
 * a month or a season said before a year was read as a word, or dropped. Now it narrows the year to its months (a
 * season: spring 3–5, summer 6–8, fall 9–11; winter spans two years, so it asks the year), in English and Portuguese,
 * and a date that gives no month is read at its widest.
 */
import { describe, expect, it } from 'vitest';
import { yearSaid } from '../../src/query/year.js';
import { directoryBot, peopleListed } from '../directory/fixture.js';
import { botFor, type Labelled, labelledRows } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const SNOWFLAKE = 'Performance Architect at Snowflake';

const ASKED: readonly Labelled[] = [
  ...labelledRows('martin', [
    // Netflix ended in May 2021 and PicPay began in November: in June he was at Snowflake only.
    ['what was he doing in june 2021?', 'experience', SNOWFLAKE],
    ['o que ele fazia em junho de 2021?', 'experience', SNOWFLAKE],
    ['where did he work in the summer of 2012?', 'experience', 'Performance Engineer at Expedia'],
    ['was he at netflix in march 2015?', 'experience', 'Performance Architect at Netflix'],
  ]),
  // Salt & Cedar ended in July 2024; the freelance contract began in August.
  ...labelledRows('career-changer', [['what was he doing in august 2024?', 'experience', 'Data Analyst (Contract) at Freelance']]),
];

const ask = (id: string, text: string) => botFor(id).answer({ platform: 'cli', command: null, text });

describe('months of a year', () => {
  specsFor('a month or a season with its year', ASKED, new Set());

  it('given "what was he doing in june 2021?", shows only the roles held then, and says the month', () => {
    const answer = ask('martin', 'what was he doing in june 2021?');
    expect(answer.matches.map((m) => m.title)).toEqual([SNOWFLAKE]);
    expect(ask('martin', 'what was he doing in 2021?').matches).toHaveLength(3);
    // In May he left Netflix and joined Snowflake.
    const may = ask('martin', 'what was he doing in may 2021?');
    expect(may.title).toBe('Roles in May 2021');
    expect(may.matches).toHaveLength(2);
  });

  it.each([
    ['who was working in june 2023?', ['career-changer', 'martin', 'new-grad', 'senior-engineer']],
    ['who was working in summer 2023?', ['career-changer', 'martin', 'new-grad', 'senior-engineer']],
    // Maya's internship ran from June to September 2023.
    ['who was working in march 2023?', ['career-changer', 'martin', 'senior-engineer']],
    ['quem trabalhava em junho de 2023?', ['career-changer', 'martin', 'new-grad', 'senior-engineer']],
  ])('given "%s" across everyone, lists whoever was working then', (asked, people) => {
    expect(peopleListed(directoryBot(), asked)).toEqual(people);
  });

  it.each(['was he at netflix in march 2022?', 'what was he doing in may 2021?', 'where did he work in the summer of 2012?'])(
    'given "%s", its route asked again (a share) answers the same, months and all',
    (asked) => {
      const answer = ask('martin', asked);
      const again = botFor('martin').answer({ platform: 'cli', command: answer.route!.command, text: answer.route!.query });
      expect(again.title).toBe(answer.title);
      expect(again.matches.map((m) => m.id)).toEqual(answer.matches.map((m) => m.id));
    },
  );

  it('reads the months a word names before a year, and a winter as the whole year', () => {
    expect(yearSaid('in the summer of 2023')).toEqual({ year: 2023, months: { first: 6, last: 8, said: 'summer' } });
    expect(yearSaid('em junho de 2019')).toEqual({ year: 2019, months: { first: 6, last: 6, said: 'junho' } });
    expect(yearSaid('in winter 2021')).toEqual({ year: 2021 });
    expect(yearSaid('in 2021')).toEqual({ year: 2021 });
  });
});
