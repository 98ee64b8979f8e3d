/**
 * "What city is Maya in?" searched the résumé for "city" and found nothing: asking which city, town or country someone
 * is in asks where they are, as "where is she?" does. Asked of where something else was ("which city did she study
 * in?"), the section named still answers.
 */
import { describe } from 'vitest';
import { labelledRows, type Labelled } from '../query/fixture-bots.js';
import { specsFor } from '../query/labelled-spec.js';

const ASKED: readonly Labelled[] = labelledRows('new-grad', [
  ['what city is maya in?', 'about', 'Maya Okonkwo'],
  ['which city is she in?', 'about', 'Maya Okonkwo'],
  ['what country is she in?', 'about', 'Maya Okonkwo'],
  ['which city did she study in?', 'education', 'Bachelor of Science Computer Science at University of Washington'],
]);

describe('which city someone is in', () => {
  specsFor('which city someone is in', ASKED, new Set());
});
