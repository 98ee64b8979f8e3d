/**
 * "Is she ex-amazon?" of Lena answered her AWS certificate (issued by Amazon Web Services), and "any ex-amazon folks
 * here?" listed her by it: "ex" was a word the stop lists drop, and "amazon" was found anywhere. Being "ex-" a company
 * is having worked there, asked as "worked at" is: a role's employer, never a certificate's issuer. A relation
 * ("her ex-boss") is no employer.
 */
import { describe, expect, it } from 'vitest';
import { formerEmployerSpelledOut } from '../../src/query/employer.js';
import { type Labelled, labelledRows } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';
import { parseLine } from '../helpers/bot.js';
import { directoryBot, SIX } from '../directory/fixture.js';

const LENA: readonly Labelled[] = labelledRows('senior-engineer', [
  ['is she ex-amazon?', 'experience', null],
  ['is she ex-dropbox?', 'experience', 'Senior Software Engineer at Dropbox'],
]);

describe('a former employer', () => {
  specsFor('ex-, of Lena', LENA, new Set());

  it('given "ex-" a company, reads it as having worked there; given a relation, leaves it', () => {
    expect(formerEmployerSpelledOut('any ex netflix or ex dropbox folks')).toBe('any worked at netflix or worked at dropbox folks');
    expect(formerEmployerSpelledOut('anyone Ex-Netflix here?')).toBe('anyone worked at Netflix here?');
    expect(formerEmployerSpelledOut('who is her ex boss')).toBe('who is her ex boss');
    expect(formerEmployerSpelledOut('an ex-colleague of hers')).toBe('an ex-colleague of hers');
  });

  it('given "ex-" a company across people, lists only whoever worked there', () => {
    const bot = directoryBot(SIX);
    const listed = (asked: string) => bot.answer(parseLine(asked)).matches.map((m) => m.person?.id);
    expect(listed('any ex-amazon folks here?')).toEqual([]);
    expect(listed('anyone ex-netflix or ex-dropbox here?').sort()).toEqual(['martin', 'senior-engineer']);
  });
});
