/**
 * How well someone knows a technology whose name is also an everyday word ("go"): "how good is she at go?", "her
 * level in go", "go experience" ask the skill Go, never a role at an employer called Go, a role whose text says "level",
 * or every role. Only where the word stands for a thing: "where did she go to school?" is still her studies. Of a
 * résumé without Go, the skills say there is none. "How good is she at python?" is the skill too, not an employer.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';
import { UW } from './titles.js';

const ASKED: readonly Labelled[] = [
  { resume: 'new-grad', ask: 'how good is she at go?', command: 'skills', first: 'Go' },
  { resume: 'new-grad', ask: 'how good is she at python?', command: 'skills', first: 'Python' },
  { resume: 'new-grad', ask: 'how well does she know go?', command: 'skills', first: 'Go' },
  { resume: 'new-grad', ask: "what's her level in go?", command: 'skills', first: 'Go' },
  { resume: 'new-grad', ask: 'what is her go level?', command: 'skills', first: 'Go' },
  { resume: 'new-grad', ask: 'how experienced is she with go?', command: 'skills', first: 'Go' },
  { resume: 'new-grad', ask: 'does she have go experience?', command: 'skills', first: 'Go' },
  { resume: 'senior-engineer', ask: 'any go experience?', command: 'skills', first: 'Go' },
  { resume: 'new-grad', ask: 'where did she go to school?', command: 'education', first: UW },
  { resume: 'career-changer', ask: 'how good is he at go?', command: 'skills', first: null },
  { resume: 'career-changer', ask: "what's his level in go?", command: 'skills', first: null },
];

describe('how well someone knows go', () => {
  specsFor('how well someone knows go', ASKED, new Set());
});
