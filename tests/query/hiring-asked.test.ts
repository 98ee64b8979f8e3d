/**
 * "How many people did he hire?", "did he hire anyone?" answered Daniel's contact details: "hire" alone was a cue of
 * /contact. Hiring them ("can we hire him?", "posso contratá-lo?") asks how to reach
 * them; whom they hired is their work.
 */
import { describe } from 'vitest';
import { type Labelled, labelledRows } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const GENERAL_MANAGER = 'General Manager at Salt & Cedar Restaurant Group';

const ASKED: readonly Labelled[] = labelledRows('career-changer', [
  ['how many people did he hire?', 'experience', GENERAL_MANAGER],
  ['did he hire anyone?', 'experience', GENERAL_MANAGER],
  ['can we hire him?', 'contact', 'Daniel Reyes'],
  ['how do i hire him?', 'contact', 'Daniel Reyes'],
  ['can i hire him?', 'contact', 'Daniel Reyes'],
  ['should we hire daniel?', 'contact', 'Daniel Reyes'],
  ['como posso contratá-lo?', 'contact', 'Daniel Reyes'],
  ['posso contratar ele?', 'contact', 'Daniel Reyes'],
]);

describe('hiring asked', () => {
  specsFor('hiring asked', ASKED, new Set());
});
