/**
 * "Has he been a volunteer tutor?" of Daniel found no role titled so, though he was a Digital Literacy Tutor as a
 * volunteer: a title that names another kind of work ("volunteer") is asked of that kind's entries, by the rest of it.
 */
import { describe, expect, it } from 'vitest';
import { directoryBot, peopleListed } from '../directory/fixture.js';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  {
    resume: 'career-changer',
    ask: 'has he been a volunteer tutor?',
    command: 'volunteer',
    first: 'Digital Literacy Tutor at Austin Free-Net',
  },
  { resume: 'career-changer', ask: 'was he a volunteer chef?', command: 'volunteer', first: null },
  { resume: 'career-changer', ask: 'was he a volunteer?', command: 'volunteer', first: 'Data Volunteer at Central Texas Food Bank' },
  { resume: 'career-changer', ask: 'was he a tutor?', command: 'volunteer', first: 'Digital Literacy Tutor at Austin Free-Net' },
];

describe('a kind of work named in a title', () => {
  specsFor('kind of work in a title', ASKED, new Set());

  it('given "anyone been a volunteer tutor?", lists whoever volunteered as one', () => {
    expect(peopleListed(directoryBot(), 'anyone been a volunteer tutor?')).toEqual(['career-changer', 'martin-alvarez']);
  });
});
