/**
 * "Who speaks more than two languages?", "who has at least 2 certificates?", "who has 10+ years of experience?": a
 * count of a section's entries, or of the years someone's roles cover, compared with a number. Each person who fits
 * is listed with how many and which; nobody who falls short is the least-bad fit. A number alone ("speaks three
 * languages", "worked at three companies") asks for at least that many, and "multiple" or "several" more than one.
 * "Who has worked in more than one country?" counts the countries their roles' locations name. Portuguese too.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../helpers/bot.js';
import { directoryBot, peopleListed, SIX } from './fixture.js';

const bot = directoryBot();
const people = (asked: string, locale?: string) =>
  bot
    .answer({ ...parseLine(asked), ...(locale ? { locale } : {}) })
    .matches.map((m) => m.person?.id)
    .sort();

describe('a count compared', () => {
  it.each([
    ['who speaks more than two languages?', ['martin-alvarez', 'senior-engineer']],
    ['who speaks 3 or more languages?', ['martin-alvarez', 'senior-engineer']],
    ['who speaks exactly two languages?', ['career-changer', 'new-grad']],
    ['who has at least 2 certificates?', ['career-changer']],
    ['who has more than one award?', ['senior-engineer']],
    ['who has fewer than 2 roles?', ['sample']],
    ['who has 10+ years of experience?', ['martin', 'senior-engineer']],
    ['who has less than 5 years of experience?', ['new-grad', 'sample']],
    ['who has more than ten publications?', []],
    // A number alone before what is counted: at least that many.
    ['who speaks three languages?', ['martin-alvarez', 'senior-engineer']],
    ['who has two degrees?', ['martin', 'martin-alvarez', 'senior-engineer']],
    ['who has 3 certificates?', ['career-changer']],
    ['who has 10 years of experience?', ['martin', 'senior-engineer']],
    // Where it was done between them: "worked at three companies".
    ['who has worked at three companies?', ['career-changer', 'martin', 'senior-engineer']],
    ['who worked for 5 companies?', ['martin']],
    // "Multiple", "several": more than one.
    ['who speaks multiple languages?', ['career-changer', 'martin-alvarez', 'new-grad', 'senior-engineer']],
  ])('given "%s", lists exactly %j', (asked, expected) => {
    expect(people(asked)).toEqual(expected);
  });

  it('given countries, counts those their roles were in, each listed', () => {
    const eight = directoryBot([...SIX, 'edge', 'awkward']);
    const listed = (asked: string) =>
      eight
        .answer(parseLine(asked))
        .matches.map((m) => m.person?.id)
        .sort();
    expect(listed('who has worked in more than one country?')).toEqual(['awkward', 'edge', 'martin']);
    expect(listed('who has worked in multiple countries?')).toEqual(['awkward', 'edge', 'martin']);
    expect(listed('quem trabalhou em mais de um país?')).toEqual(['awkward', 'edge', 'martin']);
    expect(listed('who has worked in more than two countries?')).toEqual([]);
    expect(eight.answer(parseLine('who has worked in more than one country?')).sections[0]?.bullets).toContain(
      'Jordan Okafor — 2 countries: Nigeria, United Kingdom',
    );
  });

  it('given years at an employer, lists whoever held a role there that long, not everyone with as many years', () => {
    expect(people('who worked at netflix for more than 5 years?')).toEqual(['martin']);
    expect(people('who spent more than 3 years at dell?')).toEqual(['martin']);
    expect(people('who has been at dropbox for at least 4 years?')).toEqual(['senior-engineer']);
    expect(people('who worked at netflix for more than 10 years?')).toEqual([]);
    // Years of a skill are not counted: nobody, rather than everyone with as many years of work.
    expect(people('who has more than 5 years of experience with kafka?')).toEqual([]);
  });

  it('given years in one role wherever it was, lists whoever held one that long, with it', () => {
    expect([...people('who has worked somewhere for over 5 years?')].sort()).toEqual(['career-changer', 'martin', 'senior-engineer']);
    expect(people('who has been at the same company for more than 8 years?')).toEqual(['martin']);
    expect(people('who stayed in one job for 8+ years?')).toEqual(['martin']);
    expect([...people('who has worked anywhere for less than a year?')].sort()).toEqual(['career-changer', 'martin', 'new-grad']);
    const answer = bot.answer(parseLine('who has been at the same company for more than 8 years?'));
    expect(answer.sections[0]?.bullets).toEqual(['Martin Spier — Performance Architect at Netflix · 8 yrs 6 mos']);
  });

  it('given years in the role under way now, lists whoever has held theirs that long', () => {
    expect(people('who has been at their current job for more than 6 years?')).toEqual(['senior-engineer']);
    expect(people('who has been with their current employer for 4+ years?')).toEqual(['martin', 'senior-engineer']);
    // Martin's eight years were at Netflix, which he left.
    expect(people('who has been at their current company for more than 8 years?')).toEqual([]);
  });

  it('given native languages counted, counts only the languages that are their own', () => {
    // Jordan: English and Yoruba natively, French basic; Daniel: English and Spanish; Lena: English natively only.
    const natives = directoryBot([...SIX, 'awkward']);
    const listed = (asked: string) => peopleListed(natives, asked);
    expect(listed('who is a native speaker of more than one language?')).toEqual(['awkward', 'career-changer']);
    expect(listed('who has more than one mother tongue?')).toEqual(['awkward', 'career-changer']);
    expect(listed('who has two native languages?')).toEqual(['awkward', 'career-changer']);
    expect(listed('who speaks more than one language?')).toContain('senior-engineer');
    const answer = natives.answer(parseLine('who has two native languages?'));
    expect(answer.sections[0]?.bullets).toContain('Jordan Okafor — 2 languages: English, Yoruba');
  });

  it('given "more than a year", counts one', () => {
    expect([...people('who has more than a year of experience?')].sort()).toEqual([
      'career-changer',
      'martin',
      'sample',
      'senior-engineer',
    ]);
  });

  it('given a count, says how many and which for each', () => {
    const answer = bot.answer(parseLine('who speaks more than two languages?'));
    const lines = answer.sections.flatMap((s) => s.bullets).join('\n');
    expect(lines).toContain('3 languages: English, Spanish, Portuguese');
  });

  it('given Portuguese, counts the same', () => {
    expect(people('quem fala mais de duas línguas?', 'pt-BR')).toEqual(['martin-alvarez', 'senior-engineer']);
    expect(people('quem tem mais de 10 anos de experiência?', 'pt-BR')).toEqual(['martin', 'senior-engineer']);
    expect(people('quem fala três línguas?', 'pt-BR')).toEqual(['martin-alvarez', 'senior-engineer']);
  });
});
