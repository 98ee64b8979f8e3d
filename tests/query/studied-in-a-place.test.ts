/**
 * "Did she study in Bogotá?" of Ana answered her volunteering at Code Club Bogotá: a place asked of one kind of entry
 * followed a name elsewhere that holds it. A country or a region asked so was already where such an entry was; so now is
 * a place the résumé's own locations say (her role was in "Bogotá, Colombia"). An entry of that kind named after the
 * place still answers (Daniel's Austin Community College).
 */
import { describe } from 'vitest';
import { type Labelled, labelledRows } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  ...labelledRows('edge', [
    ['did she study in bogotá?', 'education', null],
    ['did she volunteer in bogotá?', 'volunteer', 'Mentor at Code Club Bogotá'],
  ]),
  ...labelledRows('career-changer', [
    ['did he study in austin?', 'education', 'Associate of Applied Science Business Administration at Austin Community College'],
    ['did he volunteer in austin?', 'volunteer', 'Digital Literacy Tutor at Austin Free-Net'],
  ]),
];

describe('a place asked of one kind of entry', () => {
  specsFor('a place asked of one kind of entry', ASKED, new Set());
});
