/**
 * Questions across people that lean on the answer before: "who else?", "anyone else know it?", "quem mais?" ask
 * for others than those it was about, and "who studied there?" for its place. Read from the words as typed
 * (whether it asks for others) and from the crowd question's words as the router reads them, in English ("quem
 * mais sabe isso" is "more know that", "quem estudou lá" is "study there").
 */
import { LEAVING_OUT } from '../query/left-out.js';
import { words } from '../query/normalize.js';

/** "Else" asks for people other than those answered about; Portuguese "mais" does only beside "quem" or "alguém". */
const ELSE = 'else';
const MAIS = 'mais';
/** "quem mais", "alguém mais", "mais alguém", "ninguém mais": not "quem tem mais experiência". */
const OTHERS_BESIDE_MAIS = new Set(['quem', 'alguem', 'ninguem']);
/** How "else" reads at the start of a crowd question's English: "mais" is glossed "more". */
const OTHERS_READ = new Set(['else', 'more']);
/** Words that leave the thing asked about to the answer before: "who else knows it?", "who else worked there?". */
const THING_BACK = new Set(['it', 'that', 'this', 'them', 'those', 'same', 'there']);
/** What may stand alone after "who else" and still ask nothing new: "who else does?", "anyone else too?". */
const NOTHING_NEW = new Set(['does', 'do', 'did', 'has', 'have', 'had', 'is', 'was', 'can', 'too', 'also']);

export interface OthersAsked {
  /** The crowd question without its "else" ("knows kafka"), as the router reads it and as typed. */
  readonly text: string;
  readonly said: string;
  /** It names nothing of its own: it is about what was asked before ("who else?", "who else knows it?"). */
  readonly pointsBack: boolean;
}

/** Whether a word of `said` (normalised words) asks for others: "else", or a "mais" beside "quem" or "alguém". */
function asksOthersAt(said: readonly string[], at: number): boolean {
  const word = said[at];
  if (word === ELSE) return true;
  return word === MAIS && (OTHERS_BESIDE_MAIS.has(said[at - 1] ?? '') || OTHERS_BESIDE_MAIS.has(said[at + 1] ?? ''));
}

/** Whether the words ask for people other than those answered about ("who else", "quem mais"). */
export function asksForOthers(said: readonly string[]): boolean {
  return said.some((_, at) => asksOthersAt(said, at));
}

/** The words without those asking for others. */
export function withoutOthers(said: readonly string[]): string[] {
  return said.filter((_, at) => !asksOthersAt(said, at));
}

/**
 * A person left out by name ("besides", "apart from", "other than", "except", "além de", "tirando"), found where the
 * name was said as "he" ("who else besides he knows kafka").
 */
const LEFT_OUT = new RegExp(String.raw`\b(?:${LEAVING_OUT}|alem d[aeo]s?|exceto|tirando|fora)\s+he\b`);

/**
 * The words of a question that names one person only to leave them out ("who else besides Lena knows Kafka?",
 * "besides Jordan, who else knows postgres"), without that person and "else": what everyone else is asked
 * ("who knows kafka"). `spoken`: the question with the name said as "he". Undefined when no one is left out.
 */
export function withoutLeftOut(spoken: string): string | undefined {
  const said = words(spoken).join(' ');
  if (!LEFT_OUT.test(said)) return undefined;
  return withoutOthers(words(said.replace(LEFT_OUT, ' '))).join(' ');
}

/** A crowd question (its English `text`, its words as typed `said`) that asks for others; null when it does not. */
export function othersAsked(typed: string, text: string, said: string): OthersAsked | null {
  if (!asksForOthers(words(typed))) return null;
  const read = words(text);
  let from = 0;
  while (from < read.length && OTHERS_READ.has(read[from]!)) from++;
  const rest = read.slice(from).filter((w) => w !== ELSE);
  // As typed, the words asking for others go, each known by its place among the typed words; `said` starts after
  // the cue, so a "mais" first there followed "quem" or "alguém".
  const tokens = said.split(/\s+/);
  const saidWords = words(said);
  const others = (at: number) => asksOthersAt(saidWords, at) || (at === 0 && saidWords[0] === MAIS);
  // Each token is its own word unless normalising split or joined some: then the words stand for the tokens.
  const kept = (saidWords.length === tokens.length ? tokens : saidWords).filter((_, at) => !others(at));
  return {
    text: rest.join(' '),
    said: kept.join(' '),
    pointsBack: rest.some((w) => THING_BACK.has(w)) || rest.every((w) => NOTHING_NEW.has(w)),
  };
}

/** A route's query without the person it re-asks ("confluent (lena)" is "confluent"). */
export function withoutPerson(query: string, id: string): string {
  const suffix = ` (${id})`;
  return (query.endsWith(suffix) ? query.slice(0, -suffix.length) : query === `(${id})` ? '' : query).trim();
}

/** The word of a crowd question's English that points back at a place. */
const THERE = 'there';
/** Where a crowd question's words name a place: from their last "at" or "in" ("worked at google": "at google"). */
const PLACE_LEADS = new Set(['at', 'in']);

/**
 * A crowd question's English with its "there" named by the question before ("who studied there?" after "who worked
 * at google?" is "study at google"); the words as they are when they point at no place; null when the place is
 * not to be had (nothing before, or no place in it).
 */
export function thereNamed(text: string, before: string | undefined): string | null {
  const said = words(text);
  if (!said.includes(THERE)) return text;
  const asked = words(before ?? '');
  const from = asked.findLastIndex((w) => PLACE_LEADS.has(w));
  if (from < 0 || from === asked.length - 1) return null;
  const place = asked.slice(from).join(' ');
  return said.map((w) => (w === THERE ? place : w)).join(' ');
}
