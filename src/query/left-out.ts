/**
 * "What language does he speak other than English?", "where did she work besides Netflix?": the question without the
 * thing left out, which the answer is then told to leave out (CommandQuery.besides).
 */

/** The words that leave something out ("other than", "besides"), as a pattern's alternatives. */
export const LEAVING_OUT = 'other than|besides|apart from|aside from|except(?: for)?|excluding|not counting';

/** The thing left out, in a few words, said last (when not said before more of the question, below). */
const LEFT_OUT = new RegExp(String.raw`\s*(?:,\s*)?\b(?:${LEAVING_OUT})\s+(?:the\s+)?([^?!.,;]+?)\s*[?!.]*$`, 'i');
/**
 * Or said before more of the question, up to a comma or the word the question goes on with: "which language other than
 * english does she speak?", "apart from english what does she speak", "she speaks something besides english, which was it?".
 */
const LEFT_OUT_BEFORE = new RegExp(
  String.raw`\b(?:${LEAVING_OUT})\s+(?:the\s+)?([^?!.,;]+?)(?=\s*[,;]|\s+(?:does|do|did|is|was|are|were|has|have|had|can|could|what|which|where|when|who|how)\b)`,
  'i',
);
const MAX_LEFT_OUT_WORDS = 4;
const SAYS_SOMETHING = /[\p{L}\p{N}]/u;

/** The question without what it leaves out, and what that is; undefined when it leaves nothing out. */
export function leftOutAsked(text: string): { rest: string; besides: string } | undefined {
  const found = LEFT_OUT_BEFORE.exec(text) ?? LEFT_OUT.exec(text);
  if (!found) return undefined;
  const besides = found[1]!.trim();
  const rest = `${text.slice(0, found.index)} ${text.slice(found.index + found[0].length)}`.replace(/\s+/g, ' ').trim();
  if (!SAYS_SOMETHING.test(rest) || besides.split(/\s+/).length > MAX_LEFT_OUT_WORDS) return undefined;
  return { rest, besides };
}
