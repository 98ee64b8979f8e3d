import { describe, expect, it } from 'vitest';
import { stemKey } from '../../src/query/stem.js';
import { WordIndex } from '../../src/query/word-index.js';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const FORMS: readonly Labelled[] = [
  // Daniel Reyes lists "Bread baking" and "Cycling"; Maya Okonkwo "Rock Climbing"; Lena's referee "advised" her.
  { resume: 'career-changer', ask: 'does he bake?', command: 'interests', first: 'Home Cooking' },
  { resume: 'career-changer', ask: 'does he cycle to work?', command: 'interests', first: 'Cycling' },
  { resume: 'career-changer', ask: 'does he like bakes?', command: 'interests', first: 'Home Cooking' },
  { resume: 'new-grad', ask: 'is she a climber?', command: 'interests', first: 'Rock Climbing' },
  { resume: 'new-grad', ask: 'does she climb?', command: 'interests', first: 'Rock Climbing' },
  {
    resume: 'senior-engineer',
    ask: 'who was her advisor?',
    command: 'references',
    first: 'Dr. Anita Bose, Professor of Computer Science, UT Austin',
  },
  // An irregular verb in another form: Richard was a Teacher at CoderDojo; Daniel a Digital Literacy Tutor who taught.
  { resume: 'sample', ask: 'has he taught?', command: 'volunteer', first: 'Teacher at CoderDojo' },
  {
    resume: 'career-changer',
    ask: 'did he teach coding to kids?',
    command: 'volunteer',
    first: 'Digital Literacy Tutor at Austin Free-Net',
  },
  // Said of what someone does now, as a statement before asking where: Jordan was an Instructor (Lagos Code Night).
  {
    resume: 'awkward',
    ask: 'jordan teaches evening classes or smth? where',
    command: 'volunteer',
    first: 'Instructor at Lagos Code Night',
  },
  // A word with a shared stem but another meaning is no form of it (liking is asked of the interests, which say so).
  { resume: 'career-changer', ask: 'does he like cyclones?', command: 'interests', first: null },
  { resume: 'new-grad', ask: 'is she into climate?', command: 'interests', first: null },
];

describe('word forms: a question in one form of a word finds the résumé in another', () => {
  specsFor('word forms: a question in one form of a word finds the résumé in another', FORMS, new Set());

  it('given an irregular verb, reads each of its forms as the others and their inflections', () => {
    const index = new WordIndex(['taught', 'teacher', 'led', 'leading', 'built', 'founded']);
    expect([...index.matches('teach', 'content').keys()]).toEqual(expect.arrayContaining(['taught', 'teacher']));
    expect([...index.matches('taught', 'content').keys()]).toContain('teacher');
    expect([...index.matches('lead', 'content').keys()]).toEqual(expect.arrayContaining(['led', 'leading']));
    expect([...index.matches('led', 'content').keys()]).toContain('leading');
    expect([...index.matches('build', 'content').keys()]).toContain('built');
    // "Found" is also the past of find: never read as founding.
    expect([...index.matches('find', 'content').keys()]).not.toContain('founded');
  });

  it('given inflections, one stem; given derivations Porter also folds, none shared', () => {
    const same: ReadonlyArray<readonly [string, string]> = [
      ['bake', 'baking'],
      ['cycle', 'cycling'],
      ['advisor', 'advised'],
      ['climb', 'climbing'],
      ['climber', 'climbs'],
      ['studies', 'study'],
    ];
    const apart: ReadonlyArray<readonly [string, string]> = [
      ['general', 'generate'],
      ['universe', 'university'],
      ['organ', 'organization'],
      ['police', 'policy'],
      ['letter', 'let'],
    ];
    for (const [a, b] of same) expect(stemKey(a), `${a} / ${b}`).toBe(stemKey(b));
    for (const [a, b] of apart) expect(stemKey(a) !== null && stemKey(a) === stemKey(b), `${a} / ${b}`).toBe(false);
  });

  it('given running text, a query word means the other forms of its stem, and not unrelated words', () => {
    const index = new WordIndex(['baking', 'cycling', 'organization', 'general', 'advised']);
    expect([...index.matches('bake', 'content').keys()]).toContain('baking');
    expect([...index.matches('cycle', 'content').keys()]).toContain('cycling');
    expect([...index.matches('advisor', 'content').keys()]).toContain('advised');
    expect([...index.matches('organ', 'content').keys()]).not.toContain('organization');
    expect([...index.matches('generals', 'content').keys()]).toEqual(['general']);
  });
});
