/**
 * Fluency in a technology is knowing it: "is she fluent in python?" asks her skill Python, never her spoken
 * languages. Speaking one is still a spoken language ("does she speak python?" finds none), and fluency in Spanish
 * is her Spanish.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'senior-engineer', ask: 'is she fluent in python?', command: 'skills', first: 'Python' },
  { resume: 'senior-engineer', ask: 'how fluent is she in java?', command: 'skills', first: 'Java' },
  { resume: 'sample', ask: 'is he fluent in html?', command: 'skills', first: 'HTML' },
  { resume: 'senior-engineer', ask: 'is she fluent in spanish?', command: 'languages', first: 'Spanish' },
  { resume: 'senior-engineer', ask: 'does she speak python?', command: 'languages', first: null },
];

describe('fluent in a technology', () => {
  specsFor('fluent in a technology', ASKED, new Set());
});
