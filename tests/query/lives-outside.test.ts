/**
 * "Does she live outside the US?" of Lena answered three of her roles "matching united states": living outside a
 * place was read as work there. Her own location answers: not outside when it is there (San Francisco, California,
 * US), her profile when it is elsewhere (Martín Álvarez, in Zaragoza), and nothing either way when none is given.
 */
import { describe, expect, it } from 'vitest';
import { botFor, type Labelled, labelledRows } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const LENA: readonly Labelled[] = labelledRows('senior-engineer', [
  ['does she live outside the us?', 'about', null],
  ['is she based outside of california?', 'about', null],
]);
const MARTIN_ALVAREZ: readonly Labelled[] = labelledRows('martin-alvarez', [
  ['does he live outside the us?', 'about', 'Martín Álvarez Núñez'],
]);
const MARTIN: readonly Labelled[] = labelledRows('martin', [['does he live outside brazil?', 'about', null]]);

describe('living outside a place, asked of one person', () => {
  specsFor('outside, of Lena', LENA, new Set());
  specsFor('outside, of Martín Álvarez', MARTIN_ALVAREZ, new Set());
  specsFor('outside, of Martin', MARTIN, new Set());

  it('says where a location that is there is, and that none is given when none is', () => {
    const lena = botFor('senior-engineer').answer({ platform: 'cli', command: null, text: 'does she live outside the us?' });
    expect(lena.title).toBe('Not outside united states');
    expect(lena.body).toContain('San Francisco, California, US');
    const martin = botFor('martin').answer({ platform: 'cli', command: null, text: 'does he live outside brazil?' });
    expect(martin.title).toBe('No location given');
  });
});
