/**
 * The forms of a question's word that an entry may say it by (sayingForms): the candidates of /people are those who
 * say the word or one of these, so each must be a form the evidence check (saysWord) accepts, and the doers of an
 * -ing word must be among them.
 */
import { describe, expect, it } from 'vitest';
import { doingFormsOf, sayingForms, sayingLengths, saysWord } from '../../commands/people-words.js';

describe('the forms a word is said by', () => {
  it.each(['teaching', 'tutoring', 'engineering', 'building', 'kafka', 'marketing', 'writing', 'mentoring'])(
    'given "%s", lists only forms the evidence check accepts for it',
    (word) => {
      const forms = sayingForms(word);
      expect(forms.length).toBeGreaterThan(0);
      for (const form of forms) expect(saysWord(form, word), form).toBe(true);
    },
  );

  it('given an -ing word, lists the one who does it, by its stem or as the -er word inside it', () => {
    expect(sayingForms('teaching')).toEqual(expect.arrayContaining(['teacher', 'teachers']));
    expect(sayingForms('tutoring')).toEqual(expect.arrayContaining(['tutor', 'tutors']));
    expect(sayingForms('engineering')).toEqual(expect.arrayContaining(['engineer', 'engineers']));
  });

  it('given "marketing", never says it by "market", nor "accounting" by "account"', () => {
    expect(sayingForms('marketing')).not.toContain('market');
    expect(saysWord('market', 'marketing')).toBe(false);
    expect(saysWord('account', 'accounting')).toBe(false);
  });
});

describe('a verb asked in its -s form', () => {
  it.each([
    ['teaches', ['teaching', 'teacher', 'teachers']],
    ['mentors', ['mentoring', 'mentored']],
    ['manages', ['managing', 'managed', 'manager', 'managers', 'management']],
    ['builds', ['building', 'builder']],
  ])('given "%s", is said by its doing, having done it, its doers and its work', (word, said) => {
    expect(doingFormsOf(word)).toEqual(expect.arrayContaining(said));
    for (const form of doingFormsOf(word)) {
      expect(saysWord(form, word), form).toBe(true);
      const [shortest, longest] = sayingLengths(word);
      expect(form.length).toBeGreaterThanOrEqual(shortest);
      expect(form.length).toBeLessThanOrEqual(longest);
    }
  });

  it('given a word in -ss, -us or -is, or a short one, reads no verb in it', () => {
    for (const word of ['business', 'status', 'analysis', 'uses', 'aws']) expect(doingFormsOf(word)).toEqual([]);
    expect(saysWord('businessing', 'business')).toBe(false);
  });

  it('given the verb itself, never says it by its doing: "market" is no "marketing" either way', () => {
    expect(saysWord('marketing', 'market')).toBe(false);
    expect(saysWord('teaching', 'teach')).toBe(false);
    // A verb the irregular table knows is a verb: its doer says it ("teach": a Teacher, as "taught" is).
    expect(saysWord('teacher', 'teach')).toBe(true);
  });
});
