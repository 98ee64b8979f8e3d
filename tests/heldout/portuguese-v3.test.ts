/**
 * The third held-out set in Brazilian Portuguese (portuguese-v3.json, tests/heldout/README.md),
 * written by the `examiner` from the résumés alone and never edited to pass: Martin and the JSON
 * Resume examples, with and without accents, slash commands and free text, colloquial wordings,
 * and questions nothing fits. The résumés are in English, so the labels are their English titles.
 * Each run prints where it stands and what it misses.
 *
 * The examiner did not set the floor: the guard keeps what the first full run met (the lead's,
 * below). The target is 98% right first and no answer to a question nothing fits.
 */
import { labelledSetSpec } from './harness.js';

const TARGET = { right: 0.98, noFitAnswers: 0 };
// Set by the lead from the end-of-day runs: 103/106 (97.2%) with 1 no-fit answer the day it was written,
// 104/106 (98.1%) with none the next session.
const GUARD = { right: 0.98, noFitAnswers: 0 };

labelledSetSpec('portuguese-v3.json', TARGET, GUARD);
