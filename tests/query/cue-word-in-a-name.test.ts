/**
 * "Does ana do technical writing?" looked for a publication about "technical", and "who does public speaking and
 * technical writing?" found nobody: "writing" asks for what someone wrote, and that command is asked only by its own
 * cues, so the name that holds the word (her skill Technical writing) was passed over. A command asked by no word but
 * those of a name the question says whole is not asked: the name is.
 */
import { describe, expect, it } from 'vitest';
import { directoryBot, peopleListed, SIX } from '../directory/fixture.js';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'edge', ask: 'does ana do technical writing?', command: 'skills', first: 'Technical writing' },
  { resume: 'edge', ask: 'technical writing', command: 'skills', first: 'Technical writing' },
  { resume: 'senior-engineer', ask: 'best paper?', command: 'awards', first: 'Best Paper Award' },
  // Asked by a cue of its own besides the name, the command still answers.
  { resume: 'edge', ask: 'is she certified in technical writing?', command: 'certificates', first: null },
];

describe('a cue word inside a name', () => {
  specsFor('cue word in a name', ASKED, new Set());

  it('given "who does public speaking and technical writing?", lists whoever lists both', () => {
    expect(peopleListed(directoryBot([...SIX, 'edge']), 'who does public speaking and technical writing?')).toEqual(['edge']);
  });
});
