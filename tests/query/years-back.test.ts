/**
 * A time counted back from today: "who has worked anywhere in the last 2 years?" found nobody (its "2" was a word to
 * look for) and "who worked in the past year?" only whoever's role had ended in it ("in the past" read as
 * "previously"); "what did he do in the last 5 years?" gave Martin's profile. "In the last 2 years", "over the past
 * decade", "the past year", "nos últimos 3 anos" now keep whatever stood in that time: an entry under way, or one
 * whose end, by its month when it gives one, is no further back. A time said with a year reads as before. Asked of a
 * section the résumé lacks ("did he get a certification in the last 2 years?" of Martin), it says it lists none: it
 * answered with his current role.
 */
import { describe, expect, it } from 'vitest';
import { statedTime } from '../../src/query/asked-time.js';
import { parseCommandText } from '../../src/query/command-text.js';
import { directoryBot, peopleListed, SIX } from '../directory/fixture.js';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  // Today is 2026-11-26: five years back is November 2021, when Snowflake's role ended.
  { resume: 'martin', ask: 'what did he do in the last 5 years?', command: 'experience', first: 'VP, Platform Engineering at PicPay' },
  { resume: 'martin', ask: 'was he at netflix in the last 3 years?', command: 'experience', first: null },
  { resume: 'martin', ask: 'o que ele fez nos últimos 3 anos?', command: 'experience', first: 'VP, Platform Engineering at PicPay' },
  {
    resume: 'senior-engineer',
    ask: 'where has she worked over the past decade?',
    command: 'experience',
    first: 'Staff Software Engineer at Confluent',
  },
  { resume: 'new-grad', ask: 'did she intern anywhere in the past year?', command: 'experience', first: null },
  // A section the résumé lacks, with a time: it lists none, never the roles of that time.
  { resume: 'martin', ask: 'did he get a certification in the last 2 years?', command: 'certificates', first: null },
  { resume: 'martin', ask: 'did he win any awards in the last 3 years?', command: 'awards', first: null },
];

describe('a time counted back from today', () => {
  specsFor('a time counted back from today', ASKED, new Set());

  it('reads how far back, in figures, in words or as a decade', () => {
    expect(statedTime('who has worked in the last 2 years')).toEqual({ relation: 'within', years: 2 });
    expect(statedTime('what did he do over the past five years')).toEqual({ relation: 'within', years: 5 });
    expect(statedTime('where has she worked in the past decade')).toEqual({ relation: 'within', years: 10 });
    expect(statedTime('anything in the past year')).toEqual({ relation: 'within', years: 1 });
    // A year said is read as before; "his last job" counts nothing back.
    expect(statedTime('who worked at netflix in the past')).toBeUndefined();
    expect(statedTime('what was his last job')).toBeUndefined();
  });

  it('given a command, reads it from the command text too', () => {
    expect(parseCommandText('netflix in the last 3 years', ['year', 'employer'])).toEqual({
      text: 'netflix',
      during: { relation: 'within', years: 3 },
    });
  });

  it('given people questions, lists whoever stood in that time', () => {
    const eight = directoryBot([...SIX, 'edge', 'awkward']);
    // Maya's internship ended in September 2024, Daniel's contract in April 2025; the others are under way.
    expect(peopleListed(eight, 'who has worked anywhere in the last 2 years?')).toEqual([
      'awkward',
      'career-changer',
      'edge',
      'martin',
      'senior-engineer',
    ]);
    expect(peopleListed(eight, 'who worked in the past year?')).toEqual(['awkward', 'edge', 'martin', 'senior-engineer']);
    // Martin lists no certificates: his role of that time is no certificate.
    expect(peopleListed(eight, 'who got a certification in the last 2 years?')).toEqual(['career-changer']);
    expect(peopleListed(eight, 'who worked in the past decade?')).toHaveLength(6);
    expect(peopleListed(eight, 'quem trabalhou nos últimos 2 anos?')).toHaveLength(5);
    expect(peopleListed(eight, 'who worked at netflix in the past?')).toEqual(['martin']);
  });
});
