/**
 * An employer asked by a name of several words is found by a part of it only when that part is a whole name as it is:
 * "did he work at free net?" of Martin is no Netflix ("net" only begins it), "lagos code night" or "code academy" of
 * Richard no CoderDojo. A part that is a whole name still answers ("netflix" of "netflix labs", "pied piper" of "pied
 * piper labs"), and so does a name typed whole with a typo, or its first words.
 */
import { describe, expect, it } from 'vitest';
import { directoryBot } from '../directory/fixture.js';
import { parseLine } from '../helpers/bot.js';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';
import { FREE_NET, NETFLIX, PIED_PIPER } from './titles.js';

const ASKED: readonly Labelled[] = [
  { resume: 'martin', ask: 'did he work at free net?', command: 'experience', first: null },
  { resume: 'martin', ask: 'did he work at austin free-net in 2015?', command: 'experience', first: null },
  { resume: 'sample', ask: 'did he work at lagos code night?', command: 'experience', first: null },
  { resume: 'sample', ask: 'did he work at code academy?', command: 'experience', first: null },
  { resume: 'sample', ask: 'did he work at coder camp?', command: 'experience', first: null },
  { resume: 'martin', ask: 'did he work at netflix labs?', command: 'experience', first: NETFLIX },
  { resume: 'martin', ask: 'did he work at netflx?', command: 'experience', first: NETFLIX },
  { resume: 'sample', ask: 'did he work at pied piper labs?', command: 'experience', first: PIED_PIPER },
  { resume: 'career-changer', ask: 'did he work at austin free-net?', command: 'volunteer', first: FREE_NET },
];

describe('an employer named by a word that only begins a name', () => {
  specsFor('an employer named by a word that only begins a name', ASKED, new Set());

  it('given a directory, answers "did she work at austin free-net?" with Daniel alone, never a Netflix role', () => {
    const answer = directoryBot().answer(parseLine('did she work at austin free-net?'));
    expect(answer.matches.map((m) => [m.person?.id, m.title])).toEqual([['career-changer', FREE_NET]]);
  });
});
