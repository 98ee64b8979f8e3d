/**
 * A command's own text states a time as free text does ("/experience netflix in 2022", "/awards after 2014"), and an
 * answer's route says the time it was held to: a share button or "show more" re-asks the route, and must get the
 * same entries.
 */
import { describe, expect, it } from 'vitest';
import { martinBot, parseLine } from '../helpers/bot.js';
import { botFor } from './fixture-bots.js';

const titles = (answer: { matches: ReadonlyArray<{ title: string }> }) => answer.matches.map((m) => m.title);

describe('a time stated in a command’s text', () => {
  it('given "/experience netflix in 2022", says the Netflix role was not then, as "was he at netflix in 2022?" does', () => {
    const bot = martinBot();
    const typed = bot.answer(parseLine('/experience netflix in 2022'));
    expect(typed.kind).toBe('empty');
    expect(typed.title).toBe('Performance Architect at Netflix: not in 2022');
    expect(typed.title).toBe(bot.answer(parseLine('was he at netflix in 2022?')).title);
  });

  it('given "/experience before 2015", lists the roles held before 2015', () => {
    expect(titles(martinBot().answer(parseLine('/experience before 2015')))).toEqual([
      'Performance Architect at Netflix',
      'Performance Engineer at Expedia',
      'Performance Engineer at Dell',
    ]);
  });

  it('given "/awards after 2014" of Lena, lists only the award received after it', () => {
    expect(titles(botFor('senior-engineer').answer(parseLine('/awards after 2014')))).toEqual(['Distinguished Engineer Spotlight']);
  });

  it('given "/experience first intern" and "/experience latest intern", answers the first and the latest internship', () => {
    const bot = botFor('new-grad');
    expect(titles(bot.answer(parseLine('/experience first intern')))).toEqual(['Research Intern at Allen Institute for AI']);
    expect(titles(bot.answer(parseLine('/experience latest intern')))).toEqual(['Software Engineering Intern at Outreach']);
  });

  it('given a year alone or an entry to count from, reads them as before', () => {
    expect(titles(martinBot().answer(parseLine('/experience 2015')))).toEqual(['Performance Architect at Netflix']);
    expect(titles(martinBot().answer(parseLine('/experience before netflix')))).toEqual(['Performance Engineer at Expedia']);
  });
});

describe('the route of an answer held to a stated time', () => {
  const asked = [
    ['martin', 'what did he do before 2015?'],
    ['martin', 'who was working between 2011 and 2013?'],
    ['martin', 'did he work at dell back in 2008?'],
    ['martin', 'did he work in porto alegre before 2010?'],
    ['career-changer', 'which certification did he get after 2024?'],
    ['senior-engineer', 'what did she do after 2016?'],
    ['new-grad', 'was she an intern in 2023?'],
    ['new-grad', 'qual foi o primeiro estágio dela?'],
    ['new-grad', 'qual foi o último estágio dela?'],
    ['career-changer', 'what is his latest certificate?'],
  ] as const;

  it.each(asked)('given %s asked "%s", its route re-asked as a command gives the same entries', (id, question) => {
    const bot = id === 'martin' ? martinBot() : botFor(id);
    const answer = bot.answer(parseLine(question));
    expect(answer.matches.length).toBeGreaterThan(0);
    const route = answer.route!;
    const again = bot.answer({ ...parseLine(''), command: route.command, text: route.query });
    expect(titles(again)).toEqual(titles(answer));
  });

  it('given "qual foi o primeiro estágio dela?", its route says the end asked', () => {
    expect(botFor('new-grad').answer(parseLine('qual foi o primeiro estágio dela?')).route).toEqual({
      command: 'experience',
      query: 'first intern',
    });
  });

  it('given "was he at netflix in 2022?", its route says the year', () => {
    expect(martinBot().answer(parseLine('was he at netflix in 2022?')).route).toEqual({ command: 'experience', query: 'netflix in 2022' });
  });
});
