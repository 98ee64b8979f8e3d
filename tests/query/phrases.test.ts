import { describe, expect, it } from 'vitest';
import { PhraseSet } from '../../src/query/phrases.js';

const words = (text: string) => text.split(' ');

describe('cue phrases in a question', () => {
  const cues = new PhraseSet(['languages', 'programming languages', 'does he work', 'about him', 'his job']);

  it('given a longer phrase holding a shorter one, takes the longer once', () => {
    expect(cues.find(words('what programming languages does she know'))).toEqual([{ start: 1, end: 3, phrase: 'programming languages' }]);
  });

  it('given she, they, her or them, matches a phrase written with he, his or him, "do they" as "does he"', () => {
    expect(cues.find(words('where does she work')).map((f) => f.phrase)).toEqual(['does he work']);
    expect(cues.find(words('tell me about her and her job')).map((f) => f.phrase)).toEqual(['about him', 'his job']);
    expect(cues.find(words('where do they work')).map((f) => f.phrase)).toEqual(['does he work']);
    expect(cues.test(words('do you work'))).toBe(false);
    expect(cues.test(words('do work'))).toBe(false);
  });

  it('given a question, strips every phrase it finds and keeps the rest in order', () => {
    expect(cues.strip(words('which languages does he work in at netflix'))).toEqual(['which', 'in', 'at', 'netflix']);
    expect(cues.strip(words('nothing here'))).toEqual(['nothing', 'here']);
  });

  it('given a word that merely starts like a cue, finds nothing', () => {
    expect(cues.test(words('language'))).toBe(false);
    expect(cues.test(words('programming'))).toBe(false);
  });
});
