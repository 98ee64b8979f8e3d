/**
 * "Anyone who can code in golang?" found nobody: "who" after the cue "anyone" was kept as a word to look for. And "who
 * speaks spanish and knows python?" found nobody: the second part was asked as "speaks knows python", the first
 * part's verb carried over though the part says its own. A part with a verb of its own keeps it; a part that names
 * only what the first part's verb is about ("knows go and rust", "worked at google and at netflix") still takes it.
 */
import { describe, expect, it } from 'vitest';
import { directoryBot, peopleListed } from './fixture.js';

describe('a relative word after the cue, and a part with its own verb', () => {
  it.each([
    ['anyone who can code in golang?', ['new-grad', 'senior-engineer']],
    ['is there anyone who knows kafka?', ['martin', 'senior-engineer']],
    ['someone that speaks igbo?', ['new-grad']],
    ['who speaks spanish and knows python?', ['career-changer', 'senior-engineer']],
    ['who speaks spanish and also knows python?', ['career-changer', 'senior-engineer']],
    ['who knows python and speaks spanish?', ['career-changer', 'senior-engineer']],
    ['who knows go and rust?', ['senior-engineer']],
  ])('given "%s", lists whoever fits', (asked, people) => {
    expect(peopleListed(directoryBot(), asked)).toEqual(people);
  });
});
