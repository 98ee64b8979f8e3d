/**
 * "Who lives outside the us?" listed the four who live in the US, and Martin, who gives no location: "outside" was read
 * as where their roles were. Living outside a place is a location given and elsewhere; someone who gives none lives
 * in no place the résumé says.
 */
import { describe, expect, it } from 'vitest';
import { directoryBot, peopleListed } from './fixture.js';

describe('living outside a place, across people', () => {
  it.each([
    ['who lives outside the us?', ['martin-alvarez']],
    ['who is based outside the us?', ['martin-alvarez']],
    ['who lives outside california?', ['career-changer', 'martin-alvarez', 'new-grad']],
    // Portuguese "fora dos/das" too.
    ['quem mora fora dos eua?', ['martin-alvarez']],
  ])('given "%s", lists whoever gives a location elsewhere', (asked, people) => {
    expect(peopleListed(directoryBot(), asked)).toEqual(people);
  });

  it('given "who lives in the us?" or "based out of austin", still lists whoever lives there', () => {
    expect(peopleListed(directoryBot(), 'who lives in the us?')).toEqual(['career-changer', 'new-grad', 'sample', 'senior-engineer']);
    expect(peopleListed(directoryBot(), 'who is based out of austin?')).toEqual(['career-changer']);
  });
});
