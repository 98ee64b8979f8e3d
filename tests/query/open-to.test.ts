/**
 * Whether someone is open to, willing to or available for something (relocation, moving, starting at once) is their
 * own standing, as "open to work" already was: what they say of themselves answers it (/about), never an entry that
 * happens to say "open" (an open-source project) or "available", nor one whose text mentions the rest ("new hires").
 * Open source asked as such is still the interest or project that says it.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'senior-engineer', ask: 'is she open to relocation?', command: 'about', first: 'Dr. Lena Vasquez' },
  { resume: 'senior-engineer', ask: 'is she open to moving?', command: 'about', first: 'Dr. Lena Vasquez' },
  { resume: 'new-grad', ask: 'is she willing to relocate?', command: 'about', first: 'Maya Okonkwo' },
  { resume: 'new-grad', ask: 'is she open to relocating?', command: 'about', first: 'Maya Okonkwo' },
  { resume: 'martin', ask: 'is he open to relocation?', command: 'about', first: 'Martin Spier' },
  { resume: 'career-changer', ask: 'is he available to start immediately?', command: 'about', first: 'Daniel Reyes' },
  { resume: 'new-grad', ask: 'is she open to open source work?', command: 'interests', first: 'Open Source' },
  // Words an entry's text only mentions ("onboarded new hires", "vendor contracts", "moved nightly batch jobs").
  { resume: 'martin', ask: 'is he open to new roles?', command: 'about', first: 'Martin Spier' },
  { resume: 'martin', ask: 'is he open to contract work?', command: 'about', first: 'Martin Spier' },
  { resume: 'awkward', ask: 'is he open to moving?', command: 'about', first: 'Jordan Okafor' },
];

describe('open to, willing to, available to', () => {
  specsFor('open to, willing to, available to', ASKED, new Set());
});
