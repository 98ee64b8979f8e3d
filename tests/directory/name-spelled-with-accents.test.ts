/**
 * "Where does martín live?" asked which one, Martin Spier or Martín Álvarez Núñez, though only one of them spells his
 * name so: names are compared without their accents, so that "martin" finds Martín. A shared name typed with its
 * accents is whoever spells it so, when one person does; typed without them, it is still asked which.
 */
import { describe, expect, it } from 'vitest';
import { createNameFinder } from '../../src/query/people.js';
import { parseLine } from '../helpers/bot.js';
import { directoryBot } from './fixture.js';

describe('a name typed with its accents', () => {
  it('given "where does martín live?", answers about Martín Álvarez', () => {
    const answer = directoryBot().answer(parseLine('where does martín live?'));
    expect(answer.matches[0]?.person?.id).toBe('martin-alvarez');
  });

  it('given "where does martin live?", asks which Martin', () => {
    const answer = directoryBot().answer(parseLine('where does martin live?'));
    expect(answer.matches).toEqual([]);
    expect(answer.title).toContain('Martín Álvarez Núñez');
    expect(answer.title).toContain('Martin Spier');
  });

  it('reads the accented name as the one person who spells it so, and never as one of several who do', () => {
    const people = [
      { id: 'martin', name: 'Martin Spier' },
      { id: 'martin-alvarez', name: 'Martín Álvarez' },
      { id: 'martin-rios', name: 'Martín Ríos' },
    ];
    const finder = createNameFinder(people.slice(0, 2), () => false);
    expect(finder.find('what did martín do?').ids).toEqual(['martin-alvarez']);
    expect(
      createNameFinder(people, () => false)
        .find('what did martín do?')
        .ambiguous.sort(),
    ).toEqual(['martin', 'martin-alvarez', 'martin-rios']);
  });
});
