/**
 * "Did he study comp sci?" of Richard answered his skill Compression, and "did he get a masters at pucrs?" his skills
 * at the level Master: a word cut short ("comp") or another form of it ("masters") was taken for a name that begins
 * with it, though the word after it, which the résumé never says, makes it something else. "Comp sci" is computer
 * science (data/aliases.json).
 */
import { describe, expect, it } from 'vitest';
import { directoryBot, peopleListed } from '../directory/fixture.js';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'sample', ask: 'did he study comp sci?', command: 'education', first: null },
  { resume: 'sample', ask: 'did he get a masters at pucrs?', command: 'education', first: null },
  { resume: 'senior-engineer', ask: 'did he consult for main st. company?', command: 'experience', first: null },
  { resume: 'edge', ask: 'raft-lab', command: 'resume', first: null },
  { resume: 'senior-engineer', ask: 'raft-lab', command: 'projects', first: 'raft-lab' },
  {
    resume: 'new-grad',
    ask: 'did she study comp sci?',
    command: 'education',
    first: 'Bachelor of Science Computer Science at University of Washington',
  },
  // A name said whole, or a typo of one, before a word the résumé has.
  { resume: 'sample', ask: 'does he know compression?', command: 'skills', first: 'Compression' },
  { resume: 'martin', ask: 'kubernets experience', command: 'skills', first: 'Kubernetes' },
];

describe('a word cut short before a word the résumé does not have', () => {
  specsFor('word cut short', ASKED, new Set());

  it('given "who studied comp sci", lists whoever studied computer science', () => {
    expect(peopleListed(directoryBot(), 'who studied comp sci')).toEqual(['martin', 'new-grad', 'senior-engineer']);
  });
});
