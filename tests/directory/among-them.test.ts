/**
 * "Who among them speaks spanish?" found nobody: "among" was read as a word to find. "Among them", "amongst you" say
 * only that the question is about the people here, as "of them" does.
 */
import { describe, expect, it } from 'vitest';
import { directoryBot, peopleListed } from './fixture.js';

const bot = directoryBot();
const people = (asked: string) => peopleListed(bot, asked);

describe('among them', () => {
  it('given "who among them speaks spanish?", lists whoever speaks Spanish', () => {
    expect(people('who among them speaks spanish?')).toEqual(['career-changer', 'martin-alvarez', 'senior-engineer']);
    expect(people('who amongst you knows go?')).toEqual(people('who knows go?'));
  });
});
