/**
 * "Who ran marathons?" listed Daniel, who "Ran weekly Excel workshops"; "who designed chips?" listed whoever designed
 * anything: a word nobody here says was dropped as a typo, leaving the verb to fit. What a verb was done to is what
 * is asked: only whoever may mean it, as a typo of theirs ("workshps", "kafak") or by another name ("talks"), may fit.
 */
import { describe, expect, it } from 'vitest';
import { directoryBot, peopleListed } from './fixture.js';

describe('what was done, to something nobody here names', () => {
  it.each(['who ran marathons?', 'who designed chips?'])('given "%s", lists nobody', (asked) => {
    expect(peopleListed(directoryBot(), asked)).toEqual([]);
  });

  it('given what was done to something named with a typo, still lists who did it', () => {
    expect(peopleListed(directoryBot(), 'who ran workshps?')).toEqual(['career-changer']);
    expect(peopleListed(directoryBot(), 'who has used kafak?')).toEqual(['martin', 'senior-engineer']);
    // By another name too: talks are conference speaking.
    expect(peopleListed(directoryBot(), 'who has given talks?')).toEqual(['senior-engineer']);
  });
});
