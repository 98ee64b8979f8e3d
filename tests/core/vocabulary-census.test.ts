import { describe, expect, it } from 'vitest';
import { censusOf, vocabularyOf, wordNumbers } from '../../src/core/vocabulary.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { resumePath } from '../query/fixture-bots.js';

const PEOPLE = ['martin', 'senior-engineer', 'new-grad', 'career-changer', 'sample'];

describe('a census of who uses each word', () => {
  const numbers = wordNumbers();
  const vocabularies = PEOPLE.map((id) => vocabularyOf(loadResumeFile(resumePath(id)), numbers));
  const census = censusOf(vocabularies, numbers);

  it('given several résumés, lists for a word the places of exactly those whose vocabulary has it, ascending', () => {
    for (const word of ['kafka', 'python', 'sql', 'university', 'spanish', 'engineer', 'netflix', 'the', '2015']) {
      const expected = vocabularies.flatMap((vocabulary, place) => (vocabulary.has(word) ? [place] : []));
      expect([...census(word)], word).toEqual(expected);
    }
    expect(census('kafka').length).toBeGreaterThan(0);
  });

  it('given a word nobody uses, or one numbered after the census was taken, lists nobody', () => {
    expect([...census('zzqx')]).toEqual([]);
    numbers.number('newly-seen');
    expect([...census('newly-seen')]).toEqual([]);
  });
});
