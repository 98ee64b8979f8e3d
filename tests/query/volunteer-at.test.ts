/**
 * Volunteering asked at an organisation is asked by the organisation's name, as a role is: "did he volunteer at code
 * club bogota?" of Richard is no CoderDojo (whose name only begins with "code"), and of a résumé with Code Club Bogotá
 * it is that entry. A year asked with it is still each entry's to meet; a résumé without volunteering says so.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';
import { CODERDOJO, FOOD_BANK } from './titles.js';

const ASKED: readonly Labelled[] = [
  { resume: 'sample', ask: 'did he volunteer at code club bogota?', command: 'volunteer', first: null },
  { resume: 'sample', ask: 'has he volunteered at code academy?', command: 'volunteer', first: null },
  { resume: 'sample', ask: 'did he volunteer at coderdojo?', command: 'volunteer', first: CODERDOJO },
  { resume: 'sample', ask: 'did he volunteer for coderdojo?', command: 'volunteer', first: CODERDOJO },
  { resume: 'edge', ask: 'did he volunteer at code club bogota?', command: 'volunteer', first: 'Mentor at Code Club Bogotá' },
  { resume: 'edge', ask: 'did he volunteer at the food bank in 2024?', command: 'volunteer', first: null },
  { resume: 'career-changer', ask: 'did he volunteer at the food bank?', command: 'volunteer', first: FOOD_BANK },
  { resume: 'career-changer', ask: 'did he volunteer at the food bank in 2024?', command: 'volunteer', first: FOOD_BANK },
  { resume: 'career-changer', ask: 'did he volunteer at the food bank in 2021?', command: 'volunteer', first: null },
  { resume: 'martin', ask: 'did he volunteer at coderdojo?', command: 'volunteer', first: null },
];

describe('volunteering at an organisation', () => {
  specsFor('volunteering at an organisation', ASKED, new Set());
});
