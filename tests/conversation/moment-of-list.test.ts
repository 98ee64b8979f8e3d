/**
 * "Which is the most recent?", "and the oldest one?", "which was first?" after a list ask for that end of it, by
 * date: his latest certificate, not his latest role. With no list before, the question is read as it stands.
 */
import { describe, expect, it } from 'vitest';
import type { Turn } from './followup-set.js';
import { played } from './played.js';

describe('one end of the list before', () => {
  it('given his certificates listed, answers "which is the most recent?" with the latest certificate, and "who issued it?" with it', async () => {
    const turns = await played('career-changer', ['does he have any certificates?', 'which is the most recent?', 'who issued it?']);
    expect(turns.slice(1)).toEqual([
      ['which is the most recent?', 'certificates', 'Tableau Desktop Specialist'],
      ['who issued it?', 'certificates', 'Tableau Desktop Specialist'],
    ]);
  });

  it('given his volunteer work listed, answers "which was first?" with the earliest', async () => {
    const turns = await played('career-changer', ['what does he volunteer for?', 'which was first?']);
    expect(turns[1]).toEqual(['which was first?', 'volunteer', 'Digital Literacy Tutor at Austin Free-Net']);
  });

  it('given his certificates listed, answers "and the oldest one?" with the earliest', async () => {
    const turns = await played('career-changer', ['does he have any certificates?', 'and the oldest one?']);
    expect(turns[1]).toEqual(['and the oldest one?', 'certificates', 'Google Data Analytics Professional Certificate']);
  });

  it('given nothing before, or a question naming what it asks, reads it as it stands', async () => {
    expect((await played('career-changer', ['which is the most recent?']))[0]![1]).toBe('experience');
    const turns = await played('career-changer', ['does he have any certificates?', 'what was his first job?']);
    expect(turns[1]).toEqual(['what was his first job?', 'experience', 'Shift Supervisor at Café Lumen']);
  });

  it('given nothing before, "and the first?" and "what about the third one?" ask what they point at, as before', async () => {
    for (const asked of ['and the first?', 'what about the third one?', 'when did she get the first one?']) {
      const [[, command, first]] = (await played('senior-engineer', [asked])) as [Turn];
      expect([command, first], asked).toEqual([null, null]);
    }
  });
});
