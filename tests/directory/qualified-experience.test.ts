/**
 * "Who has used kafka in production?", "at scale", "professionally", "for real", "formally", "real world experience", "deep
 * experience": where or how deeply something was done names nothing an entry must say, so whoever lists it fits, as
 * "who has used kafka?" reads it. "Who has used go professionally?" is never answered by a "Professional Certificate". A
 * phrase that names a thing ("deep learning", "a professional certificate") is still asked.
 */
import { describe, expect, it } from 'vitest';
import { directoryBot, peopleListed } from './fixture.js';

const bot = directoryBot();
const people = (asked: string) => peopleListed(bot, asked);

describe('experience, qualified', () => {
  it('given where or how deeply, lists whoever lists the thing', () => {
    expect(people('who has used kubernetes in production?')).toEqual(people('who has used kubernetes?'));
    expect(people('who has used kafka at scale?')).toEqual(['martin', 'senior-engineer']);
    expect(people('do we have anyone who has written kafka for real')).toEqual(['martin', 'senior-engineer']);
    expect(people('who has deep experience with kafka?')).toEqual(['martin', 'senior-engineer']);
    expect(people('who has real world experience with react?')).toEqual(['new-grad']);
    expect(people('who has professional experience with python?')).toEqual(['career-changer', 'new-grad', 'senior-engineer']);
    expect(people('has anyone formally studied computer science?')).toEqual(['martin', 'new-grad', 'senior-engineer']);
    expect(people('anyone officially certified in kubernetes?')).toEqual(people('anyone certified in kubernetes?'));
  });

  it('given "professionally", never answers with a professional certificate or fluency', () => {
    expect(people('who has used go professionally?')).toEqual(['new-grad', 'senior-engineer']);
  });

  it('given a phrase that names a thing, still asks for it', () => {
    expect(people('who has deep learning experience?')).toEqual([]);
    expect(people('who has a professional certificate?')).toEqual(['career-changer', 'senior-engineer']);
  });
});
