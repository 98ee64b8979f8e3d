/**
 * The fourth held-out set of follow-up conversations (followups-v4.json, tests/heldout/README.md),
 * written by the `examiner` from the résumés alone and never edited to pass: English and
 * Portuguese, 3–5 turns each, openers with nothing to follow and turns that change the subject.
 * Run through the real bot as a user would: the CLI's `--json --conversation` path, one process
 * per résumé and locale, conversations apart by an empty line. A turn is right when its command
 * and first result are the labelled ones (an opening follow-up: no command and no result).
 *
 * The target is 98% of turns right first.
 */
import { conversationSpec } from './harness.js';

const TARGET = 0.98;
// Set by the lead from the run at the end of the day it was written: 137/139 turns; the guard is the target.
const GUARD = 0.98;

conversationSpec('followups-v4.json', TARGET, GUARD);
