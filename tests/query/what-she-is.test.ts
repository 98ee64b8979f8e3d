/**
 * What someone is, asked in the present, may be a label of theirs elsewhere than a job title: "is she a team lead?" of
 * Maya is her project DormSwap, where she is Team lead, never a role whose text says "team". Once held ("was she a
 * team lead?") it is a title of a role, which she never had; nor has Lena either.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'new-grad', ask: 'is she a team lead?', command: 'projects', first: 'DormSwap' },
  { resume: 'sample', ask: 'is he a team lead?', command: 'projects', first: 'Miss Direction' },
  { resume: 'new-grad', ask: 'was she a team lead?', command: 'experience', first: null },
  { resume: 'senior-engineer', ask: 'is she a team lead?', command: 'experience', first: null },
];

describe('what someone is', () => {
  specsFor('what someone is', ASKED, new Set());
});
