/**
 * A section the résumé lacks, asked beside one it has that says the missing one's own words: "what honours did he
 * graduate with?" of Jordan (no awards) is his degree with First Class Honours, not "lists no awards". Where nothing
 * says them ("did he win any awards?", or Martin's degrees), the résumé still says it lists no awards.
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
];

describe('an absent section said by another', () => {
  specsFor('an absent section said by another', ASKED, new Set());
});
