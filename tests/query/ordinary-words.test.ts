/**
 * An ordinary English word typed in full is meant as typed, never as a misspelling of another ordinary word: "status"
 * is no "states" (a role's location), "baking" no "making", "looking" no "cooking", "computing" no "cycling". A word
 * that is no ordinary word ("pyhton", "cookng") is still read as the typo it is, and so is a name's.
 */
import { describe, expect, it } from 'vitest';
import { isCommonWord } from '../../src/query/common-words.js';
import { WordIndex } from '../../src/query/word-index.js';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';
import { NETFLIX } from './titles.js';

const ASKED: readonly Labelled[] = [
  { resume: 'senior-engineer', ask: 'what is her visa status?', command: 'resume', first: null },
  { resume: 'new-grad', ask: 'what is her visa status?', command: 'resume', first: null },
  { resume: 'martin', ask: 'does he have baking experience?', command: 'experience', first: null },
  { resume: 'career-changer', ask: 'what is he looking for?', command: 'resume', first: null },
  { resume: 'career-changer', ask: 'does he know quantum computing?', command: 'skills', first: null },
  { resume: 'career-changer', ask: 'is he interested in quantum computing?', command: 'interests', first: null },
  { resume: 'career-changer', ask: 'does he know pyhton?', command: 'skills', first: 'Python' },
  { resume: 'career-changer', ask: 'does he like cookng?', command: 'interests', first: 'Home Cooking' },
  { resume: 'martin', ask: 'what did he do at netflx?', command: 'experience', first: NETFLIX },
];

describe('ordinary words typed in full', () => {
  specsFor('ordinary words typed in full', ASKED, new Set());

  it('given ordinary words, reads none as a typo of another, and still reads a misspelling as its word', () => {
    const index = new WordIndex(['states', 'making', 'cooking', 'status', 'python']);
    expect(index.typos('status', 'name').has('states')).toBe(false);
    expect(index.typos('baking', 'name').has('making')).toBe(false);
    expect(index.typos('looking', 'name').has('cooking')).toBe(false);
    expect(index.typos('statsu', 'name').has('status')).toBe(true);
    expect(index.typos('pyhton', 'name').has('python')).toBe(true);
  });

  it('given the lexicon, knows ordinary words and not technologies or misspellings', () => {
    expect(['status', 'states', 'looking', 'ballet'].map(isCommonWord)).toEqual([true, true, true, true]);
    expect(['kafka', 'kubernetes', 'pyhton', 'statsu'].map(isCommonWord)).toEqual([false, false, false, false]);
  });
});
