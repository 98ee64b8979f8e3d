/**
 * The third held-out directory set (directory-v3.json, tests/heldout/README.md), written by the
 * `examiner` from the résumés alone and never edited to pass: all five people at once. People
 * questions list the exact set of people (`[]`: nobody); person-scoped questions (first name,
 * last name, a typo, a possessive) answer that person first; some have nothing that fits. Each
 * run prints where it stands and what it misses.
 *
 * The floor is not the examiner's to set: both guards are open (0% right, any number of answers
 * to no-fit questions) until the lead sets them from the first full run. The target is every
 * people question's exact set and every person-scoped question's right person first.
 */
import { directorySpec, OPEN } from './harness.js';

// Open on purpose (0% right, any answers to no-fit questions): the lead sets the floor at the end of the day, not the examiner.
const GUARD = OPEN;

directorySpec('directory-v3.json', GUARD);
