/**
 * "Who speaks conversational igbo?" and "who has native spanish?" found nobody: the word before a language's name was
 * asked as one phrase with it. A word just before a spoken language's name that no command is asked by says how well
 * (a fluency), asked on its own, so the language entry must say both. A language written in its own tongue
 * ("Euskara") is asked for by its English name too: "who has basic basque?" listed Richard by a course called
 * "Basic SQL", "basque" being a word nobody here spelled. A fluency said in one part of two ("speaks spanish fluently
 * and knows python") is of that part's language, not of the other part's words. "Who's fluent or native in spanish?"
 * found nobody: "native" beside a fluency with "or" is a level too.
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

  it('given two fluencies either of which fits, in English or Portuguese, lists whoever speaks it at either', () => {
    // Lena's Portuguese is a professional working proficiency.
    expect(people('anyone here speak portuguese at a professional or fluent level?')).toEqual(['senior-engineer']);
    expect(people('alguém aqui fala português em nível profissional ou fluente?')).toEqual(['senior-engineer']);
    // "Native" beside a fluency with "or" is a level too: either fits, so the lower one or better does.
    expect(people("who's fluent or native in spanish?")).toEqual(['career-changer', 'martin-alvarez', 'senior-engineer']);
    expect(people('who is native or fluent in spanish')).toEqual(['career-changer', 'martin-alvarez', 'senior-engineer']);
  });

  it('given a fluency in one part of a question of two, asks it of that part alone', () => {
    // Martín Álvarez speaks Spanish natively but lists no Python.
    expect(people('who speaks spanish fluently and knows python?')).toEqual(['career-changer', 'senior-engineer']);
    expect(people('who speaks fluent spanish and knows python?')).toEqual(['career-changer', 'senior-engineer']);
    expect(people('who knows python and speaks spanish fluently?')).toEqual(['career-changer', 'senior-engineer']);
  });

  it('given a fluency nobody has the language at, finds nobody, never a course that says the word', () => {
    expect(people('who has basic basque?')).toEqual([]);
    expect(people('who has native igbo?')).toEqual([]);
  });
});
