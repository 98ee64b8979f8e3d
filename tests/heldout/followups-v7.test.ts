/**
 * The seventh held-out set of follow-up conversations (followups-v7.json, tests/heldout/README.md),
 * written by `examiner-pt` from the résumés alone and never edited to pass: English and
 * Portuguese, 3–4 turns each over all five people, openers with nothing to follow, turns that lean
 * on the previous answer, move along dates in sections other than work, and change the subject.
 * Run through the real bot as a user would: the CLI's `--json --conversation` path, one process
 * per résumé and locale, conversations apart by an empty line. A turn is right when its command
 * and first result are the labelled ones (an opening follow-up: no command and no result).
 *
 * The target is 98% of turns right first.
 */
import { conversationSpec } from './harness.js';

const TARGET = 0.98;
// Set by the lead from the run at the end of the session it was written (main ce9b27b): 123/123 turns.
const GUARD = 1;

conversationSpec('followups-v7.json', TARGET, GUARD);
