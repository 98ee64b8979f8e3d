/**
 * "Does she live in …?" is answered from the person's own location. A country, a region or a metropolitan area it
 * names ("the bay area" of San Francisco; "sf", a city's short name), or rules out, is said so ("Not in texas"); a place that may hold it
 * ("silicon valley" of San Francisco), or that the location cannot be
 * compared with, is never said to be somewhere else: the answer says only that the location does not say it.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../helpers/bot.js';
import { botFor } from '../query/fixture-bots.js';

const asked = (resume: string, question: string) => botFor(resume).answer(parseLine(question));

describe('where someone lives', () => {
  it('given a country or a region the location names, answers with the person', () => {
    for (const q of [
      'is she based in california?',
      'does she live in the us?',
      'does she live in north america?',
      'is she based in the bay area?',
      // A city by its short name, after a word of where.
      'is she based in sf?',
    ]) {
      const answer = asked('senior-engineer', q);
      expect(answer.kind, q).toBe('result');
      expect(answer.matches[0]?.title, q).toBe('Dr. Lena Vasquez');
    }
  });

  it('given a region or a country the location rules out, says not there, and where they are', () => {
    for (const [q, place] of [
      ['is she based in texas?', 'texas'],
      ['does she live in brazil?', 'brazil'],
      // A continent the location's country is not in.
      ['does she live in europe?', 'europe'],
    ]) {
      const answer = asked('senior-engineer', q!);
      expect(answer.kind, q).toBe('empty');
      expect(answer.title, q).toBe(`Not in ${place}`);
      expect(answer.body, q).toContain('San Francisco, California, US');
    }
  });

  it('given a place that may hold the location, never says not there: only that the location does not say it', () => {
    for (const [q, place] of [['does she live in silicon valley?', 'silicon valley']]) {
      const answer = asked('senior-engineer', q!);
      expect(answer.kind, q).toBe('empty');
      expect(answer.matches, q).toEqual([]);
      expect(answer.title, q).toBe(`The location given does not say “${place}”`);
      expect(answer.body, q).toContain('San Francisco, California, US');
    }
  });

  it('given a résumé without a location, says it gives none', () => {
    const answer = asked('awkward', 'does he live in london?');
    expect(answer.kind).toBe('empty');
    expect(answer.title).toBe('No location given');
  });
});
