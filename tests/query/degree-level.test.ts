/**
 * A degree asked by its level beside a school is that level there or nothing: "a masters at
 * PUCRS" is not Martin's B.Sc. from PUCRS, and "a bachelor at UT Austin" is Lena's B.S., not her
 * Ph.D. listed first. What every entry shows, asked beside it ("what classification", "in what field"), finds nothing
 * of its own.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';
import { ACC, BSC, LENA_BS, LENA_PHD } from './titles.js';

const LEVELS: readonly Labelled[] = [
  { resume: 'martin', ask: 'did he do a masters at pucrs?', command: 'education', first: null },
  { resume: 'martin', ask: '/education masters pucrs', command: 'education', first: null },
  { resume: 'martin', ask: 'did he get a bachelor at pucrs?', command: 'education', first: BSC },
  { resume: 'senior-engineer', ask: 'did she get a bachelor at ut austin?', command: 'education', first: LENA_BS },
  { resume: 'senior-engineer', ask: 'where did she do her phd?', command: 'education', first: LENA_PHD },
  { resume: 'senior-engineer', ask: 'did she do an mba at ut austin?', command: 'education', first: null },
  // A kind of education asked beside what another section names is that kind with it, or nothing.
  { resume: 'senior-engineer', ask: 'does she have a phd in kafka?', command: 'education', first: null },
  { resume: 'martin', ask: 'did he do a kubernetes bootcamp?', command: 'education', first: null },
  { resume: 'career-changer', ask: 'did he do a data analysis bootcamp?', command: 'education', first: null },
  { resume: 'career-changer', ask: 'does he have a postgraduate degree from google?', command: 'education', first: null },
  { resume: 'senior-engineer', ask: 'what year did she finish her undergrad degree?', command: 'education', first: LENA_BS },
  { resume: 'career-changer', ask: 'did he do his undergrad in business administration?', command: 'education', first: ACC },
  // A level beside other words is a filter on what they find; a kind of work alone names no degree.
  { resume: 'senior-engineer', ask: '/education gpa bachelors', command: 'education', first: LENA_BS },
  { resume: 'martin', ask: 'does he have a degree in engineering?', command: 'education', first: null },
  // What every entry shows (its classification, its field) asked beside a level: the level finds the entry.
  {
    resume: 'awkward',
    ask: 'what classification did jordan get for the bachelor of engineering?',
    command: 'education',
    first: 'Bachelor of Engineering Computer Engineering at University of Lagos',
  },
  {
    resume: 'awkward',
    ask: 'Did Jordan complete any postgraduate degree, and if so where and in what field?',
    command: 'education',
    first: 'Master of Science Distributed Computing at Imperial College London',
  },
];

describe('a degree asked by its level', () => {
  specsFor('a degree asked by its level', LEVELS, new Set());
});
