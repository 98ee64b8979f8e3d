/**
 * "What is she best at?", "what's she great at?" ask what someone is good at: their skills, never an award whose
 * name says "Best" ("Best Paper Award"). "C plus plus", "cpp" and "c sharp" are C++ and C#, as people type them.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'senior-engineer', ask: 'what is she best at?', command: 'skills', first: 'Distributed Systems' },
  { resume: 'senior-engineer', ask: "what's she great at?", command: 'skills', first: 'Distributed Systems' },
  { resume: 'senior-engineer', ask: 'what is she strongest at?', command: 'skills', first: 'Distributed Systems' },
  { resume: 'senior-engineer', ask: 'does she know c plus plus?', command: 'skills', first: 'C++' },
  { resume: 'senior-engineer', ask: 'cpp', command: 'skills', first: 'C++' },
  { resume: 'senior-engineer', ask: 'does she know c sharp?', command: 'skills', first: null },
  { resume: 'senior-engineer', ask: 'what award did she win for her best paper?', command: 'awards', first: 'Best Paper Award' },
];

describe('best at', () => {
  specsFor('best at', ASKED, new Set());
});
