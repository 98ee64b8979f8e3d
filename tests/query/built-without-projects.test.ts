/**
 * "Has he built dashboards?" of Daniel, who lists no projects, said "Daniel Reyes's résumé lists no projects", though
 * his Freelance role "Built a Looker Studio sales dashboard": "built" asks for projects, and a résumé without them
 * said so whatever the words. A role whose text says every word asked is what was built; with none, the missing
 * section is still said ("did he build a mobile app?").
 */
import { describe } from 'vitest';
import { type Labelled, labelledRows } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = labelledRows('career-changer', [
  ['has he built dashboards?', 'experience', 'Data Analyst (Contract) at Freelance'],
  ['did he build a mobile app?', 'projects', null],
  ['what has he built?', 'projects', null],
]);

describe('built, of a résumé without projects', () => {
  specsFor('built without projects', ASKED, new Set());
});
