/**
 * The held-out questions about every section, written by examiners who never saw the routing
 * code and never edited to pass (tests/heldout/README.md). Two sets: sections.json, whose misses
 * were read once after the first measurement (they pointed at general fixes, so it is no longer
 * unseen), and sections-fresh.json, written afterwards and read by nobody changing code.
 *
 * The target on unseen questions is at least 95% right first and no answer to a question
 * nothing fits. Both sets meet it (97.1% and 97.4%, no answer to a no-fit question). Each run
 * prints where it stands and what it misses; the guards keep what is met.
 */
import { labelledSetSpec } from './harness.js';

const TARGET = { right: 0.95, noFitAnswers: 0 };
const GUARD = { right: 0.97, noFitAnswers: 0 };

for (const file of ['sections.json', 'sections-fresh.json']) labelledSetSpec(file, TARGET, GUARD);
