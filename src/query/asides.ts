/**
 * What an asker adds beside a question, which no résumé need say: a note in parentheses ("anyone who does python and
 * kafka (kafka streams counts)?", "a linux foundation cert (CKA, CKAD, that kind of thing)"), more said after the
 * question mark ("who studied project management? short courses count"), a clause that widens it ("…, even just
 * kafka streams"), or a time of their own ("before my call —").
 */

const PARENTHESES = /\([^()]*\)/g;
/** A clause that widens what is asked, after a comma or a dash: "…touched kafka before, even just kafka streams". */
const WIDENING = /\s*[,—–-]\s*even\s+(?:just|only|a little|a bit|briefly|slightly|casually|if)\b[^?()]*/gi;
const SAYS_SOMETHING = /[\p{L}\p{N}]/u;

/** The question without its asides; undefined when it has none, or nothing is left without them. */
export function withoutAside(text: string): string | undefined {
  let plain = text.replace(PARENTHESES, ' ').replace(WIDENING, ' ');
  const mark = plain.indexOf('?');
  if (mark >= 0 && SAYS_SOMETHING.test(plain.slice(mark + 1))) plain = plain.slice(0, mark + 1);
  plain = plain.replace(/\s+/g, ' ').trim();
  return plain !== text.trim() && SAYS_SOMETHING.test(plain) ? plain : undefined;
}

/**
 * A time of the asker's own, closed by punctuation ("before my call w/ the hiring mgr —", "after we meet,"): no time
 * of the résumé's, and its words ("call") no cue of what is asked.
 */
const ASKERS_TIME = /\b(?:before|after|ahead of|prior to)\s+(?:i|we|you|my|our|your)\b[^—–:;,.!?()]*[—–:;,.!?]/i;
const ASKERS_TIMES = new RegExp(ASKERS_TIME.source, 'gi');

/** A note in parentheses after the question mark, ending the text: "…right before northwind? (pretty sure it was…)". */
const AFTERTHOUGHT = /\?\s*\([^()]*\)\s*$/;

/** The question without a time of the asker's own, nor a note in parentheses after it. */
export function questionAsked(text: string): string {
  const own = ASKERS_TIME.test(text) ? text.replace(ASKERS_TIMES, ' ') : text;
  return own.includes('(') ? own.replace(AFTERTHOUGHT, '?') : own;
}
