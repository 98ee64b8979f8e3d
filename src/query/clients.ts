/**
 * Named clients: whom a role's work was for, when its text names them ("delivered platforms
 * for clients including Acme Bank and Soylent", "Client: Initech"). A consultant worked for
 * them as much as for the firm, so an employer question about a client is answered by that
 * role: they are names of the role, like its company.
 */
import { capitalised, gapBetween, joinsName, tokenize } from './name-tokens.js';

const CLIENT = new Set(['client', 'clients', 'customer', 'customers']);
const MAYBE_CLIENT = /\b(?:client|customer)s?\b/i;
/** Between "clients" and the first name: "clients such as", "clients including", "client:". */
const LEAD_IN = new Set(['such', 'as', 'including', 'include', 'includes', 'included', 'like', 'namely', 'e.g', 'eg', 'incl']);
const LIST_WORDS = new Set(['and', 'or', '&']);

/** The clients the texts name, as written ("Acme Bank"). */
export function namedClients(texts: readonly string[]): string[] {
  const names: string[] = [];
  for (const text of texts) {
    if (!MAYBE_CLIENT.test(text)) continue;
    const tokens = tokenize(text);
    for (let i = 0; i < tokens.length; i++) {
      if (!CLIENT.has(tokens[i]!.lower)) continue;
      let j = i + 1;
      while (j < tokens.length && LEAD_IN.has(tokens[j]!.lower)) j++;
      // Names, separated by commas, "and" or "or", to the first ordinary word or the sentence's end.
      while (j < tokens.length && capitalised(tokens[j]!)) {
        let end = j + 1;
        while (end < tokens.length && capitalised(tokens[end]!) && joinsName(gapBetween(text, tokens[end - 1]!, tokens[end]!))) end++;
        names.push(text.slice(tokens[j]!.start, tokens[end - 1]!.possessive ? tokens[end - 1]!.end - 2 : tokens[end - 1]!.end));
        const gap = end < tokens.length ? gapBetween(text, tokens[end - 1]!, tokens[end]!) : '';
        if (/[.;!?\n]/.test(gap)) break;
        j = end;
        if (j < tokens.length && LIST_WORDS.has(tokens[j]!.lower)) j++;
        else if (!/[,&]/.test(gap)) break;
      }
      i = j - 1;
    }
  }
  return [...new Set(names)];
}
