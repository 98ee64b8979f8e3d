/**
 * The held-out follow-up conversations (tests/heldout/followups.json), written by an examiner
 * who never saw the code, run through the real bot as a user would: the CLI's
 * `--json --conversation` path, one process per résumé, conversations apart by an empty line.
 * Each turn is right when its command and first result are the labelled ones (an opening
 * follow-up must answer with no command and no result). The floor in the brief is 98% right
 * first on fresh follow-ups, not met yet (88% on the first run): the guard holds the level reached,
 * and the run prints where it stands.
 * Never tuned on: its questions are read only to score (tests/heldout/README.md).
 */
import { conversationSpec } from './harness.js';

const TARGET = 0.98;
const GUARD = 0.93;

conversationSpec('followups.json', TARGET, GUARD);
