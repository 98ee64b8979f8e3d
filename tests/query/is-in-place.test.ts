/**
 * "Is he in Austin?" asks where the person is when its words name a place: their own location, a country or a
 * region, answered from basics.location (yes, or where they are instead), never a school or employer named after
 * the place. "Is he in sales?" names no place, and is searched, as before. Of a résumé that gives no location, a
 * country or a region asked gets that none is given (a degree earned there long ago says nothing of where he is now;
 * "new" of "new york" found a role), as does where someone lives; a city none of it says is searched.
 */
import { describe, expect, it } from 'vitest';
import { type Labelled, outcome } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const DANIEL = 'Daniel Reyes';

const ASKED: readonly Labelled[] = [
  // His location is Austin, Texas; his school is Austin Community College.
  { resume: 'career-changer', ask: 'is he in austin?', command: 'about', first: DANIEL },
  { resume: 'career-changer', ask: 'is he still in austin?', command: 'about', first: DANIEL },
  { resume: 'career-changer', ask: 'is he in texas?', command: 'about', first: DANIEL },
  { resume: 'career-changer', ask: 'is he in portugal?', command: 'about', first: null },
  // When, said after where, is no place.
  { resume: 'martin-alvarez', ask: 'which city does he live in rn?', command: 'about', first: 'Martín Álvarez Núñez' },
  { resume: 'career-changer', ask: 'does he live in austin rn?', command: 'about', first: DANIEL },
  { resume: 'career-changer', ask: 'does he live in lisbon these days?', command: 'about', first: null },
  { resume: 'career-changer', ask: 'ele está em austin?', command: 'about', first: DANIEL },
  { resume: 'career-changer', ask: 'is he in sales?', command: 'experience', first: 'Data Analyst (Contract) at Freelance' },
  // Martin's résumé gives no location: it says none, never his degree from Brazil.
  { resume: 'martin', ask: 'is he in brazil?', command: 'about', first: null },
];

describe('is someone in a place', () => {
  specsFor('is someone in a place', ASKED, new Set());

  it('says where he is instead, when he is not in the place asked', () => {
    const { answer } = outcome(ASKED[3]!);
    expect(answer.body).toContain('Austin, Texas, US');
  });

  it('given "is it in austin?", a thing asked about, never answers where he lives', () => {
    expect(outcome({ resume: 'career-changer', ask: 'is it in austin?', command: 'about', first: DANIEL }).command).not.toBe('about');
  });

  it('given a résumé with no location, says so, never that the person is not there', () => {
    const { answer } = outcome({ resume: 'martin', ask: 'does he live in brazil?', command: 'about', first: null });
    expect(answer.title).toBe('No location given');
    expect(answer.body).toContain('does not say where');
  });
});
