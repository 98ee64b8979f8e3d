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
    // "Or higher", "or better": the level or any above it; "professional", of a spoken language, its working proficiency.
    ['who has python at intermediate level or higher?', ['career-changer', 'new-grad', 'senior-engineer']],
    ['who speaks spanish at a conversational level or better?', ['career-changer', 'martin-alvarez', 'senior-engineer']],
    ['who speaks portuguese at a professional level or better?', ['senior-engineer']],
    ['who speaks portuguese at a professional level?', ['senior-engineer']],
    // Two levels: either, or any between them. A technology the stop lists drop is still asked ("go").
    ['who is intermediate or advanced at python?', ['career-changer', 'new-grad', 'senior-engineer']],
    ['who is an expert in go?', ['senior-engineer']],
  ])('given "%s", lists whoever is at that level', (asked, people) => {
    expect(peopleListed(directoryBot(), asked)).toEqual(people);
  });

  it('reads a level only where it is one', () => {
    expect(levelAsked('is an expert in python')).toMatchObject({ section: 'skills', rank: 4, atLeast: true, rest: 'is an in python' });
    expect(levelAsked('speak a language at an elementary level')).toMatchObject({ section: 'languages', rank: 1, atLeast: false });
    expect(levelAsked('has an advanced degree')).toBeUndefined();
    expect(levelAsked('has a master')).toBeUndefined();
    expect(levelAsked('worked at confluent')).toBeUndefined();
    expect(levelAsked('knows go at an advanced level or higher')).toMatchObject({ rank: 3, atLeast: true, rest: 'knows go at an' });
    expect(levelAsked('is a beginner or intermediate in python')).toMatchObject({ rank: 1, atLeast: false, most: 2 });
    expect(levelAsked('is advanced or expert at python')).toMatchObject({ rank: 3, atLeast: true, rest: 'is at python' });
    // Of a skill, "professional" is no fluency.
    expect(levelAsked('uses python at a professional level')).toBeUndefined();
  });
});
