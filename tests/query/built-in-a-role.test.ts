/**
 * "Did she build a dashboard?" of Maya said "No project matches dashboard", though her Outreach internship "Built a
 * service-health dashboard": "build" asks for projects, and projects that name none had the last word. A role whose
 * text says every word asked is what was built, else another entry of hers that says them all ("did she write a
 * dissertation?" of Lena's doctorate); projects asked for by name still answer for themselves, and words nothing
 * says still find no project.
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

// Lena's doctorate says "Dissertation: Consistency Trade-offs in Geo-Replicated Key-Value Stores".
const WRITTEN: readonly Labelled[] = labelledRows('senior-engineer', [
  ['did she write a dissertation?', 'education', 'Ph.D. Computer Science at University of Texas at Austin'],
  ['did she write a compiler?', 'projects', null],
]);

describe('built in a role, beside projects that do not say it', () => {
  specsFor('built in a role', ASKED, new Set());
  specsFor('written in another entry', WRITTEN, new Set());
});
