/**
 * "Does he know the rust language?" answered "No language matches “rust”": "language" is a cue of the spoken
 * languages, and Rust is no spoken language. A technology called a language, as one is fluent in it, is a skill
 * known; speaking one is still a spoken language, and so is a spoken language called one.
 */
import { describe, expect, it } from 'vitest';
import { directoryBot, peopleListed } from '../directory/fixture.js';
import { parseLine } from '../helpers/bot.js';
import { botFor } from './fixture-bots.js';

const asked = (resume: string, text: string) => {
  const answer = botFor(resume).answer(parseLine(text));
  return [answer.route?.command, answer.matches[0]?.title ?? null];
};

describe('a technology called a language', () => {
  it.each([
    ['martin-alvarez', 'does he know the R language?', ['skills', 'R']],
    ['senior-engineer', 'does she know the rust language?', ['skills', 'Rust']],
    ['senior-engineer', 'does she speak rust?', ['languages', null]],
    ['senior-engineer', 'does she know the spanish language?', ['languages', 'Spanish']],
    ['senior-engineer', 'what languages does she speak?', ['languages', 'English']],
  ])('given %s, "%s", answers from %j', (resume, text, expected) => {
    expect(asked(resume, text)).toEqual(expected);
  });

  it('given a directory, lists whoever knows it', () => {
    expect(peopleListed(directoryBot(), 'who knows the R language?')).toEqual(['martin-alvarez']);
  });
});
