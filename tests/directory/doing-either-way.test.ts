/**
 * "Who likes baking bread?" found nobody, though Daniel's interest Home Cooking lists "Bread baking": evidence had to
 * say the words in the order asked. A doing in -ing and what it is done to may be named the other way round by a name
 * of those two words; not in a sentence ("the backend of billing"), and a name that starts with the doing is no such
 * pair ("Engineering Data Platform" is no data engineering).
 */
import { describe, expect, it } from 'vitest';
import { saysInOrder } from '../../commands/people-words.js';
import { directoryBot, peopleListed } from './fixture.js';

describe('a doing and what it is done to, either way round', () => {
  it.each([
    ['who likes baking bread?', ['career-changer']],
    ['who enjoys bread baking?', ['career-changer']],
    ['who likes baking cakes?', []],
  ])('given "%s", lists whoever names it', (asked, people) => {
    expect(peopleListed(directoryBot(), asked)).toEqual(people);
  });

  it('reads a name "bread baking" as "baking bread"; not a sentence, nor a doing named first', () => {
    expect(saysInOrder(['bread', 'baking'], ['baking', 'bread'])).toBe(true);
    expect(saysInOrder(['owned', 'backend', 'billing'], ['billing', 'backend'])).toBe(false);
    expect(saysInOrder(['engineering', 'data', 'platform', 'team'], ['data', 'engineering'])).toBe(false);
    expect(saysInOrder(['bread', 'baking'], ['baking', 'cakes'])).toBe(false);
  });
});
