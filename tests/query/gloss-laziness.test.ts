/**
 * A command's text is glossed by every language only when that can change what it means: a
 * modifier is read from its first word, so glossMayLead says, from the glossaries' phrases and
 * the stems of the few entries that can lead, whether glossing may start with such a word. Its
 * promise is checked against glossAny itself over every word and phrase the catalogues list.
 */
import { describe, expect, it } from 'vitest';
import { catalogues, DEFAULT_LOCALE } from '../../src/i18n/catalogue.js';
import { glossAny, glossMayLead } from '../../src/query/language.js';
import { parseQuery } from '../../src/query/modifiers.js';
import { normalize } from '../../src/query/normalize.js';

const EXPERIENCE = ['current', 'previous', 'first', 'year', 'relative', 'employer', 'place', 'position', 'entry'] as const;

/** Every word and left-hand phrase of every other catalogue's lists, alone, before a name and after one. */
function catalogueTexts(): string[] {
  const texts = new Set<string>();
  for (const tag of catalogues.locales().filter((t) => t !== DEFAULT_LOCALE)) {
    for (const entry of Object.values(catalogues.catalogue(tag).lists).flat()) {
      const from = normalize(entry.split('=')[0]!);
      if (!from) continue;
      texts.add(from);
      for (const word of from.split(' ')) {
        texts.add(word);
        // Forms the lists do not spell, read by their stem: plurals, feminines.
        texts.add(`${word}s`);
        texts.add(`${word.slice(0, -1)}as`);
        texts.add(`${word} netflix`);
        texts.add(`netflix ${word}`);
      }
    }
  }
  return [...texts].filter(Boolean);
}

const firstWord = (text: string): string => text.split(' ')[0] ?? '';

describe('glossing a command text only when it can lead to a modifier', () => {
  const texts = catalogueTexts();
  const englishWords = new Set(texts.flatMap((t) => glossAny(t).split(' ')).filter(Boolean));
  const leads: Array<[string, (word: string) => boolean]> = [
    ['a modifier word', (w) => /^(current|now|latest|previous|last|first|before|after|at|in|as|(19|20)\d\d)$/.test(w)],
    ['any English word a glossary gives', (w) => englishWords.has(w) && !texts.includes(w)],
    ['a word of four letters', (w) => w.length === 4],
  ];

  it.each(leads)('never says no when glossAny starts with %s', (_name, lead) => {
    expect(texts.length).toBeGreaterThan(1000);
    const missed = texts.filter((t) => !glossMayLead(t, lead) && lead(firstWord(glossAny(t))));
    expect(missed).toEqual([]);
  });

  it('says no for plain English and names, and yes for the other language’s modifiers', () => {
    const lead = leads[0]![1];
    expect(['netflix', 'kubernetes', 'performance architect', 'google cloud'].filter((t) => glossMayLead(t, lead))).toEqual([]);
    expect(['atual', 'antes da netflix', 'primeiras', 'ultimos', 'em 2015'].filter((t) => !glossMayLead(t, lead))).toEqual([]);
  });

  it('still reads a Portuguese command text as its modifier, a form by its stem too', () => {
    expect(parseQuery('atual', EXPERIENCE)).toEqual({ text: '', modifier: { kind: 'current' } });
    expect(parseQuery('antes da netflix', EXPERIENCE)).toEqual({
      text: '',
      modifier: { kind: 'relative', direction: 'before', anchor: 'netflix' },
    });
    expect(parseQuery('primeiras', EXPERIENCE)).toEqual({ text: '', modifier: { kind: 'first' } });
    // "último" is the latest one, the current when there is one; "anterior" the one before it.
    expect(parseQuery('ultimos', EXPERIENCE)).toEqual({ text: '', modifier: { kind: 'current' } });
    expect(parseQuery('anterior', EXPERIENCE)).toEqual({ text: '', modifier: { kind: 'previous' } });
    expect(parseQuery('netflix', EXPERIENCE)).toEqual({ text: 'netflix' });
  });
});
