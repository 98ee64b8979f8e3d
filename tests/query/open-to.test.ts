/**
 * Whether someone is open to, willing to or available for something (relocation, moving, starting at once) is their
 * own standing, as "open to work" already was: what they say of themselves answers it (/about), never an entry that
 * happens to say "open" (an open-source project) or "available", nor one whose text mentions the rest ("new hires").
 * Open source asked as such is still the interest or project that says it. Relocating, which no résumé has a place for,
 * is answered as not on the résumé, unless its own words say it (unrecorded-facts.test.ts).
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'senior-engineer', ask: 'is she open to relocation?', command: 'resume', first: null },
  { resume: 'senior-engineer', ask: 'is she open to moving?', command: 'resume', first: null },
  { resume: 'new-grad', ask: 'is she willing to relocate?', command: 'resume', first: null },
  { resume: 'new-grad', ask: 'is she open to relocating?', command: 'resume', first: null },
  { resume: 'martin', ask: 'is he open to relocation?', command: 'resume', first: null },
  { resume: 'career-changer', ask: 'is he available to start immediately?', command: 'about', first: 'Daniel Reyes' },
  { resume: 'new-grad', ask: 'is she open to open source work?', command: 'interests', first: 'Open Source' },
  // Words an entry's text only mentions ("onboarded new hires", "vendor contracts", "moved nightly batch jobs").
  { resume: 'martin', ask: 'is he open to new roles?', command: 'about', first: 'Martin Spier' },
  { resume: 'martin', ask: 'is he open to contract work?', command: 'about', first: 'Martin Spier' },
  { resume: 'awkward', ask: 'is he open to moving?', command: 'resume', first: null },
];

describe('open to, willing to, available to', () => {
  specsFor('open to, willing to, available to', ASKED, new Set());
});
