/**
 * "Did she build a dashboard?" of Maya said "No project matches dashboard", though her Outreach internship "Built a
 * service-health dashboard": "build" asks for projects, and projects that name none had the last word. A role whose
 * text says every word asked is what was built; projects asked for by name still answer for themselves, and words
 * no role says still find no project.
 */
import { describe } from 'vitest';
import { type Labelled, labelledRows } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = labelledRows('new-grad', [
  ['did she build a dashboard?', 'experience', 'Software Engineering Intern at Outreach'],
  ['has she built an evaluation harness?', 'experience', 'Research Intern at Allen Institute for AI'],
  ['did she build a campus marketplace?', 'projects', 'DormSwap'],
  ['any dashboard projects?', 'projects', null],
  ['did she build a mobile app?', 'projects', null],
]);

describe('built in a role, beside projects that do not say it', () => {
  specsFor('built in a role', ASKED, new Set());
});
