import { describe, expect, it } from 'vitest';
import { outcome, summary } from './fixture-bots.js';
import { SECTION_QUESTIONS } from './sections-set.js';

describe('labelled questions about awards, certificates, publications, languages, interests, references and volunteer work', () => {
  it('has at least 60 questions over the JSON Resume examples and our awkward résumé, with questions nothing fits', () => {
    expect(SECTION_QUESTIONS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(SECTION_QUESTIONS.map((q) => q.resume))).toEqual(
      new Set(['senior-engineer', 'career-changer', 'new-grad', 'sample', 'edge', 'martin']),
    );
    expect(SECTION_QUESTIONS.filter((q) => q.first === null).length).toBeGreaterThanOrEqual(15);
  });

  it.each(SECTION_QUESTIONS)('given [$resume] "$ask", answers with $command → $first', (question) => {
    const got = outcome(question);
    expect({ command: got.command, first: got.first }).toEqual({ command: question.command, first: question.first });
    if (question.first === null) expect(got.answer.kind).toMatch(/^(empty|help)$/);
  });

  it('is answered at least 95% right first, and never answers a question nothing fits', () => {
    const result = summary(SECTION_QUESTIONS.map(outcome));
    console.log(`sections tuning set: ${result.right}/${result.total} right first, ${result.answeredNoFit} answers to no-fit questions`);
    expect(result.right / result.total).toBeGreaterThanOrEqual(0.95);
    expect(result.answeredNoFit).toBe(0);
  });
});
