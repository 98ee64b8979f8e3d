/**
 * Who a question is about, in a directory of people: a name in the text ("what did lena do at
 * confluent?", "martin's skills", "/skills vasquez kafka"), by first name, last name, the
 * person's id, a unique prefix or with a typo. Exact names win; a prefix or a typo counts only
 * for a word no résumé uses otherwise ("java" is never "Jana"), so a question's topic is not
 * mistaken for a person.
 */
import { allowedTypos, editDistance, fold, words } from './normalize.js';
import { FILLER, STOPWORDS } from './stopwords.js';

export interface NamedPerson {
  readonly id: string;
  readonly name: string;
}

/** Titles and suffixes that are part of a written name but never how someone is asked about. */
const HONORIFICS = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'sir', 'jr', 'sr', 'ii', 'iii', 'phd', 'md', 'msc', 'mba']);

/** Shortest typed prefix taken as a name ("len" for Lena): shorter ones are too often words. */
const MIN_PREFIX = 3;

export interface NameFinder {
  /**
   * The people the text names, and the text without those names (and without a possessive
   * 's on them). `ambiguous` lists everyone a lone word could mean when it fits several
   * people (two Martins), so the caller can ask which one. `spoken` is the text with the name said as a pronoun
   * ("what tools does he use?", "what are his skills?"), for words that only read as a question with a subject.
   */
  find(text: string): { ids: string[]; rest: string; spoken: string; ambiguous: string[] };
  /** Who a typed value means: an id, a name, a unique prefix or a typo (the `person` option). */
  resolve(value: string): string[];
}

/** Notes that the person bears a word of a name. */
function bearerOf(byWord: Map<string, Set<string>>, word: string, id: string): void {
  let ids = byWord.get(word);
  if (!ids) byWord.set(word, (ids = new Set()));
  ids.add(id);
}

/** A name's words lower-cased with their accents (composed): "Martín Álvarez" → martín, álvarez. */
function accentedWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
}

export function nameWordsOf(name: string): string[] {
  return words(name).filter((w) => w.length > 1 && !HONORIFICS.has(w));
}

/** `isTopic(word)`: true when a résumé uses the word; such a word is never a fuzzy name. */
export function createNameFinder(people: readonly NamedPerson[], isTopic: (word: string) => boolean): NameFinder {
  const byWord = new Map<string, Set<string>>();
  const byId = new Map<string, string>();
  for (const person of people) {
    byId.set(fold(person.id), person.id);
    for (const w of nameWordsOf(person.name)) bearerOf(byWord, w, person.id);
  }
  const nameWordList = [...byWord.keys()];
  // A name's words as spelled, accents kept: "martín" typed so is Martín, though "martin" may be either.
  const byAccented = new Map<string, Set<string>>();
  for (const person of people) for (const w of accentedWords(person.name)) bearerOf(byAccented, w, person.id);

  /** People a single typed word can mean, and whether it was an exact name. */
  function candidates(word: string): { ids: string[]; exact: boolean } {
    const exact = byWord.get(word);
    if (exact) return { ids: [...exact], exact: true };
    if (STOPWORDS.has(word) || FILLER.has(word) || isTopic(word) || /^\d+$/.test(word)) return { ids: [], exact: false };
    const found = new Set<string>();
    if (word.length >= MIN_PREFIX) for (const w of nameWordList) if (w.startsWith(word)) for (const id of byWord.get(w)!) found.add(id);
    if (found.size === 0) {
      const typos = allowedTypos(word);
      if (typos > 0)
        for (const w of nameWordList) if (editDistance(word, w, typos) <= typos) for (const id of byWord.get(w)!) found.add(id);
    }
    return { ids: [...found], exact: false };
  }

  return {
    find(text) {
      const tokens = fold(text).split(/(\s+)/);
      const typed = text.split(/(\s+)/);
      const named = new Set<string>();
      const ambiguous = new Set<string>();
      // Words that all belong to one person ("lena vasquez") settle who a shared first name means.
      const perWord = tokens.map((token, at) => {
        // "(lena)": a person's id in parentheses is that person, never a word (share buttons re-ask with it).
        const tagged = /^\(([^()\s]+)\)[?!.,;:]*$/.exec(token);
        const taggedId = tagged ? byId.get(tagged[1]!) : undefined;
        if (taggedId) return { token, ids: [taggedId], exact: true };
        const ws = words(token);
        // A file name typed as it is ("senior-engineer"), unless it is a name several people share.
        const id = byId.get(token.replace(/('s)?[?!.,;:]*$/, ''));
        const shared = ws.length === 1 && (byWord.get(ws[0]!)?.size ?? 0) > 1;
        if (id && !shared) return { token, ids: [id], exact: true };
        if (ws.length !== 1) return { token, ids: [] as string[], exact: false };
        const found = candidates(ws[0]!);
        // A shared name typed with its accents is whoever spells it so, when one person does.
        const accented = found.exact && found.ids.length > 1 && typed.length === tokens.length ? accentedWords(typed[at]!) : [];
        const spelled = accented.length === 1 && /[^\x00-\x7f]/.test(accented[0]!) ? byAccented.get(accented[0]!) : undefined;
        return { token, ...(spelled?.size === 1 ? { ids: [...spelled], exact: true } : found) };
      });
      const unique = perWord.filter((w) => w.ids.length === 1).map((w) => w.ids[0]!);
      for (const id of unique) named.add(id);
      // Neighbouring exact names together ("ana almeida") mean whoever bears them all, when that is one person.
      const spoken = perWord.filter((w) => !/^\s*$/.test(w.token));
      for (let i = 0; i + 1 < spoken.length; i++) {
        const [a, b] = [spoken[i]!, spoken[i + 1]!];
        if (!a.exact || !b.exact || a.ids.length < 2 || b.ids.length < 2) continue;
        const both = a.ids.filter((id) => b.ids.includes(id));
        if (both.length === 1) named.add(both[0]!);
      }
      for (const w of perWord) {
        if (w.ids.length <= 1) continue;
        const settled = w.ids.filter((id) => named.has(id));
        if (settled.length === 1) continue;
        // A fuzzy word that fits several people is no name at all; an exact shared first name is a question of which.
        if (w.exact) for (const id of w.ids) ambiguous.add(id);
      }
      // A name's word goes, with its possessive; the punctuation after it stays.
      const rest = perWord
        .map((w) => (w.ids.length === 1 || w.exact ? w.token.replace(/^.*?(?=[?!.,;:]*$)/, '') : w.token))
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
      // The name as a pronoun: "he" where it starts ("his" when it ends with a possessive), its other words gone.
      const said: string[] = [];
      let runAt = -1;
      for (const w of perWord) {
        const isName = w.ids.length === 1 || w.exact;
        if (!isName) {
          if (!/^\s*$/.test(w.token)) runAt = -1;
          said.push(w.token);
          continue;
        }
        const possessive = /['’]s\b/.test(w.token);
        if (runAt < 0) runAt = said.length;
        else said[runAt] = said[runAt]!.replace(/^(he|his)/, possessive ? 'his' : 'he');
        said.push(w.token.replace(/^.*?(?=[?!.,;:]*$)/, said.length === runAt ? (possessive ? 'his' : 'he') : ''));
      }
      const asPronoun = said.join('').replace(/\s+/g, ' ').trim();
      return { ids: [...named], rest, spoken: asPronoun, ambiguous: named.size ? [] : [...ambiguous] };
    },
    resolve(value) {
      // "Martin Spier (martin-2)": the completion of a name two people share ends with the id.
      const tail = /\(([^()]+)\)\s*$/.exec(value);
      const folded = fold((tail ? tail[1]! : value).trim());
      const id = byId.get(folded);
      if (id) return [id];
      const typed = nameWordsOf(value);
      if (typed.length === 0) return [];
      // Every typed word must fit the same person: "lena vas" is Lena Vasquez.
      let ids: Set<string> | null = null as Set<string> | null;
      for (const word of typed) {
        // Over the distinct name words, not the people: a thousand people share a few hundred names.
        const fits = new Set<string>();
        const typos = allowedTypos(word);
        for (const w of byWord.has(word) ? [word] : nameWordList)
          if (w === word || (word.length >= 2 && w.startsWith(word)) || (typos && editDistance(word, w, typos) <= typos))
            for (const id of byWord.get(w)!) fits.add(id);
        ids = ids === null ? fits : new Set([...ids].filter((x: string) => fits.has(x)));
        if (ids.size === 0) break;
      }
      return [...(ids ?? [])];
    },
  };
}
