/**
 * "Did ana write anything about rust?" answered her skill Rust: "write" beside a technology asks whether someone
 * programs in it ("does she write rust?"), but writing anything or something asks for what was written, on whatever
 * follows.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'edge', ask: 'did ana write anything about rust?', command: 'publications', first: 'Rust for Robot Arms' },
  { resume: 'edge', ask: 'did she write anything on rust?', command: 'publications', first: 'Rust for Robot Arms' },
  { resume: 'edge', ask: 'did ana write anything?', command: 'publications', first: 'Teaching Languages to Machines' },
  {
    resume: 'senior-engineer',
    ask: 'has lena written something on storage?',
    command: 'publications',
    first: 'Operating Tiered Storage at Streaming Scale',
  },
  { resume: 'martin', ask: 'has he written anything?', command: 'publications', first: null },
  // Writing a language is programming in it.
  { resume: 'edge', ask: 'does she write rust?', command: 'skills', first: 'Rust' },
];

describe('writing something', () => {
  specsFor('writing something', ASKED, new Set());
});
