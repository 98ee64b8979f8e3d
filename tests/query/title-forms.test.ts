/**
 * A title once held is a role's title, never a name that says its words in another form or a
 * section whose cue only qualifies it: "was he a project manager?" is no Project Management course
 * and no projects question. Said "anywhere" (or "at all", "before"), it is still a title: "has lena ever held a
 * director title anywhere?" answered her referee, Engineering Director at Confluent.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';
import { EXPEDIA, FOOD_BANK, SALT } from './titles.js';

const TITLES: readonly Labelled[] = [
  { resume: 'martin', ask: 'was he a project manager?', command: 'experience', first: null },
  { resume: 'martin', ask: 'ele foi gerente de projetos?', command: 'experience', first: null },
  { resume: 'martin', ask: 'was he a performance engineer?', command: 'experience', first: EXPEDIA },
  { resume: 'career-changer', ask: 'was he a general manager?', command: 'experience', first: SALT },
  { resume: 'career-changer', ask: 'was he a data volunteer?', command: 'volunteer', first: FOOD_BANK },
  { resume: 'senior-engineer', ask: 'has lena ever held a director title anywhere?', command: 'experience', first: null },
  { resume: 'career-changer', ask: 'has he been a general manager anywhere?', command: 'experience', first: SALT },
  { resume: 'career-changer', ask: 'any manager roles at all?', command: 'experience', first: SALT },
];

describe('a title once held', () => {
  specsFor('a title once held', TITLES, new Set());
});
