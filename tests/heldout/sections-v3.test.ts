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
// Set by the lead from the end-of-day runs: 221/226 (97.8%) with 4 no-fit answers the day it was written,
// 224/226 (99.1%) with 1 the next session.
const GUARD = { right: 0.99, noFitAnswers: 1 };

labelledSetSpec('sections-v3.json', TARGET, GUARD);
