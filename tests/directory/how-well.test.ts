/**
 * How well, asked across everyone, was read as one more word to find: "who is an expert in python?" listed every
 * Python user, "who speaks spanish natively?" listed Lena, whose Spanish is "Fluent", and "who has elementary
 * french?" listed Martín Álvarez, whose Euskara is "Elementary", though nobody here speaks French. A level word is
 * now read against the level JSON Resume gives (skills[].level, languages[].fluency): at least the level for
 * "advanced", "expert", "master level", "fluent" and "natively", exactly it for "beginner", "intermediate",
 * "elementary" and "conversational". "An advanced degree" and "a master's" are degrees, as before; "a native spanish
 * speaker" says the fluency's own words and is found as it was.
 */
import { describe, expect, it } from 'vitest';
import { levelAsked } from '../../commands/people-levels.js';
import { directoryBot, peopleListed } from './fixture.js';

describe('how well, across everyone', () => {
  it.each([
    // Lena's Programming Languages (Go, Rust, Python) are "Master"; Daniel's and Maya's Python "Intermediate".
    ['who is an expert in python?', ['senior-engineer']],
    ['who is intermediate at python?', ['career-changer', 'new-grad']],
    ['who knows python?', ['career-changer', 'new-grad', 'senior-engineer']],
    ['who has master level skills?', ['sample', 'senior-engineer']],
    // Daniel's and Martín's Spanish are "Native speaker", Lena's "Fluent".
    ['who speaks spanish natively?', ['career-changer', 'martin-alvarez']],
    ['who is fluent in spanish?', ['career-changer', 'martin-alvarez', 'senior-engineer']],
    ['who has elementary french?', []],
    ['anyone speak a language at an elementary level?', ['martin-alvarez']],
  ])('given "%s", lists whoever is at that level', (asked, people) => {
    expect(peopleListed(directoryBot(), asked)).toEqual(people);
  });

  it('reads a level only where it is one', () => {
    expect(levelAsked('is an expert in python')).toMatchObject({ section: 'skills', rank: 4, atLeast: true, rest: 'is an in python' });
    expect(levelAsked('speak a language at an elementary level')).toMatchObject({ section: 'languages', rank: 1, atLeast: false });
    expect(levelAsked('has an advanced degree')).toBeUndefined();
    expect(levelAsked('has a master')).toBeUndefined();
    expect(levelAsked('worked at confluent')).toBeUndefined();
  });
});
