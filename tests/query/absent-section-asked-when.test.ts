/**
 * "When did he get his certificate?" of someone who lists none names the section it asks about: the answer says
 * the résumé lists none, never "when was what?" as if it pointed back at an earlier answer.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'martin', ask: 'when did he get his certificate?', command: 'certificates', first: null },
  { resume: 'martin', ask: 'when did he get certified?', command: 'certificates', first: null },
  { resume: 'new-grad', ask: 'when does her certificate expire?', command: 'certificates', first: null },
  { resume: 'martin-alvarez', ask: 'when did he start working?', command: 'experience', first: null },
];

describe('a section the résumé lacks, asked when', () => {
  specsFor('a section the résumé lacks, asked when', ASKED, new Set());
});
