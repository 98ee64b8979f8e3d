/**
 * "How many GitHub stars does gradient-viz have?" of Maya answered her GitHub profile: a profile's network ("github")
 * decides the contact command whatever else is asked. A thing made that the words name whole (her project
 * gradient-viz, "Open-sourced with 120+ GitHub stars") is what is asked; "what is her github?" is still her profile.
 * Named by part of its name with the kind of thing it is, too: "lena's raft project on github, what is it?" is
 * raft-lab, not her GitHub profile.
 */
import { describe } from 'vitest';
import { type Labelled, labelledRows } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const MAYA: readonly Labelled[] = labelledRows('new-grad', [
  ['how many github stars does gradient-viz have?', 'projects', 'gradient-viz'],
  ['is dormswap on github?', 'projects', 'DormSwap'],
  ['what is her github?', 'contact', 'Maya Okonkwo'],
]);

const MARTIN: readonly Labelled[] = labelledRows('martin', [['is flamescope on github?', 'projects', 'FlameScope']]);

const LENA: readonly Labelled[] = labelledRows('senior-engineer', [
  ["lena's raft project on github, what is it?", 'projects', 'raft-lab'],
  ['is her raft project on github?', 'projects', 'raft-lab'],
  ["what's her github?", 'contact', 'Dr. Lena Vasquez'],
]);

describe('a project named beside a profile network', () => {
  specsFor('project beside a profile, of Maya', MAYA, new Set());
  specsFor('project beside a profile, of Martin', MARTIN, new Set());
  specsFor('project beside a profile, of Lena', LENA, new Set());
});
