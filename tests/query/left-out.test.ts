/**
 * A question that leaves something out ("what language does daniel speak other than english?", "does maya speak any
 * language besides english?") answered the thing it leaves out. The question before it is now asked, and its answer
 * leaves out the entries what follows names; when that leaves nothing, it says so. An entry the question names by its
 * name stays: "anything at coderdojo besides teaching?" said there was nothing besides teaching. Left out before more of
 * the question ("which language other than english does she speak?"), it was read as "english does she speak".
 */
import { describe, expect, it } from 'vitest';
import { leftOutAsked } from '../../src/query/left-out.js';
import { parseLine } from '../helpers/bot.js';
import { botFor, labelledRows } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

// Daniel speaks English and Spanish; Maya English and Igbo; Daniel worked at Salt & Cedar, Café Lumen and freelance.
const ASKED = [
  ...labelledRows('career-changer', [
    ['what language does daniel speak other than english', 'languages', 'Spanish'],
    ['where did he work other than salt & cedar?', 'experience', 'Data Analyst (Contract) at Freelance'],
  ]),
  ...labelledRows('new-grad', [
    ['does maya speak any language besides english?', 'languages', 'Igbo'],
    ['what languages does she speak apart from english?', 'languages', 'Igbo'],
    // Said before more of the question: up to a comma, or the word the question goes on with.
    ['which language other than english does she speak?', 'languages', 'Igbo'],
    ['apart from english what does she speak', 'languages', 'Igbo'],
  ]),
  // An entry the rest names by its name is what is asked about: what is left out is a part of it (his teaching there).
  ...labelledRows('sample', [['did richard do anything at coderdojo besides teaching?', 'volunteer', 'Teacher at CoderDojo']]),
];

describe('a question that leaves something out', () => {
  specsFor('a question that leaves something out', ASKED, new Set());

  it('given every entry found left out, says there is nothing else', () => {
    const answer = botFor('career-changer').answer(parseLine('what languages does he speak besides english and spanish?'));
    expect(answer.kind).toBe('empty');
    expect(answer.title).toBe('Nothing besides english and spanish');
  });

  it('given something left out that the résumé does not list, answers the question before it in full', () => {
    const answer = botFor('career-changer').answer(parseLine('what languages does he speak other than french?'));
    expect(answer.matches.map((m) => m.title)).toEqual(['English', 'Spanish']);
  });

  it('reads what is left out, said last, in a few words', () => {
    expect(leftOutAsked('what language does he speak other than English?')).toEqual({
      rest: 'what language does he speak',
      besides: 'English',
    });
    expect(leftOutAsked('where did she work, besides the food bank')).toEqual({ rest: 'where did she work', besides: 'food bank' });
    expect(leftOutAsked('besides english?')).toBeUndefined();
    expect(leftOutAsked('besides outreach, where did she work?')).toEqual({ rest: ', where did she work?', besides: 'outreach' });
    expect(leftOutAsked('which language other than english does she speak?')).toEqual({
      rest: 'which language does she speak?',
      besides: 'english',
    });
    expect(leftOutAsked('what did he do at netflix?')).toBeUndefined();
  });
});
