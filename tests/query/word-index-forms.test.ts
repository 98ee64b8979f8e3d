/**
 * A query word's other forms are found among the words that begin as it does (word-index.ts): every
 * word of the vocabulary that shares its stem key is still found, over every résumé's words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { words } from '../../src/query/normalize.js';
import { stemKey } from '../../src/query/stem.js';
import { WordIndex } from '../../src/query/word-index.js';

const DIR = 'tests/fixtures/resumes';
const files = ['data/resume.json', ...readdirSync(DIR).map((name) => join(DIR, name))];
const vocabulary = [...new Set(files.flatMap((file) => words(readFileSync(file, 'utf8'))))];

describe('a word’s forms in a vocabulary', () => {
  it.each(['content', 'name'] as const)('finds every word that shares its stem key, read as %s', (mode) => {
    const index = new WordIndex(vocabulary);
    const byKey = new Map<string, string[]>();
    for (const w of vocabulary) {
      const key = stemKey(w);
      if (key) byKey.set(key, [...(byKey.get(key) ?? []), w]);
    }
    // Each word, and forms the vocabulary may lack ("climbing" for "climber").
    const asked = vocabulary.flatMap((w) => [w, `${w}s`, `${w}ing`, `${w}ed`]);
    const missed = asked.flatMap((q) => {
      const key = stemKey(q);
      const found = index.matches(q, mode);
      return (key ? (byKey.get(key) ?? []) : []).filter((w) => !found.has(w)).map((w) => `${q} → ${w}`);
    });
    expect(byKey.size).toBeGreaterThan(500);
    expect(missed).toEqual([]);
  });
});
