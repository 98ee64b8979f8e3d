/**
 * The office that runs a whole organisation, asked "the … of" it: "is he the founder of pied piper?" asks whether he held
 * that title there. It is never someone called "Founder" (the pattern for a subject before its verb took "pied" for
 * one), and never his role there regardless of the title: only the title he held answers ("the president of"). Without
 * the article ("was ceo of pied pipr?") it is asked so too, the organisation found by its name as "at" finds it.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';
import { CONFLUENT, PIED_PIPER } from './titles.js';

const ASKED: readonly Labelled[] = [
  { resume: 'sample', ask: 'is he the founder of pied piper?', command: 'experience', first: null },
  { resume: 'sample', ask: 'is richard the founder of pied piper?', command: 'experience', first: null },
  { resume: 'sample', ask: 'is he the owner of pied piper?', command: 'experience', first: null },
  { resume: 'sample', ask: 'was he the cofounder of pied piper?', command: 'experience', first: null },
  { resume: 'sample', ask: 'was he the founder at pied piper?', command: 'experience', first: null },
  { resume: 'sample', ask: 'was he the cto of pied piper?', command: 'experience', first: null },
  { resume: 'sample', ask: 'was he the president of pied piper?', command: 'experience', first: PIED_PIPER },
  { resume: 'sample', ask: 'was he the ceo of pied piper?', command: 'experience', first: PIED_PIPER },
  { resume: 'senior-engineer', ask: 'is she the cto of confluent?', command: 'experience', first: null },
  { resume: 'senior-engineer', ask: 'what did she do at confluent?', command: 'experience', first: CONFLUENT },
  { resume: 'senior-engineer', ask: 'is she the author of raft-lab?', command: 'projects', first: 'raft-lab' },
  // Without the article, and the organisation typed with a typo: the title held there, the name found as by "at".
  { resume: 'sample', ask: 'richard hendriks was ceo of pied pipr? when', command: 'experience', first: PIED_PIPER },
  { resume: 'sample', ask: 'richard was cto of pied piper?', command: 'experience', first: null },
];

describe('the office of an organisation', () => {
  specsFor('the office of an organisation', ASKED, new Set());
});
