/**
 * A résumé may name its spoken languages in their own words ("Español", "Català", "Euskara") or in its writer's
 * ("Inglês"): each is still that language to whoever asks in English or Portuguese, and keeps its own name as its
 * title. The names come from data/languages/names.json, which must say what Intl says.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishLanguageName } from '../../commands/language-names.js';
import { directoryBot } from '../directory/fixture.js';
import { parseLine } from '../helpers/bot.js';
import { botFor } from './fixture-bots.js';

const asked = (resume: string, text: string) => {
  const answer = botFor(resume).answer(parseLine(text));
  return [answer.route?.command, answer.matches[0]?.title ?? null];
};

describe('spoken languages named in another language', () => {
  it('given a name in another language, gives its English name; an English name or an unknown word gives none', () => {
    expect(englishLanguageName('Español')).toBe('Spanish');
    expect(englishLanguageName('Euskara')).toBe('Basque');
    expect(englishLanguageName('Inglês')).toBe('English');
    expect(englishLanguageName('Deutsch')).toBe('German');
    expect(englishLanguageName('Spanish')).toBeUndefined();
    expect(englishLanguageName('Klingon')).toBeUndefined();
  });

  it('given "Español" and "Euskara", answers questions asking for Spanish and Basque with them', () => {
    expect(asked('martin-alvarez', 'does he speak spanish?')).toEqual(['languages', 'Español']);
    expect(asked('martin-alvarez', '/languages basque')).toEqual(['languages', 'Euskara']);
    expect(asked('martin-alvarez', 'ele fala espanhol?')).toEqual(['languages', 'Español']);
    expect(asked('martin-alvarez', 'does he speak french?')).toEqual(['languages', null]);
  });

  it('given a question naming a language in another language, answers with the entry that is that language', () => {
    expect(asked('martin-alvarez', 'ele fala basco?')).toEqual(['languages', 'Euskara']);
    expect(asked('martin-alvarez', '/languages basco')).toEqual(['languages', 'Euskara']);
    expect(asked('martin-alvarez', '/languages catalão')).toEqual(['languages', 'Català']);
    expect(asked('senior-engineer', '/languages espagnol')).toEqual(['languages', 'Spanish']);
    // Only a whole name: the start of a word ("porto") is no language.
    expect(asked('senior-engineer', '/languages porto')).toEqual(['languages', null]);
    expect(asked('martin-alvarez', '/languages alemão')).toEqual(['languages', null]);
  });

  it('given a directory, counts a Spanish speaker who writes "Español" among those who speak Spanish', () => {
    const answer = directoryBot().answer(parseLine('who speaks spanish?'));
    expect(answer.matches.map((m) => m.person?.id).sort()).toEqual(['career-changer', 'martin-alvarez', 'senior-engineer']);
  });

  it('given a directory, asked for a language by its name in another language, lists whoever speaks it', () => {
    const listed = (text: string) =>
      [
        ...new Set(
          directoryBot()
            .answer(parseLine(text))
            .matches.map((m) => m.person?.id),
        ),
      ].sort();
    expect(listed('quem fala basco?')).toEqual(['martin-alvarez']);
    expect(listed('who speaks spanisch?')).toEqual(['career-changer', 'martin-alvarez', 'senior-engineer']);
    expect(listed('quem fala russo?')).toEqual([]);
  });

  it('are the names Intl gives every language in its own words and in the languages résumés are most often written in', async () => {
    // @ts-expect-error: a plain script of tools/, read for its one function
    const { languageNames } = (await import('../../tools/build-language-names.mjs')) as { languageNames: () => Record<string, string> };
    const file = JSON.parse(readFileSync('data/languages/names.json', 'utf8')) as { names: Record<string, string> };
    expect(file.names).toEqual(languageNames());
  });
});
