/**
 * "Who mentored engineers?" found nobody, though Lena "Mentored four engineers" and Martin "Mentored engineers and
 * onboarded new hires"; "who trained baristas?" missed Daniel, who "Trained six baristas"; "/people trained" and
 * "/people mentored" missed whoever a person's own reading answered with an entry that does not say the word (Daniel's
 * skill "Team training", Lena's interest "Mentoring"). How many is said between a verb and what it was done to, and a
 * role or project that says the words asked shows them when the entry the reading found does not.
 */
import { describe, expect, it } from 'vitest';
import { saysInOrder } from '../../commands/people-words.js';
import { directoryBot, peopleListed } from './fixture.js';

describe('a verb and what it was done to, across people', () => {
  it('given "who mentored engineers?", lists both who mentored engineers, however many', () => {
    expect(peopleListed(directoryBot(), 'who mentored engineers?')).toEqual(['martin', 'senior-engineer']);
    expect(peopleListed(directoryBot(), 'who has mentored engineers?')).toEqual(['martin', 'senior-engineer']);
  });

  it('given "who trained baristas?", lists Daniel, who trained six', () => {
    expect(peopleListed(directoryBot(), 'who trained baristas?')).toEqual(['career-changer']);
  });

  it('given a verb alone, lists whoever a role says it of, beside an entry named by another form of it', () => {
    expect(peopleListed(directoryBot(), '/people trained')).toEqual(['career-changer']);
    expect(peopleListed(directoryBot(), '/people mentored')).toEqual(['martin', 'senior-engineer']);
  });

  it('reads a count between the words as no other word, unless the question counts too', () => {
    const said = ['mentored', 'four', 'engineers', 'two', 'whom', 'promoted', 'senior'];
    expect(saysInOrder(said, ['mentored', 'engineers'])).toBe(true);
    expect(saysInOrder(['trained', '12', 'baristas'], ['trained', 'baristas'])).toBe(true);
    expect(saysInOrder(said, ['mentored', 'two', 'engineers'])).toBe(false);
    // Any other word between them still parts them in running text ("cloud … security").
    expect(saysInOrder(['built', 'cloud', 'data', 'security', 'tooling', 'daily'], ['cloud', 'security'])).toBe(false);
  });
});
