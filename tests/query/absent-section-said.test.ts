/**
 * A section the résumé lacks, asked beside one it has that says the missing one's own words: "what honours did he
 * graduate with?" of Jordan (no awards) is his degree with First Class Honours, not "lists no awards". Where nothing
 * says them ("did he win any awards?", or Martin's degrees), the résumé still says it lists no awards. So is part of
 * another entry's name, when it is all that is asked ("what did she write for o'reilly?" of the publisher O'Reilly Radar).
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const LAGOS = 'Bachelor of Engineering Computer Engineering at University of Lagos';

const ASKED: readonly Labelled[] = [
  { resume: 'awkward', ask: 'what honours did he graduate with?', command: 'education', first: LAGOS },
  { resume: 'awkward', ask: 'did he graduate with honours?', command: 'education', first: LAGOS },
  { resume: 'awkward', ask: 'did he win any awards?', command: 'awards', first: null },
  { resume: 'martin', ask: 'did he graduate with honours?', command: 'awards', first: null },
  // Part of an entry's name elsewhere, all the words asked: what Ana wrote for O'Reilly Radar, though she lists no projects.
  { resume: 'edge', ask: "what did she write for o'reilly?", command: 'publications', first: 'Teaching Languages to Machines' },
  { resume: 'edge', ask: 'what did she write for radar?', command: 'publications', first: 'Teaching Languages to Machines' },
];

describe('an absent section said by another', () => {
  specsFor('an absent section said by another', ASKED, new Set());
});
