/**
 * "Who speaks conversational igbo?" and "who has native spanish?" found nobody: the word before a language's name was
 * asked as one phrase with it. A word just before a spoken language's name that no command is asked by says how well
 * (a fluency), asked on its own, so the language entry must say both. A language written in its own tongue
 * ("Euskara") is asked for by its English name too: "who has basic basque?" listed Richard by a course called
 * "Basic SQL", "basque" being a word nobody here spelled.
 */
import { describe, expect, it } from 'vitest';
import { directoryBot, peopleListed } from './fixture.js';

const bot = directoryBot();
const people = (asked: string) => peopleListed(bot, asked);

describe('how well a language is spoken, across people', () => {
  it('given a fluency before the language, lists whoever speaks it so', () => {
    expect(people('who speaks conversational igbo?')).toEqual(['new-grad']);
    // Daniel and Martín Álvarez are native Spanish speakers; Lena's Spanish is fluent.
    expect(people('who has native spanish?')).toEqual(['career-changer', 'martin-alvarez']);
    expect(people('who has elementary basque?')).toEqual(['martin-alvarez']);
  });

  it('given a fluency nobody has the language at, finds nobody, never a course that says the word', () => {
    expect(people('who has basic basque?')).toEqual([]);
    expect(people('who has native igbo?')).toEqual([]);
  });
});
