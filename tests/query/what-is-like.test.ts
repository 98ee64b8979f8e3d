/**
 * "What's his Spanish like?" asks what his Spanish is like: "like" ending such a question is a preposition, never the
 * liking that asks for interests. It is still liking with an auxiliary: "what does he like?", "does he like cycling?".
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';
import { OUTREACH } from './titles.js';

const ASKED: readonly Labelled[] = [
  { resume: 'career-changer', ask: "what's his spanish like?", command: 'languages', first: 'Spanish' },
  { resume: 'career-changer', ask: 'what is his english like?', command: 'languages', first: 'English' },
  { resume: 'career-changer', ask: "what's his sql like?", command: 'skills', first: 'SQL' },
  { resume: 'new-grad', ask: 'what is her igbo like?', command: 'languages', first: 'Igbo' },
  { resume: 'new-grad', ask: "what's her go like?", command: 'skills', first: 'Go' },
  { resume: 'new-grad', ask: 'what was her time at outreach like?', command: 'experience', first: OUTREACH },
  { resume: 'career-changer', ask: 'does he like cycling?', command: 'interests', first: 'Cycling' },
  { resume: 'career-changer', ask: 'what kind of music does he like?', command: 'interests', first: null },
  // Rock climbing is a sport (the alias table's "sports").
  { resume: 'new-grad', ask: 'what sports does she like?', command: 'interests', first: 'Rock Climbing' },
];

describe('what something is like', () => {
  specsFor('what something is like', ASKED, new Set());
});
