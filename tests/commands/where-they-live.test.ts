/**
 * "Does she live in …?" is answered from the person's own location. A country, a region or a metropolitan area it
 * names ("the bay area" of San Francisco; "sf", a city's short name), or rules out, is said so ("Not in texas"); a place that may hold it
 * ("silicon valley" of San Francisco), or that the location cannot be
 * compared with, is never said to be somewhere else: the answer says only that the location does not say it. With no
 * location of their own, where they are is where their current role is ("London, UK"), and the answer says so.
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

  it('given a résumé without a location, nor a current role in a place, says it gives none', () => {
    // Martin's current role is remote.
    const answer = asked('martin', 'does he live in london?');
    expect(answer.kind).toBe('empty');
    expect(answer.title).toBe('No location given');
  });

  it('given a résumé without a location, answers where they are based with where its current role is', () => {
    const there = asked('awkward', 'is he based in london?');
    expect(there.kind).toBe('result');
    expect(there.fields).toContainEqual(expect.objectContaining({ label: 'Works in', value: 'London, UK (Northwind Bank)' }));
    for (const q of ['is he based in europe?', 'is he in the uk?']) expect(asked('awkward', q).kind, q).toBe('result');
    const elsewhere = asked('awkward', 'is he based in the us?');
    expect(elsewhere.kind).toBe('empty');
    expect(elsewhere.title).toBe('Not in united states');
    expect(elsewhere.body).toBe(
      "Jordan Okafor's résumé gives no location of their own; their current role is in London, UK (Northwind Bank).",
    );
    expect(asked('awkward', 'is he based outside the uk?').title).toBe('Not outside united kingdom');
  });

  it('given a résumé without a location, answers where they live with no place, and where its current role is', () => {
    // A role in London says where he works; where he lives is his own location's to say, and he gives none.
    for (const q of ['does he live in london?', 'does he live in the us?', 'does he live outside the uk?', 'does he reside in europe?']) {
      const answer = asked('awkward', q);
      expect(answer.kind, q).toBe('empty');
      expect(answer.title, q).toBe('No location given');
      expect(answer.body, q).toBe(
        "Jordan Okafor's résumé gives no location of their own; their current role is in London, UK (Northwind Bank).",
      );
    }
  });
});
