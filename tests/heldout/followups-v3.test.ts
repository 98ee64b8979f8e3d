/**
 * The third held-out set of follow-up conversations (followups-v3.json, tests/heldout/README.md),
 * written by the `examiner` from the résumés alone and never edited to pass: English and
 * Portuguese, 3–5 turns each, openers with nothing to follow and turns that change the subject.
 * Run through the real bot as a user would: the CLI's `--json --conversation` path, one process
 * per résumé and locale, conversations apart by an empty line. A turn is right when its command
 * and first result are the labelled ones (an opening follow-up: no command and no result).
 *
 * The examiner did not set the floor: the guard is the target, 98% of turns right first, which
 * the first full run met (116/116).
 */
import { conversationSpec } from './harness.js';

const TARGET = 0.98;
// Set by the lead from the run at the end of the day it was written: 116/116 turns; the guard is the target.
const GUARD = 0.98;

conversationSpec('followups-v3.json', TARGET, GUARD);
