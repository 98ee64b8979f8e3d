/**
 * Asked what someone is in words their entries say, the entry answers: "is he a native spanish speaker?" is his
 * Spanish (its fluency says how well), as "is he a spanish speaker?" is; not a role titled so, which nobody holds.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'career-changer', ask: 'is he a native spanish speaker?', command: 'languages', first: 'Spanish' },
  { resume: 'career-changer', ask: 'is he a spanish speaker?', command: 'languages', first: 'Spanish' },
  { resume: 'senior-engineer', ask: 'is she a native spanish speaker?', command: 'languages', first: 'Spanish' },
  { resume: 'senior-engineer', ask: 'is she a native english speaker?', command: 'languages', first: 'English' },
  { resume: 'senior-engineer', ask: 'is she a public speaker?', command: 'experience', first: null },
];

describe('what someone is, in their entries’ words', () => {
  specsFor('what someone is, in their entries’ words', ASKED, new Set());
});
