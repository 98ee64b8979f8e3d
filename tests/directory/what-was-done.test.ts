/**
 * What people did, asked across them: "who has grown revenue?" found nobody, though Daniel "Grew annual revenue 28%";
 * nor "who ran workshops?" (Daniel "Ran weekly Excel workshops"), nor "who designed architectures?" (Martin "Designed
 * scalable architectures"): evidence had to say the words side by side. What a verb was done to may be named at some
 * length after it; a phrase of nouns ("cloud security") is still said side by side.
 */
import { describe, expect, it } from 'vitest';
import { saysInOrder } from '../../commands/people-words.js';
import { directoryBot, peopleListed, SIX } from './fixture.js';

describe('what was done, across people', () => {
  it.each([
    ['who has grown revenue?', ['career-changer']],
    ['who ran workshops?', ['career-changer']],
    ['who has run workshops?', ['career-changer']],
    // Lena "Designed the tiered-storage architecture": a plural asked is said by its singular.
    ['who has designed architectures?', ['martin', 'senior-engineer']],
    // Maya's projects name no dashboard; her internship "Built a service-health dashboard".
    ['who built a dashboard?', ['career-changer', 'new-grad']],
    // Lena's doctorate: "Dissertation: Consistency Trade-offs…".
    ['who wrote a dissertation?', ['senior-engineer']],
  ])('given "%s", lists whoever a role says did it', (asked, people) => {
    expect(peopleListed(directoryBot(), asked)).toEqual(people);
  });

  it.each([
    // Jordan "Wrote the on-call runbook", Maya "Wrote the onboarding runbook": "written" asks for publications,
    // which name none, and a role says it was made so.
    ['who has written a runbook?', ['awkward', 'new-grad']],
    ['who has written runbooks?', ['awkward', 'new-grad']],
    // Made so in no role or project: nobody, though Lena "Authored the internal design-review rubric".
    ['who has written a novel?', []],
  ])('given "%s", a verb of a section no entry of theirs answers, lists whoever a role says did it', (asked, people) => {
    expect(peopleListed(directoryBot([...SIX, 'awkward']), asked)).toEqual(people);
  });

  it('reads what a verb was done to within three words after it, and a phrase of nouns only side by side', () => {
    const said = ['built', 'looker', 'studio', 'sales', 'dashboard', 'cafe', 'group'];
    expect(saysInOrder(said, ['built', 'dashboard'])).toBe(true);
    expect(saysInOrder(['grew', 'annual', 'revenue', '28'], ['grown', 'revenue'])).toBe(true);
    expect(saysInOrder(['built', 'looker', 'studio', 'sales', 'team', 'dashboard'], ['built', 'dashboard'])).toBe(false);
    expect(saysInOrder(['cloud', 'data', 'platform', 'security', 'review', 'weekly'], ['cloud', 'security'])).toBe(false);
  });
});
