/**
 * The third held-out set about every section (sections-v3.json, tests/heldout/README.md), written
 * by the `examiner` from the résumés alone, before today's code and never edited to pass: all five
 * people, slash and free text, typos and abbreviations, and many questions nothing fits. Each run
 * prints where it stands and what it misses.
 *
 * The floor is not the examiner's to set: both guards are open (0% right first, any number of
 * answers to no-fit questions) until the lead sets them from the first full run. The target for
 * unseen questions stays 95% right first and no answer to a question nothing fits.
 */
import { labelledSetSpec, OPEN } from './harness.js';

const TARGET = { right: 0.95, noFitAnswers: 0 };
// Open on purpose (0% right first, any answers to no-fit questions): the lead sets the floor at the end of the day, not the examiner.
const GUARD = OPEN;

labelledSetSpec('sections-v3.json', TARGET, GUARD);
