/**
 * Studying asked as it is happening: "is she graduating?", "has she graduated yet?", "is she a student?" ask about
 * the studies, never the whole résumé or a role titled "student"; "still" asks whether they go on now. A title that
 * only starts with the word ("student assistant") is still a role.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';
import { UW } from './titles.js';

const ASKED: readonly Labelled[] = [
  { resume: 'new-grad', ask: 'is she graduating soon?', command: 'education', first: UW },
  { resume: 'new-grad', ask: 'when is she graduating?', command: 'education', first: UW },
  { resume: 'new-grad', ask: 'has she graduated yet?', command: 'education', first: UW },
  { resume: 'new-grad', ask: 'is she a student?', command: 'education', first: UW },
  { resume: 'new-grad', ask: 'is she still a student?', command: 'education', first: null },
  { resume: 'new-grad', ask: 'was she a student at uw?', command: 'education', first: UW },
  { resume: 'new-grad', ask: 'was she a student assistant?', command: 'experience', first: null },
  { resume: 'new-grad', ask: 'what did she build for students?', command: 'projects', first: 'DormSwap' },
];

describe('studying as it happens', () => {
  specsFor('studying as it happens', ASKED, new Set());
});
