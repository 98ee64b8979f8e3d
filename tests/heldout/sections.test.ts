/**
 * The held-out questions about the sections (tests/heldout/sections.json), written by someone
 * who never saw the code, and never edited to pass: how many are answered right first, and
 * whether any question nothing fits gets an answer anyway.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outcome, summary, type Labelled } from '../query/fixture-bots.js';

const questions: Labelled[] = JSON.parse(readFileSync('tests/heldout/sections.json', 'utf8'));

describe('held-out questions about every section', () => {
  it('has questions to ask', () => {
    expect(questions.length).toBeGreaterThan(0);
  });

  it('answers at least 95% right first, and nothing to a question nothing fits', () => {
    const result = summary(questions.map(outcome));
    console.log(`held-out sections: ${result.right}/${result.total} right first, ${result.answeredNoFit} answers to no-fit questions`);
    for (const miss of result.misses) console.log(`  miss: ${miss}`);
    expect(result.right / result.total).toBeGreaterThanOrEqual(0.95);
    expect(result.answeredNoFit).toBe(0);
  });
});
