/**
 * "Who is her manager?", "who was his mentor?": someone the person stands in a relation to. Only an entry that names
 * people (a reference) can say who: never a role whose text has the word (Lena's "Managed cloud hosting provider",
 * Daniel's own title "Shift Supervisor"), nor someone called "his" ("Nothing about His"). What a cue asks for ("her
 * current employer") and a reference that says the relation are answered as before.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';
import { CONFLUENT, PRIYA } from './titles.js';

const ASKED: readonly Labelled[] = [
  { resume: 'senior-engineer', ask: 'who is her manager?', command: 'resume', first: null },
  { resume: 'senior-engineer', ask: "who is lena's manager?", command: 'resume', first: null },
  { resume: 'career-changer', ask: 'who is his supervisor?', command: 'resume', first: null },
  { resume: 'martin', ask: 'who is his boss?', command: 'resume', first: null },
  { resume: 'martin', ask: 'who was his mentor?', command: 'resume', first: null },
  { resume: 'career-changer', ask: 'who was his manager at salt and cedar?', command: 'references', first: PRIYA },
  {
    resume: 'senior-engineer',
    ask: 'who was her advisor?',
    command: 'references',
    first: 'Dr. Anita Bose, Professor of Computer Science, UT Austin',
  },
  { resume: 'career-changer', ask: 'who is his reference?', command: 'references', first: PRIYA },
  { resume: 'senior-engineer', ask: 'who is her current employer?', command: 'experience', first: CONFLUENT },
];

describe('who someone stands in a relation to', () => {
  specsFor('who someone stands in a relation to', ASKED, new Set());
});
