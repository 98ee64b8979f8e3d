/**
 * Two words alike in all but their last letters are read as forms of one stem ("visualizing" / "visualization"),
 * unless one is derived from a whole word the other is no form of (word-index.ts): a claim that a résumé says
 * "international" must not rest on its "internally", nor "professor" on "professional".
 */
import { describe, expect, it } from 'vitest';
import { WordIndex } from '../../src/query/word-index.js';

const means = (query: string, word: string): boolean => new WordIndex([word]).matches(query, 'content').has(word);

describe('words derived from a whole word', () => {
  it.each([
    ['international', 'internally'],
    ['internet', 'internally'],
    ['professor', 'professional'],
    ['professional', 'professor'],
    ['operators', 'operational'],
  ])('given "%s", does not read "%s" as a form of it', (query, word) => {
    expect(means(query, word)).toBe(false);
  });

  it.each([
    ['visualizing', 'visualization'],
    ['mentorship', 'mentoring'],
    ['development', 'developer'],
    ['management', 'manager'],
    ['director', 'direction'],
    ['administrator', 'administration'],
    ['engineers', 'engineering'],
    ['improvements', 'improving'],
  ])('given "%s", still reads "%s" as a form of it', (query, word) => {
    expect(means(query, word)).toBe(true);
  });
});
