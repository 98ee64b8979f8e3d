/** Who a question asks a referee is: someone the résumé names who is not its owner. */
import { fold } from './normalize.js';
import type { RoutingIndex } from './spans.js';

/** "Who is Marcus Feng?", "tell me about Dr. Anita Bose": who someone is, their name ending the question. */
const WHO_IS = /\b(?:who(?:'s|s| is| was)|about|regarding)\s+(?:the\s+)?(?:(?:dr|mr|mrs|ms|prof)\.?\s+)?([a-z]+)(?:\s+([a-z]+))?[?.!\s]*$/;

/** The name of someone the résumé names (a referee) when the question asks who they are, else undefined. */
export function whoTheyAre(text: string, index: RoutingIndex): string | undefined {
  const m = WHO_IS.exec(fold(text));
  const said = m ? [m[1]!, ...(m[2] ? [m[2]] : [])] : [];
  return said.length && said.every((w) => index.people.names.has(w)) ? said[0] : undefined;
}
