/**
 * What an asker adds beside a question, which no résumé need say: a note in parentheses ("anyone who does python and
 * kafka (kafka streams counts)?", "a linux foundation cert (CKA, CKAD, that kind of thing)"), or more said after the
 * question mark ("who studied project management? short courses count").
 */

const PARENTHESES = /\([^()]*\)/g;
const SAYS_SOMETHING = /[\p{L}\p{N}]/u;

/** The question without its asides; undefined when it has none, or nothing is left without them. */
export function withoutAside(text: string): string | undefined {
  let plain = text.replace(PARENTHESES, ' ');
  const mark = plain.indexOf('?');
  if (mark >= 0 && SAYS_SOMETHING.test(plain.slice(mark + 1))) plain = plain.slice(0, mark + 1);
  plain = plain.replace(/\s+/g, ' ').trim();
  return plain !== text.trim() && SAYS_SOMETHING.test(plain) ? plain : undefined;
}
