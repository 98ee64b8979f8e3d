/**
 * A directory asked in Portuguese: LOCALE words the answers of requests that name no language, as
 * one person's bot does, and "quem…", "alguém…" reach /people as "who…", "anyone…" do.
 */
import { describe, expect, it } from 'vitest';
import { loadApp } from '../../src/app/load.js';
import type { BotRequest } from '../../src/model/request.js';
import { directoryBot, FIVE } from './fixture.js';

const free = (text: string, locale = 'pt-BR'): BotRequest => ({ platform: 'cli', audience: 'private', command: null, text, locale });
const ids = (answer: { matches: ReadonlyArray<{ person?: { id: string } }> }) =>
  [...new Set(answer.matches.map((m) => m.person?.id))].sort();

describe('a directory asked in Portuguese', () => {
  it('given LOCALE=pt-BR and a request that names no language, answers in Portuguese', async () => {
    const app = loadApp({ env: { RESUME_DIR: 'tests/fixtures/resumes', LOCALE: 'pt-BR' } });
    const { answer } = await app.pipeline.handle({ platform: 'cli', audience: 'private', command: 'experience', text: 'lena dropbox' });
    expect(answer.person?.name).toBe('Dr. Lena Vasquez');
    expect(answer.subtitle).toMatch(/jun\. 2015 – jan\. 2020 · 4 anos e 8 meses/);
  });

  it.each([
    ['quem sabe kafka?', ['martin', 'senior-engineer']],
    ['alguém fala espanhol?', ['career-changer', 'senior-engineer']],
    ['alguem fala espanhol', ['career-changer', 'senior-engineer']],
    ['quais pessoas trabalharam na dropbox?', ['senior-engineer']],
    ['tem alguém com doutorado?', ['senior-engineer']],
    ['alguém aqui trabalhou na dropbox?', ['senior-engineer']],
    ['quem foi ceo?', ['sample']],
    // Who was one, said with no article: a title held, never a word in someone's text (Ana "mentored the intern cohort").
    ['alguém já foi estagiário?', ['new-grad']],
    ['quem foi estagiária?', ['new-grad']],
    // A new job, a change of job: the job that began in the year.
    ['quem começou num emprego novo em 2020?', ['senior-engineer']],
    ['quem mudou de emprego em 2015?', ['senior-engineer']],
  ])('given “%s”, lists the people who fit, as its English does', (question, people) => {
    const answer = directoryBot(question.includes('estagi') ? [...FIVE, 'edge'] : FIVE).answer(free(question));
    expect(answer.route?.command).toBe('people');
    expect(ids(answer)).toEqual(people);
  });

  it.each([
    ['quem trabalhou com dados?', 'who worked with data?'],
    ['quem tem experiência com testes?', 'who has experience with testing?'],
    // "Da equipe", "no time": on the team, which says only where they are.
    ['alguém da equipe fala espanhol?', 'does anyone on the team speak spanish?'],
    ['quem no time sabe kafka?', 'who on the team knows kafka?'],
  ])('given “%s”, lists the same people as “%s”', (question, english) => {
    const bot = directoryBot(FIVE);
    const answer = bot.answer(free(question));
    expect(answer.route?.command).toBe('people');
    expect(ids(answer).length).toBeGreaterThan(0);
    expect(ids(answer)).toEqual(ids(bot.answer(free(english, 'en'))));
  });

  it.each([
    // Jordan plays chess and worked in London; Ana runs trails.
    ['quem gosta de xadrez?', ['awkward']],
    ['quem já trabalhou em londres?', ['awkward']],
    ['alguém curte corrida?', ['edge']],
  ])('given a pastime or a city by its Portuguese name (“%s”), lists whoever fits', (question, people) => {
    const answer = directoryBot([...FIVE, 'awkward', 'edge']).answer(free(question));
    expect(ids(answer)).toEqual(people);
  });

  it.each([
    ['o jordan joga xadrez?', 'Chess'],
    ['jordan joga xadrez?', 'Chess'],
  ])('given a question in Portuguese naming the person and no pronoun (“%s”), reads it in Portuguese', (question, title) => {
    const answer = directoryBot([...FIVE, 'awkward']).answer(free(question));
    expect(answer.person?.id).toBe('awkward');
    expect(answer.matches[0]?.title).toBe(title);
  });

  it('given a Portuguese word a typo away from a last name (“redes”, Reyes), reads it as the word, across everyone', () => {
    const answer = directoryBot(FIVE).answer(free('quem sabe redes?'));
    expect(answer.person).toBeUndefined();
    expect(answer.route?.command).toBe('people');
    expect(answer.route?.query).toBe('know networks');
  });

  it.each([
    ['quem sabe kafka?', 'sabe kafka'],
    ['Alguém fala espanhol?', 'fala espanhol'],
  ])('given “%s”, quotes what the asker wrote (“%s”), not its English reading', (question, said) => {
    const answer = directoryBot(FIVE).answer(free(question));
    expect(answer.title).toContain(`“${said}”`);
  });

  it.each([
    ['espanhol', 'spanish'],
    ['doutorado', 'phd'],
  ])('given /people %s, a Portuguese word in its own text, lists whom /people %s lists, quoting what was typed', (typed, english) => {
    const bot = directoryBot(FIVE);
    const asked = bot.answer({ platform: 'cli', command: 'people', text: typed, locale: 'pt-BR' });
    const expected = ids(bot.answer({ platform: 'cli', command: 'people', text: english, locale: 'pt-BR' }));
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(asked)).toEqual(expected);
    expect(asked.title).toContain(`“${typed}”`);
  });

  it.each([
    ['quem estudou ciência da computação?', 'Ph.D. Computer Science — University of Texas at Austin'],
    ['quem fez trabalho voluntário?', 'Data Volunteer — Central Texas Food Bank'],
  ])('given “%s”, titles each entry found in Portuguese (“%s”), never with the English “at”', (question, line) => {
    const answer = directoryBot(FIVE).answer(free(question));
    const bullets = answer.sections.flatMap((s) => s.bullets);
    expect(bullets.some((b) => b.includes(line))).toBe(true);
    expect(bullets.filter((b) => / at /.test(b.replace(/University of Texas at Austin/g, '')))).toEqual([]);
  });

  it('given “alguém conhece haskell?”, which nobody knows, lists nobody', () => {
    const answer = directoryBot(FIVE).answer(free('alguém conhece haskell?'));
    expect(answer.route?.command).toBe('people');
    expect(answer.matches).toEqual([]);
  });
});
