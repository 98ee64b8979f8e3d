/**
 * "What language does he speak other than English?", "where did she work besides Netflix?": the question without the
 * thing left out, which the answer is then told to leave out (CommandQuery.besides).
 */

/** The words that leave something out ("other than", "besides"), as a pattern's alternatives. */
export const LEAVING_OUT = 'other than|besides|apart from|aside from|except(?: for)?|excluding|not counting';

/** The thing left out, said last, in a few words. */
const LEFT_OUT = new RegExp(String.raw`\s*(?:,\s*)?\b(?:${LEAVING_OUT})\s+(?:the\s+)?([^?!.,;]+?)\s*[?!.]*$`, 'i');
const MAX_LEFT_OUT_WORDS = 4;
const SAYS_SOMETHING = /[\p{L}\p{N}]/u;

/** The question before what it leaves out, and what that is; undefined when it leaves nothing out. */
export function leftOutAsked(text: string): { rest: string; besides: string } | undefined {
  const found = LEFT_OUT.exec(text);
  if (!found) return undefined;
  const besides = found[1]!.trim();
  const rest = text.slice(0, found.index).trim();
  if (!SAYS_SOMETHING.test(rest) || besides.split(/\s+/).length > MAX_LEFT_OUT_WORDS) return undefined;
  return { rest, besides };
}
