/**
 * A directory bot answering for months meets questions it never saw: every memo it keeps (searches,
 * word meanings, typos, readings of a command's text) stays within its bounds, by entries and by what
 * they hold, and a stream of distinct questions makes no new memos once each kind was asked.
 */
import { describe, expect, it } from 'vitest';
import { createDirectoryBot } from '../../src/core/directory.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { memoCensus } from '../../src/query/memo.js';
import { loadResumeFile } from '../../src/resume/load.js';
import type { Resume } from '../../src/resume/schema.js';
import { FIXED_NOW, parseLine } from '../helpers/bot.js';
import { resumePath } from '../query/fixture-bots.js';
import { FIVE } from './fixture.js';

const PEOPLE = 30;
const FIRST = ['Ana', 'Bruno', 'Chen', 'Dana', 'Emeka', 'Fatima'];
const LAST = ['Almeida', 'Baker', 'Costa', 'Dubois', 'Eze'];

/** Copies of the five test résumés, each under a name of its own. */
function people(): Array<{ id: string; resume: Resume }> {
  return Array.from({ length: PEOPLE }, (_, i) => {
    const resume = loadResumeFile(resumePath(FIVE[i % FIVE.length]!));
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
    return { id: `person-${i}`, resume: { ...resume, basics: { ...resume.basics, name } } };
  });
}

/** The résumés' own words, longer than three letters. */
function wordsOf(resumes: readonly Resume[]): string[] {
  const text = resumes.map((r) => JSON.stringify({ work: r.work, skills: r.skills, education: r.education, projects: r.projects }));
  return [
    ...new Set(
      text
        .join(' ')
        .toLowerCase()
        .match(/[a-z]{4,}/g) ?? [],
    ),
  ].sort();
}

/** Distinct questions of every kind across everyone, each pair of words asked once. */
function* distinctQuestions(words: readonly string[]): Generator<string> {
  const forms = [
    (a: string, b: string) => `/experience ${a} ${b}`,
    (a: string, b: string) => `/skills ${a}${b.slice(0, 2)}`,
    (a: string, b: string) => `${a} ${b} experience`,
    (a: string, b: string) => `what did they do at ${a} ${b}?`,
    (a: string, b: string) => `/projects ${a} ${b}`,
    (a: string, b: string) => `/education ${a} ${b}`,
    (a: string, b: string) => `who knows ${a} ${b}?`,
    (a: string, b: string) => `/people ${a} ${b}`,
  ];
  // Every word after every other, the pairs in turn through the forms: no pair twice.
  for (let i = 0; i < words.length * words.length; i++) {
    const a = words[i % words.length]!;
    const b = words[(i + 1 + Math.floor(i / words.length)) % words.length]!;
    yield forms[i % forms.length]!(a, b);
  }
}

describe('a directory answering a long stream of distinct questions', () => {
  it('given 1,200 questions it never saw, keeps every memo within its bounds and makes no new memos past the first half', () => {
    const listed = people();
    const bot = createDirectoryBot({ people: listed, aliases: loadAliasesFile('data/aliases.json'), clock: () => FIXED_NOW });
    const questions = distinctQuestions(wordsOf(listed.map((p) => p.resume)));
    const asked = new Set<string>();
    const ask = (count: number) => {
      while (asked.size < count) {
        const next = questions.next();
        if (next.done) return;
        const question = next.value;
        if (asked.has(question)) continue;
        asked.add(question);
        bot.answer(parseLine(question));
      }
    };

    ask(600);
    const half = memoCensus();
    ask(1_200);
    const full = memoCensus();

    expect(asked.size).toBe(1_200);
    for (const memo of full) {
      expect(memo.entries).toBeLessThanOrEqual(memo.maxEntries);
      expect(memo.weight).toBeLessThanOrEqual(memo.maxWeight);
    }
    // Memos belong to the bot's indexes and to the query reader, never to one question.
    expect(full.length).toBeLessThanOrEqual(half.length);
    expect(full.reduce((sum, memo) => sum + memo.entries, 0)).toBeGreaterThan(0);
  });
});
