/** Who a question asks a referee is: someone the résumé names who is not its owner. */
import { allowedTypos, editDistance, fold } from './normalize.js';
import type { RoutingIndex } from './spans.js';

/** "Who is Marcus Feng?", "tell me about Dr. Anita Bose": who someone is, their name ending the question. */
const WHO_IS = /\b(?:who(?:'s|s| is| was)|about|regarding)\s+(?:the\s+)?(?:(?:dr|mr|mrs|ms|prof)\.?\s+)?([a-z]+)(?:\s+([a-z]+))?[?.!\s]*$/;

/** The name (one or two words) a question asks who is, as written; none when it asks no such thing. */
export function refereeAsked(text: string): readonly string[] {
  const m = WHO_IS.exec(fold(text));
  return m ? [m[1]!, ...(m[2] ? [m[2]] : [])] : [];
}

/** The name of someone the résumé names (a referee) when the question asks who they are (`said`: refereeAsked), else undefined. */
export function whoTheyAre(said: readonly string[], index: RoutingIndex): string | undefined {
  return said.length && said.every((w) => index.people.names.has(w)) ? said[0] : undefined;
}

/** "Who is Lighthouse?": the first word of the name a question asks who is. */
const WHO_NAMED = /\bwho(?:'s|s| is| was)\s+(?:the\s+)?(?:(?:dr|mr|mrs|ms|prof)\.?\s+)?([a-z][a-z-]*)\b/;

/** The owner's name as typed, a letter or two off ("odegard" of Ødegård) included, is no one else. */
export function whoIsNamed(text: string, index: RoutingIndex): string | undefined {
  const named = WHO_NAMED.exec(fold(text))?.[1];
  const owners = named ? [...index.nameWords] : [];
  return named && !owners.some((w) => editDistance(named, w, allowedTypos(w)) <= allowedTypos(w)) ? named : undefined;
}
