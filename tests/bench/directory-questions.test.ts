/**
 * The directory bench's questions made each run from the generated directory's words: a seed gives the same set
 * again (BENCH_SEED repeats a run), another seed another set, each question different and about those words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SKILLS, TEMPLATES } from '../../bench/directory-data.js';
import { generatedQuestions } from '../../bench/directory-questions.js';

const templates = TEMPLATES.map((file) => JSON.parse(readFileSync(join(process.cwd(), file), 'utf8')));

describe('questions made from the directory', () => {
  it('given a seed, makes that many different questions, and the same ones again for the same seed', () => {
    const made = generatedQuestions(templates, SKILLS, 42, 60);
    expect(made).toHaveLength(60);
    expect(new Set(made).size).toBe(60);
    expect(generatedQuestions(templates, SKILLS, 42, 60)).toEqual(made);
  });

  it('given another seed, makes another set', () => {
    expect(generatedQuestions(templates, SKILLS, 43, 60)).not.toEqual(generatedQuestions(templates, SKILLS, 42, 60));
  });

  it('given the templates, asks about their words: a company of theirs is among a large set', () => {
    const made = generatedQuestions(templates, SKILLS, 7, 300).join('\n');
    expect(made).toMatch(/netflix|confluent|pied piper|outreach|freelance/);
    expect(made).toMatch(/^\/people /m);
    expect(made).toMatch(/^quem /m);
  });
});
