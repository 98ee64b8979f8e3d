/**
 * The third held-out set about every section (sections-v3.json, tests/heldout/README.md), written
 * by the `examiner` from the résumés alone, before today's code and never edited to pass: all five
 * people, slash and free text, typos and abbreviations, and many questions nothing fits. Each run
 * prints where it stands and what it misses.
 *
 * The examiner did not set the floor: the guard keeps what the first full run met (the lead's,
 * below). The target for unseen questions stays 95% right first and no answer to a question
 * nothing fits; it is not met while a no-fit question is answered.
 */
import { labelledSetSpec } from './harness.js';

const TARGET = { right: 0.95, noFitAnswers: 0 };
// Set by the lead from the run at the end of 2026-12-03 (main 6f73949): 225/226 (99.6%), no answer to a no-fit question.
const GUARD = { right: 0.995, noFitAnswers: 0 };

labelledSetSpec('sections-v3.json', TARGET, GUARD);
