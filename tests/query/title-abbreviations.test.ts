/**
 * "Sr" and "jr" in a title are "senior" and "junior", as people write them: "was she a sr software engineer?" is her
 * Senior Software Engineer role, never the plain Software Engineer one the unknown "sr" left; a junior title nobody
 * held is no role, across a directory too.
 */
import { describe, expect, it } from 'vitest';
import { directoryBot } from '../directory/fixture.js';
import { parseLine } from '../helpers/bot.js';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';
import { DROPBOX } from './titles.js';

const ASKED: readonly Labelled[] = [
  { resume: 'senior-engineer', ask: 'was she a sr software engineer?', command: 'experience', first: DROPBOX },
  { resume: 'senior-engineer', ask: '/experience sr software engineer', command: 'experience', first: DROPBOX },
  { resume: 'senior-engineer', ask: 'was she a sr. software engineer at dropbox?', command: 'experience', first: DROPBOX },
  { resume: 'career-changer', ask: 'was he a jr data analyst?', command: 'experience', first: null },
];

describe('senior and junior, abbreviated', () => {
  specsFor('senior and junior, abbreviated', ASKED, new Set());

  it('given a directory, answers "was she a sr software engineer?" with the senior role', () => {
    const answer = directoryBot().answer(parseLine('was she a sr software engineer?'));
    expect(answer.matches.map((m) => [m.person?.id, m.title])).toEqual([['senior-engineer', DROPBOX]]);
  });
});
