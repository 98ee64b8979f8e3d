/**
 * "Does he do people management?" of Daniel answered his skill P&L management, and "what did he do for the central
 * texas food bank?" of Jordan his role at Northwind Bank: the last word of a name ("management", "bank") was taken
 * for the name, and the word before it, which the résumé never says, was dropped. A word before a name's last word
 * says which of its kind is meant, so the run names nothing here; unless it is a verb ("which role involved vendor
 * management?") or the two are another name of the entry ("conference speaking": public speaking).
 */
import { describe, expect, it } from 'vitest';
import { directoryBot, peopleListed } from '../directory/fixture.js';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'career-changer', ask: 'does he do people management?', command: 'resume', first: null },
  { resume: 'career-changer', ask: 'risk management', command: 'resume', first: null },
  { resume: 'career-changer', ask: 'ciencia da computacao', command: 'resume', first: null },
  { resume: 'awkward', ask: 'what did he do for the central texas food bank?', command: 'resume', first: null },
  { resume: 'awkward', ask: 'any reference from the food bank?', command: 'references', first: null },
  // Said in Portuguese: "entende de" is knowing about something.
  { resume: 'career-changer', ask: 'ele entende de sistemas distribuídos?', command: 'skills', first: null },
  { resume: 'senior-engineer', ask: 'ele entende de sistemas distribuídos?', command: 'skills', first: 'Distributed Systems' },
  // Still found: a name said whole, a verb before one, another name of the two words.
  { resume: 'career-changer', ask: 'p&l management', command: 'skills', first: 'P&L management' },
  { resume: 'martin', ask: 'which role involved vendor management?', command: 'experience', first: null },
  { resume: 'edge', ask: 'conference speaking?', command: 'skills', first: 'Public speaking' },
];

describe('a word before the last word of a name', () => {
  specsFor('word before a name', ASKED, new Set());

  it('given "/people risk management", which nobody lists, lists nobody', () => {
    expect(peopleListed(directoryBot(), '/people risk management')).toEqual([]);
  });

  it('given "who does people management?", lists only whoever says it', () => {
    expect(peopleListed(directoryBot(), 'who does people management?')).toEqual(['martin']);
  });
});
