/**
 * Who a question may be about, as its words say it: the subject of its verb, whose something it asks
 * for, a first and last name. Only the words: whether one is a name the résumé knows, a referee's or
 * nobody's is for routing to judge with the person's own index.
 */

/** The pronouns a subject may be: a word after one is its verb or what it is asked with, never someone. */
const PRONOUNS = 'he|she|they|it|i|you|we';

/**
 * Who a question is about: the word after "does/did/is…" ("does Richard speak…"), before a possessive ("Richard's
 * hobbies"), or after "who is". Not after a subject of its own: "she has pet snakes?" asks of her, not of "pet".
 */
const SUBJECT = new RegExp(
  String.raw`(?:^|[^a-z'])(?<!\b(?:${PRONOUNS})\s+)(?:does|did|is|was|has|had|can|could|will|would|do)\s+(?:(?:dr|mr|mrs|ms|prof)\.?\s+)?([a-z]+)\s+[a-z]`,
  'g',
);
const POSSESSIVE = /([a-z]+)'s\b/g;
const WHO = /\bwho(?:'s|s| is| was)\s+([a-z]+)\b/g;
/** A first and last name the question is about ("tell me about lena vasquez", or just "lena vasquez"). */
const FULL_NAME = /(?:^|\babout |\bon |\bregarding )([a-z]{2,})\s+([a-z]{2,})[?.!\s]*$/g;
/**
 * A subject before its verb with no auxiliary, as Portuguese asks and its gloss reads ("what the joao did at picpay",
 * "the maya knows python", "the marcus feng worked at confluent": a surname may follow): the word after an article or a
 * question word, unless a pronoun follows the verb ("what
 * year did he…"). Looked up like a name after "of": a word close to one the résumé uses is a typo, not a person.
 */
const SUBJECT_FIRST = new RegExp(
  String.raw`(?:^|\b(?:what|where|when|how|which|why|the|a)\s+)(?!(?:the|an?)\b)([a-z]{2,})(?:\s+(?!(?:${PRONOUNS}|did|does|do|was|is|has|had)\b)[a-z]{2,})?\s+(?:did|does|do|was|is|has|had|knows?|speaks?|[a-z]+ed)\b(?!\s+(?:${PRONOUNS})\b)`,
  'g',
);
/** Whose something is, said after it: "the email of maya" (Portuguese "o email da maya" reads so). */
const OF_NAME = /\bof (?:the )?([a-z]{2,})[?.!\s]*$/g;

export interface SubjectsNamed {
  /** The subject of an auxiliary, a possessor, who "who is" asks about: in that order. */
  readonly named: readonly string[];
  /** A first and last name the question ends with. */
  readonly fullNames: ReadonlyArray<readonly [string, string]>;
}

/** The words that may name who the folded question is about, looked at first. */
export function subjectsNamed(folded: string): SubjectsNamed {
  const named: string[] = [];
  firstGroups(SUBJECT, folded, named);
  if (folded.includes("'s")) firstGroups(POSSESSIVE, folded, named);
  if (folded.includes('who')) firstGroups(WHO, folded, named);
  const fullNames: Array<readonly [string, string]> = [];
  FULL_NAME.lastIndex = 0;
  for (let m = FULL_NAME.exec(folded); m; m = FULL_NAME.exec(folded)) fullNames.push([m[1]!, m[2]!]);
  return { named, fullNames };
}

/** Whose something is after "of", and a subject before its verb: read only when none of the first is anyone. */
export function subjectsAfter(folded: string): string[] {
  const after: string[] = [];
  if (folded.includes('of ')) firstGroups(OF_NAME, folded, after);
  firstGroups(SUBJECT_FIRST, folded, after);
  return after;
}

/** The first group of each match of a global pattern, in order (as matchAll gives them, without its iterator and arrays). */
function firstGroups(pattern: RegExp, text: string, into: string[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    into.push(m[1]!);
    if (m[0] === '') pattern.lastIndex++;
  }
}
