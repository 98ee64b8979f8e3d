/**
 * The held-out directory questions (tests/heldout/directory.json), written by an examiner who never
 * saw the code and never edited to pass: all five people at once (Martin and the JSON Resume
 * examples). Each run prints where it stands and what it misses; the guard below keeps it from
 * sliding back. The target is every people question's exact set and every person-scoped question's
 * right person first; raise the guard as it gets there. Never tune on these questions.
 */
import { directorySpec } from './harness.js';

// Where it stands (67/70, no answer to a no-fit question; 58/70 when the spec was added).
const GUARD = { right: 0.95, noFitAnswers: 0 };

directorySpec('directory.json', GUARD);
