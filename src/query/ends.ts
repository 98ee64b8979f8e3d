/**
 * The words that ask for one end of what is found, by date: the earliest ("her first internship", "/experience first")
 * or the latest ("his latest paper"). Free text, a command's typed text and the route that re-asks an answer read them
 * from here, so each says them alike.
 */
export const FIRST_WORDS: readonly string[] = ['first', 'earliest', 'oldest'];
export const LATEST_WORDS: readonly string[] = ['latest', 'newest', 'last', 'most recent'];

/** Which end a word (or "most recent") asks for; undefined for any other. */
export function endAsked(word: string): 'first' | 'last' | undefined {
  const said = word.toLowerCase();
  if (FIRST_WORDS.includes(said)) return 'first';
  return LATEST_WORDS.includes(said) ? 'last' : undefined;
}

/** The same words as an alternation for a pattern: the longest first, so "most recent" is not read as "most". */
export const END_WORDS_PATTERN = [...FIRST_WORDS, ...LATEST_WORDS].sort((a, b) => b.length - a.length).join('|');

/** "First ever", "very first", "very last": the end asked, said with a word that only stresses it. */
const STRESSED_END = /\b(?:very (first|last|earliest|latest)|(first|earliest) ever)\b/g;

/** The words with a stressed end said plainly ("his first ever job": his first job). */
export const endsSaidPlainly = (normalized: string): string =>
  normalized.includes('very') || normalized.includes('ever') ? normalized.replace(STRESSED_END, (_, a, b) => a ?? b) : normalized;
