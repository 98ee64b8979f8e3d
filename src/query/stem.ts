/**
 * Word forms by stem: "bake"/"baking", "cycle"/"cycling", "climber"/"climbing",
 * "advisor"/"advised". Porter's stemmer (the `stemmer` package) finds the stem; a word is
 * read as a form of it only when what follows the stem is an inflection (a plural, -ed,
 * -ing, -er/-or...), so derivations Porter also folds together ("general"/"generate",
 * "universe"/"university", "organ"/"organization") stay apart.
 */
import { stemmer } from 'stemmer';

/** What may follow a stem in another form of the same word. */
const INFLECTIONS = new Set(['', 'e', 's', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'or', 'ors', 'y', 'ies', 'ied']);
/** Agent nouns ("advisor", "climber") that Porter leaves whole: their stem is the verb's (at least five letters before the ending, so "letter" is not "let"). */
const AGENT = /^(.{5,}?)(?:or|er)s?$/;
/** Agent nouns in -ist name one who does what the -ing form says ("cyclist" of "cycling"): four letters at least before it. */
const AGENT_IST = /^(.{4,}?)ists?$/;

/** The part of `word` after `stem`, allowing a doubled last consonant ("running" → "run" + "ing"), or null when `word` does not start with it. */
function ending(word: string, stem: string): string | null {
  const base = stem.endsWith('e') || stem.endsWith('i') ? stem.slice(0, -1) : stem;
  if (!word.startsWith(base)) return null;
  let rest = word.slice(base.length);
  if (rest.length > 1 && rest[0] === base.at(-1) && !'aeiou'.includes(rest[0]!)) rest = rest.slice(1);
  return rest;
}

function inflectedStem(word: string): string | null {
  const stem = stemmer(word);
  if (stem.length < 3 || stem === word) return stem === word ? word : null;
  const rest = ending(word, stem);
  return rest !== null && INFLECTIONS.has(rest) ? stem : null;
}

/**
 * The key two forms of one word share, or null for a word too short to stem or whose
 * ending is a derivation, not an inflection. Only letters are stemmed ("c++", "node.js" are names).
 */
export function stemKey(word: string): string | null {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return null;
  // An agent noun stems as its verb's "-ing" form would: "advisor" as "advising", "climber" as "climbing".
  const agent = AGENT.exec(word) ?? AGENT_IST.exec(word);
  return (agent ? inflectedStem(`${agent[1]!}ing`) : null) ?? inflectedStem(word);
}
