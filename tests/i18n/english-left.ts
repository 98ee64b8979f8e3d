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

const tokens = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Adjacent word pairs of some texts ("of experience"): a word beside its neighbour in the résumé is the résumé's. */
function pairsOf(texts: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (const text of texts) {
    const t = tokens(text);
    for (let i = 1; i < t.length; i++) pairs.add(`${t[i - 1]} ${t[i]}`);
  }
  return pairs;
}

export function englishDetector(tag: string, resumeStrings: readonly string[], extraEnglish: readonly string[] = []): Detector {
  // Longest first, so a highlight is taken out whole before a keyword inside it.
  const verbatim = [...resumeStrings].sort((a, b) => b.length - a.length);
  const resumePairs = pairsOf(resumeStrings);
  const phrases = [...catalogueWords(tag), ...extraEnglish, ...FUNCTION_WORDS];
  return {
    find(text, asked = []) {
      let rest = text;
      for (const s of [...verbatim, ...asked].sort((a, b) => b.length - a.length)) rest = rest.split(s).join(' ');
      // A slash command is the interface's own name, the same in every language (and so is `/people match`).
      rest = rest.replace(/\/[a-z-]+( match\b)?/g, ' ');
      // Résumé text cut short ("…") or wrapped onto lines is still the résumé's: each phrase is
      // judged with its neighbours, and one that sits in a word pair the résumé (or the question) says is theirs.
      const pairs = asked.length ? new Set([...resumePairs, ...pairsOf(asked)]) : resumePairs;
      const said = tokens(rest);
      return phrases.flatMap((p) => {
        const words = tokens(p);
        if (!words.length) return [];
        for (let i = 0; i + words.length <= said.length; i++) {
          if (!words.every((w, k) => said[i + k] === w)) continue;
          const inside = words.every((w, k) => k === 0 || pairs.has(`${words[k - 1]} ${w}`));
          const before = i > 0 && pairs.has(`${said[i - 1]} ${words[0]}`);
          const after = i + words.length < said.length && pairs.has(`${words.at(-1)} ${said[i + words.length]}`);
          if (inside && (before || after)) continue;
          const context = said.slice(Math.max(0, i - 5), i + words.length + 5).join(' ');
          return [`“${p}” in “${context}”`];
        }
        return [];
      });
    },
  };
}
