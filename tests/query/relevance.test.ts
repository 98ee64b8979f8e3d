import { describe, expect, it } from 'vitest';
import { outcome, summary } from './fixture-bots.js';
import { RELEVANCE_QUESTIONS } from './relevance-set.js';

describe('questions nobody listed: partial matches, significance, other people, languages, missing sections, typos', () => {
  it('has at least 60 questions over the JSON Resume examples, Martin and our awkward résumé, a third of them with no fit', () => {
    expect(RELEVANCE_QUESTIONS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(RELEVANCE_QUESTIONS.map((q) => q.resume))).toEqual(
      new Set(['senior-engineer', 'career-changer', 'new-grad', 'sample', 'awkward', 'martin']),
    );
    expect(RELEVANCE_QUESTIONS.filter((q) => q.first === null).length).toBeGreaterThanOrEqual(20);
  });

  it.each(RELEVANCE_QUESTIONS)('given [$resume] "$ask", answers with $command → $first', (question) => {
    const got = outcome(question);
    expect({ command: got.command, first: got.first }).toEqual({ command: question.command, first: question.first });
    if (question.first === null) expect(got.answer.kind).toBe('empty');
  });

  it('never answers a question nothing fits', () => {
    expect(summary(RELEVANCE_QUESTIONS.map(outcome)).answeredNoFit).toBe(0);
  });
});
