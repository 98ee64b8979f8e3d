/**
 * Keeping a project going is one's own project: "which projects does he maintain?" lists them, and "is raft-lab still
 * maintained?" asks of raft-lab, never of the current role ("still"), whoever is asked.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'martin', ask: 'which projects does he maintain?', command: 'projects', first: 'FlameScope' },
  { resume: 'martin', ask: 'what open source projects does he maintain?', command: 'projects', first: 'FlameScope' },
  { resume: 'senior-engineer', ask: 'is raft-lab still maintained?', command: 'projects', first: 'raft-lab' },
  { resume: 'senior-engineer', ask: 'what does she maintain?', command: 'projects', first: 'raft-lab' },
  { resume: 'sample', ask: 'is raft-lab still maintained?', command: 'projects', first: null },
];

describe('what someone maintains', () => {
  specsFor('what someone maintains', ASKED, new Set());
});
