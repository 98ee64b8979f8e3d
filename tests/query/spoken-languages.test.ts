/**
 * The spoken languages' names the router knows are the names Intl gives the ISO 639-1 codes,
 * and one of them alone asks the languages whatever the verb; inside a longer name it does not.
 */
import { describe, expect, it } from 'vitest';
import { SPOKEN_LANGUAGES } from '../../commands/spoken-languages.js';
import { parseLine } from '../helpers/bot.js';
import { botFor } from './fixture-bots.js';

describe('spoken languages', () => {
  it('are the English names Intl gives every two-letter language code, lower-cased, without regional variants', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    const letters = [...'abcdefghijklmnopqrstuvwxyz'];
    const fromIntl = new Set(
      letters
        .flatMap((a) => letters.map((b) => a + b))
        .flatMap((code) => names.of(code) ?? [])
        .filter((name) => !name.includes('('))
        .map((name) => name.toLowerCase()),
    );
    expect([...SPOKEN_LANGUAGES].sort()).toEqual([...fromIntl].sort());
  });

  const asked = (resume: string, text: string) => {
    const answer = botFor(resume).answer(parseLine(text));
    return [answer.route?.command, answer.matches[0]?.title ?? null];
  };

  it('given one asked with "know", asks the spoken languages, not a "Programming Languages" group', () => {
    expect(asked('career-changer', 'does he know spanish?')).toEqual(['languages', 'Spanish']);
    expect(asked('career-changer', 'ele sabe espanhol?')).toEqual(['languages', 'Spanish']);
    expect(asked('new-grad', 'does she know spanish?')).toEqual(['languages', null]);
    expect(asked('martin', 'ele sabe espanhol?')).toEqual(['languages', null]);
  });

  it('given one inside a longer name, reads it as an ordinary word', () => {
    expect(asked('martin', 'did he work in latin america?')[0]).toBe('experience');
  });
});
