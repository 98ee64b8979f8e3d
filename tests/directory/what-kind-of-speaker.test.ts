/**
 * "Who is a spanish speaker?", "who is a native english speaker?": a speaker of a language is whoever lists it, and
 * "native … speaker" around its name asks its fluency too, shown in the line of evidence ("Spanish · Native
 * speaker"). "Who is bilingual?" counts languages: two or more (trilingual, three). A short title may hold one word
 * more inside the phrase asked: "Staff Software Engineer" is a staff engineer; a sentence may not.
 */
import { describe, expect, it } from 'vitest';
import { renderTerminal } from '../../src/render/terminal.js';
import { parseLine } from '../helpers/bot.js';
import { directoryBot, peopleListed } from './fixture.js';

const bot = directoryBot();
const people = (asked: string) => peopleListed(bot, asked);
const shown = (asked: string) => renderTerminal(bot.answer(parseLine(asked)), { color: false });

describe('what kind of speaker, across people', () => {
  it('given "who is a spanish speaker?", lists everyone who lists Spanish', () => {
    expect(people('who is a spanish speaker?')).toEqual(['career-changer', 'martin-alvarez', 'senior-engineer']);
    expect(people('who is an english speaker?')).toEqual(['career-changer', 'new-grad', 'sample', 'senior-engineer']);
  });

  it('given "who is a native spanish speaker?", lists only native speakers, with the fluency that shows it', () => {
    expect(people('who is a native spanish speaker?')).toEqual(['career-changer', 'martin-alvarez']);
    expect(shown('who is a native spanish speaker?')).toContain('Daniel Reyes — Spanish · Native speaker');
    expect(people('who is a native english speaker?')).toEqual(['career-changer', 'new-grad', 'sample', 'senior-engineer']);
  });

  it('given the speakers "of" a language, native or not, lists them as the words before it would', () => {
    expect(people('who is a native speaker of spanish?')).toEqual(['career-changer', 'martin-alvarez']);
    expect(people('who is a speaker of spanish?')).toEqual(people('who is a spanish speaker?'));
    expect(people('quem é falante nativo de espanhol?')).toEqual(['career-changer', 'martin-alvarez']);
    expect(people('quem é falante de espanhol?')).toEqual(people('who is a spanish speaker?'));
  });

  it('given "who is bilingual?", lists who speaks two languages or more, with them; trilingual, three', () => {
    expect(people('who is bilingual?')).toEqual(['career-changer', 'martin-alvarez', 'new-grad', 'senior-engineer']);
    expect(shown('who is bilingual?')).toContain('Maya Okonkwo — 2 languages: English, Igbo');
    expect(people('who is trilingual?')).toEqual(['martin-alvarez', 'senior-engineer']);
    expect(people('quem é bilíngue?')).toEqual(people('who is bilingual?'));
  });

  it('given a title asked without one of its words, lists who held it', () => {
    expect(people('who is a staff engineer?')).toEqual(['senior-engineer']);
    expect(people('who was a senior engineer?')).toEqual(['senior-engineer']);
  });

  it('given a phrase that only a sentence says with a word between, finds nobody', () => {
    // Lena's Dropbox role says "Owned the cross-zone repair scheduler …": "zone … scheduler" only inside a sentence.
    expect(people('who knows zone scheduler?')).toEqual([]);
  });
});
