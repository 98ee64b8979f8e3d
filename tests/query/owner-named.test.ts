/**
 * "What does Martin do?" of Martin answered his profile, though "what does he do?" gives his current role: a cue
 * written with "he" never read the owner's name. The owner named in their own question is now read as the pronoun the
 * cues are written with, before the question is glossed ("martin do" was read as Portuguese "of the"). A name stays
 * as typed after a title ("dr. anita bose" is a referee, not Dr. Lena Vasquez), after a word of place or a Portuguese
 * genitive ("site da lena"), and before a word the résumé never says (Martín Álvarez is not "martin spier"). Said
 * being an office ("was jordan head of platform at northwind?") the name is who was it: read as "his head of
 * platform", that question answered his referee, Head of Platform at Northwind Bank.
 */
import { describe, expect, it } from 'vitest';
import { ownerAsPronoun } from '../../src/query/owner-pronoun.js';
import { type Labelled, labelledRows } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  ...labelledRows('martin', [
    ['what does martin do?', 'experience', 'VP, Platform Engineering at PicPay'],
    ['where does martin work?', 'experience', 'VP, Platform Engineering at PicPay'],
  ]),
  ...labelledRows('senior-engineer', [
    ['what does lena do?', 'experience', 'Staff Software Engineer at Confluent'],
    ['what did dr. anita bose do at dropbox?', 'experience', null],
  ]),
  ...labelledRows('awkward', [
    ['was jordan head of platform at northwind', 'experience', null],
    ['was jordan head of platform?', 'experience', null],
  ]),
  ...labelledRows('martin', [['is martin vp at picpay?', 'experience', 'VP, Platform Engineering at PicPay']]),
];

describe('the owner named in their own question', () => {
  specsFor('the owner by name', ASKED, new Set());

  it('reads the name as he, his or him, and keeps it where it may be another name or a place', () => {
    const names = new Set(['martin', 'spier', 'dr', 'lena']);
    const knows = (w: string) => ['netflix', 'job', 'jordan', 'head'].includes(w);
    expect(ownerAsPronoun('what does martin spier do', names, knows)).toBe('what does he do');
    expect(ownerAsPronoun('martin job', names, knows)).toBe('his job');
    expect(ownerAsPronoun('tell me about martin', names, knows)).toBe('tell me about him');
    expect(ownerAsPronoun('did he work in martin', names, knows)).toBe('did he work in martin');
    expect(ownerAsPronoun('what did dr anita bose do', names, knows)).toBe('what did dr anita bose do');
    expect(ownerAsPronoun('who is martin garrix', names, knows)).toBe('who is martin garrix');
    expect(ownerAsPronoun('was martin head of platform', names, knows)).toBe('was he head of platform');
    expect(ownerAsPronoun('was martin job remote', names, knows)).toBe('was his job remote');
  });
});
