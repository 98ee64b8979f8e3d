/**
 * The cost of routing a long question is bounded: the span search tries runs of up to four
 * of at most MAX_SPAN_WORDS words, so 75 random words cost about what a dozen do.
 * Counted in searches, not time.
 */
import { describe, expect, it } from 'vitest';
import { catalogOf, commands } from '../../commands/index.js';
import { buildIndex, type ResumeIndex } from '../../src/query/index.js';
import { routeFreeText } from '../../src/query/route.js';
import { MAX_SPAN_WORDS } from '../../src/query/spans.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { FIXED_NOW } from '../helpers/bot.js';

const index = buildIndex(loadResumeFile('data/resume.json'), loadAliasesFile('data/aliases.json'), () => FIXED_NOW, catalogOf(commands));

/** The index with its section searches counted. */
function counting(base: ResumeIndex): { index: ResumeIndex; searches: () => number } {
  let count = 0;
  return {
    index: {
      ...base,
      search: (section, query) => {
        count++;
        return base.search(section, query);
      },
    },
    searches: () => count,
  };
}

function searchesFor(question: string): number {
  const { index: counted, searches } = counting(index);
  routeFreeText(question, counted);
  return searches();
}

/** Short words, some the résumé has (netflix, kafka, flame), most not: a deterministic "random" question. */
function randomWords(count: number, seed: number): string {
  const pool = [
    'netflix',
    'kafka',
    'flame',
    'blue',
    'cat',
    'tree',
    'run',
    'jam',
    'sky',
    'box',
    'fig',
    'zap',
    'mud',
    'oak',
    'perf',
    'cost',
    'data',
    'sun',
    'web',
    'ice',
  ];
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return pool[state % pool.length]!;
  }).join(' ');
}

/** Runs of one to four words in `n` words. */
const runs = (n: number) => [1, 2, 3, 4].reduce((sum, size) => sum + Math.max(0, n - size + 1), 0);

describe('routing a long question', () => {
  it('given the counter, counts the searches of an ordinary question (the count can rise)', () => {
    expect(searchesFor('does he know kubernetes?')).toBeGreaterThan(0);
  });

  it.each([1, 2, 3])('given 75 random short words (seed %i), searches within the bound MAX_SPAN_WORDS sets', (seed) => {
    const long = randomWords(75, seed);
    const sections = index.sections.length;
    // Three span searches at most (a name holding a cue word, the section asked about, every section), each over at most MAX_SPAN_WORDS words.
    const bound = runs(MAX_SPAN_WORDS) * (2 * sections + 1);
    expect(searchesFor(long)).toBeLessThanOrEqual(bound);
    expect(searchesFor(`what skills ${long}`)).toBeLessThanOrEqual(bound);
    expect(bound).toBeLessThan(runs(75) * sections);
  });

  it('given an entry named after many unknown words, still finds it', () => {
    const filler = Array.from(
      { length: 40 },
      (_, i) => `zq${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i * 7) % 26))}`,
    ).join(' ');
    expect(routeFreeText(`${filler} netflix`, index)).toEqual({ command: 'experience', query: { text: 'netflix' } });
  });
});
