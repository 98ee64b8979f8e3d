/**
 * Finding English the bot added to an answer meant for another language: any English catalogue
 * text (a whole word or phrase of it) that the other catalogue words differently, and a short list
 * of English function words. Résumé text stays as written, so every string of the résumé is taken
 * out first; so are slash commands (the interface's own names) and the asker's own words.
 */
import { readFileSync } from 'node:fs';
import type { Answer } from '../../src/model/answer.js';

/** Words no Portuguese sentence uses but nearly every English one does. */
const FUNCTION_WORDS = [
  'the',
  'of',
  'and',
  'with',
  'from',
  'by',
  'at',
  'is',
  'are',
  'was',
  'this',
  'that',
  'these',
  'which',
  'what',
  'who',
  'please',
  'nothing',
  'not',
  'for',
  'your',
  'his',
  'her',
  'to',
  'in',
  'or',
  'yrs',
  'mos',
  'yet',
  'here',
  'there',
];

type Raw = Record<string, unknown>;

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

/** Every string of a JSON document (a résumé): the text the bot shows as written. */
export function stringsOf(file: string): string[] {
  return [...new Set(texts(JSON.parse(readFileSync(file, 'utf8'))))].filter((s) => s.trim().length > 1);
}

/** The English catalogue's words and phrases that `tag`'s catalogue says otherwise (a text both share, "Links", is no leftover). */
export function catalogueWords(tag: string): string[] {
  const en = JSON.parse(readFileSync('data/locales/en.json', 'utf8')) as Raw;
  const other = JSON.parse(readFileSync(`data/locales/${tag}.json`, 'utf8')) as Raw;
  const theirs = texts(Object.entries(other).flatMap(([key, value]) => (key === 'lists' ? [] : [value])))
    .join('\n')
    .replace(/\{\w+\}/g, ' ');
  const phrases = Object.entries(en)
    .filter(([key]) => key !== 'lists')
    .filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(other[key]))
    .flatMap(([, value]) => texts(value))
    .flatMap((text) => text.split(/\{\w+\}|[.,:;!?()“”"—–·…]/))
    .map((fragment) => fragment.trim())
    // A name both say ("Kafka", "PDF") is no English left.
    .filter((fragment) => /\p{L}{4,}/u.test(fragment) && !wordPattern(fragment).test(theirs));
  return [...new Set(phrases)];
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordPattern = (phrase: string) => new RegExp(`(?<![\\p{L}\\p{N}])${literal(phrase)}(?![\\p{L}\\p{N}])`, 'iu');

/** All the text of an answer a person reads. */
export function answerText(answer: Answer): string {
  return [
    answer.title,
    answer.subtitle,
    answer.body,
    answer.footer,
    ...answer.fields.flatMap((f) => [f.label, f.value]),
    ...answer.sections.flatMap((s) => [s.heading, ...s.bullets]),
    ...answer.links.map((l) => l.label),
    ...answer.suggestions,
    ...(answer.attachments ?? []).map((a) => a.label),
  ]
    .filter(Boolean)
    .join('\n');
}

export interface Detector {
  /** The English left in `text` once the résumé's strings and the `asked` words are taken out. */
  find(text: string, asked?: readonly string[]): string[];
}

export function englishDetector(tag: string, resumeStrings: readonly string[], extraEnglish: readonly string[] = []): Detector {
  // Longest first, so a highlight is taken out whole before a keyword inside it.
  const verbatim = [...resumeStrings].sort((a, b) => b.length - a.length);
  const phrases = [...catalogueWords(tag), ...extraEnglish].map((p) => ({ p, re: wordPattern(p) }));
  const words = FUNCTION_WORDS.map((p) => ({ p, re: wordPattern(p) }));
  return {
    find(text, asked = []) {
      let rest = text;
      for (const s of [...verbatim, ...asked].sort((a, b) => b.length - a.length)) rest = rest.split(s).join(' ');
      // A slash command is the interface's own name, the same in every language (and so is `/people match`).
      rest = rest.replace(/\/[a-z-]+( match\b)?/g, ' ');
      return [...phrases, ...words].flatMap(({ p, re }) => {
        const at = re.exec(rest);
        return at ? [`“${p}” in “${rest.slice(Math.max(0, at.index - 30), at.index + p.length + 30).replace(/\s+/g, ' ')}”`] : [];
      });
    },
  };
}
