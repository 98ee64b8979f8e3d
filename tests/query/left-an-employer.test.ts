/**
 * "Did he leave Google in 2021?" of Martin answered his Netflix role, which ended in 2021: "google", a word his
 * résumé never says, was dropped, and the year alone answered. Leaving or quitting an organisation names it as an
 * employer, as joining one does: one he was never at is "no role at Google". Leaving a job, a school, a team or a
 * line of work ("the restaurant business") names no employer.
 */
import { describe } from 'vitest';
import { type Labelled, labelledRows } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const MARTIN: readonly Labelled[] = labelledRows('martin', [
  ['did he leave google in 2021?', 'experience', null],
  ['did he quit google?', 'experience', null],
  ['did he leave netflix in 2021?', 'experience', 'Performance Architect at Netflix'],
  ['did he leave a job in 2021?', 'experience', 'Performance Architect at Snowflake'],
]);

const DANIEL: readonly Labelled[] = labelledRows('career-changer', [
  ['why did he leave the restaurant business?', 'experience', 'General Manager at Salt & Cedar Restaurant Group'],
  ['when did he quit café lumen?', 'experience', 'Shift Supervisor at Café Lumen'],
]);

describe('an employer left', () => {
  specsFor('left, of Martin', MARTIN, new Set());
  specsFor('left, of Daniel', DANIEL, new Set());
});
