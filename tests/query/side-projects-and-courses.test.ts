/**
 * "Any side projects?" of Richard answered "no project matches side" (only "side project" was a cue), "ela tem algum
 * projeto pessoal?" of Lena looked for "pessoal", and "quais matérias ele cursou?" of Daniel for "matérias": a
 * section's own words, said another common way, were words to look for. Side, personal, pet and hobby projects are
 * projects (a "projeto paralelo" too); Portuguese "quais matérias" and "disciplinas" ask about courses, and "língua de
 * sinais" about a sign language.
 */
import { describe } from 'vitest';
import { type Labelled, labelledRows } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  ...labelledRows('sample', [
    ['any side projects?', 'projects', 'Miss Direction'],
    ['o Richard tem algum projeto paralelo?', 'projects', 'Miss Direction'],
  ]),
  // "Língua de sinais" is sign language, not a language called "sinais".
  ...labelledRows('edge', [['a Ana sabe língua de sinais?', 'languages', 'Colombian Sign Language']]),
  ...labelledRows('senior-engineer', [
    ['ela tem algum projeto pessoal?', 'projects', 'raft-lab'],
    ['any pet projects?', 'projects', 'raft-lab'],
  ]),
  ...labelledRows('career-changer', [
    ['quais matérias ele cursou?', 'education', 'Associate of Applied Science Business Administration at Austin Community College'],
  ]),
];

describe('a section said another common way', () => {
  specsFor('side projects and courses', ASKED, new Set());
});
