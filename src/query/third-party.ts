/**
 * What a text says about someone other than the person. A résumé's running text names other
 * people's things all the time: "Google's pprof profiler", "a Lighthouse-inspired metric",
 * "part of major projects such as Apache Flink", "Oracle's Java Flight Recorder". Those names
 * are mentions of a third party, not of the person's employer, skill or work, so a search
 * must not take them as evidence. Found from how the text is written, never from a list of
 * names:
 *
 *  - a possessive's owner ("Initech's billing engine": Initech), unless it is the person's own
 *    (their employer, a project of theirs, a listed skill: "Netflix's platform" in the Netflix role);
 *  - the name before a resemblance suffix ("Lighthouse-inspired", "Prometheus-like"): modelled
 *    on it, not using it. ("Zipkin-based" is built on Zipkin: a topic of the work, still never
 *    an employer, which only a role's company name answers);
 *  - the names after a relation that hands the subject to someone else ("part of", "used by",
 *    "adopted by", "integrated into", "powers"): the projects that use the person's work,
 *    with what they own ("Google's pprof profiler");
 *  - a word that only modifies the name a third party owns ("Java" in "Oracle's Java Flight
 *    Recorder"), when the résumé never writes it as an ordinary word and it is not one of the
 *    person's own names. (Not in every longer name: "Contributed to OpenStack Swift" and
 *    "built on AWS Lambda" are evidence of OpenStack and AWS; a name alone cannot tell
 *    "Apache Flink" used from "Apache Flink" using the person's work, the sentence can.)
 *
 * Links (URLs, bare domains, e-mail addresses) are addresses, not words: stripLinks removes
 * them before any text is matched.
 */
import { capitalised, gapBetween, joinsName, nameKey, tokenize, WORD_CHAR, type Token } from './name-tokens.js';

/** URLs, www. and bare domains with a known top-level domain (with any path), and e-mail addresses. */
const LINK =
  /\b(?:https?:\/\/|www\.)[^\s<>()"']+|[^\s@<>()"']+@[^\s@<>()"']+\.[a-z]{2,}\b|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|co|app|ai|me|tv|be|br|uk|de|fr|ly|gg|sh|so|xyz|info|blog|edu|gov)\b(?:\/[^\s<>()"']*)?/gi;

/** Cheap test first: most texts hold no link, and LINK is costly to run over a sentence. */
const MAYBE_LINK = /:\/\/|www\.|@|\.(?:com|org|net|io|dev|co|app|ai|me|tv|be|br|uk|de|fr|ly|gg|sh|so|xyz|info|blog|edu|gov)\b/i;

/** The text with every link's address replaced by a space. */
export function stripLinks(text: string): string {
  return MAYBE_LINK.test(text) ? text.replace(LINK, ' ') : text;
}

/** "X-inspired": the thing is modelled on X, which is not the person's. */
const RESEMBLANCE = new Set([
  'inspired',
  'like',
  'style',
  'styled',
  'esque',
  'alike',
  'flavored',
  'flavoured',
  'modeled',
  'modelled',
  'influenced',
]);
/** After these, the sentence names others who use the subject: "part of major projects such as …", "used by …". */
const HANDED_TO =
  /\b(?:(?<!\bas )part of|used by|adopted by|integrated into|built into|bundled with|shipped with|relied (?:up)?on by|trusted by|powers|powering)\b/i;
const SENTENCE_END = /[.!?;](?:\s|$)|\n/;
/** A text none of the rules but the possessive can apply to has none of these; most have none. */
const MAYBE_RELATION = new RegExp(`-(?:${[...RESEMBLANCE].join('|')})\\b|${HANDED_TO.source}`, 'i');
/** A possessive and the word that owns: "Netflix’s" → Netflix. */
const POSSESSIVE_WORD = /([A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF]+)['’]s\b/g;

/** `word` occurs in `text` as a word of its own, not inside a longer one. */
function standsAlone(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!WORD_CHAR.test(text[at - 1] ?? ' ') && !WORD_CHAR.test(text[at + word.length] ?? ' ')) return true;
  }
  return false;
}

export interface ThirdPartyReader {
  /** Character ranges [start, end) of `text` (links already stripped) that name a third party. */
  spans(text: string): Array<readonly [number, number]>;
}

const keyOf = (tokens: readonly Token[]): string => tokens.map((t) => t.key).join('');

/** Token index ranges of the sentences of a text. */
function segments(text: string, tokens: readonly Token[], end: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || end.test(`${gapBetween(text, tokens[i - 1]!, tokens[i]!)} `)) {
      out.push([from, i]);
      from = i;
    }
  }
  return out;
}

/**
 * A reader for one résumé: `corpus` is every text of it (a word it ever writes in lower case
 * is an ordinary word, not a name), `ownNames` the person's own names (their name, employers,
 * clients, projects, listed skills, schools), which are never a third party.
 */
export function createThirdPartyReader(corpus: Iterable<string>, ownNames: Iterable<string>): ThirdPartyReader {
  // Built on the first text that needs them: a résumé whose texts name no third party never pays for them.
  let own: Set<string> | null = null;
  let written: string | null = null;
  const ordinaryWords = new Map<string, boolean>();
  const context = () => {
    own ??= new Set([...ownNames].map(nameKey).filter(Boolean));
    written ??= [...corpus].map(stripLinks).join('\n');
    /** The résumé writes this word in lower case somewhere: an ordinary word, not a name. */
    const ordinary = (t: Token) => {
      let found = ordinaryWords.get(t.lower);
      if (found === undefined) {
        const lower = t.raw.toLowerCase();
        found = lower === t.raw || standsAlone(written!, lower);
        ordinaryWords.set(t.lower, found);
      }
      return found;
    };
    return { ordinary, own };
  };

  return {
    spans(text) {
      const { ordinary, own } = context();
      // Most texts have no relation, and only the person's own possessives ("Netflix’s platform") or
      // ordinary ones ("a user’s experience"): nothing to read further.
      if (!MAYBE_RELATION.test(text)) {
        let foreign = false;
        for (const [, owner] of text.matchAll(POSSESSIVE_WORD))
          if (owner![0] !== owner![0]!.toLowerCase() && !own.has(nameKey(owner!))) foreign = true;
        if (!foreign) return [];
      }
      const isOwn = (run: readonly Token[]) => run.length > 0 && (own.has(keyOf(run)) || own.has(run[run.length - 1]!.key));
      const tokens = tokenize(text);
      const flagged = new Set<number>();
      const flag = (from: number, to: number) => {
        for (let i = from; i < to; i++) flagged.add(i);
      };
      const joined = (i: number) => i > 0 && joinsName(gapBetween(text, tokens[i - 1]!, tokens[i]!)) && !tokens[i - 1]!.possessive;
      /**
       * The capitalised name ending at token `last`: back over joined capitalised words, to a
       * sentence's first word at most, and that only when it is no ordinary word ("A" of "A Lighthouse-inspired").
       */
      const nameEndingAt = (last: number): number => {
        let from = last;
        while (from > 0 && !tokens[from]!.sentenceStart && joined(from) && capitalised(tokens[from - 1]!)) {
          if (tokens[from - 1]!.sentenceStart && ordinary(tokens[from - 1]!)) break;
          from--;
        }
        return from;
      };

      /**
       * The name starting at token `first`, its words glued by hyphens or slashes counted as one
       * ("Server-Driven UI"): every word but the head (the last) is flagged, unless it is an
       * ordinary word of this résumé or one of the person's own names.
       */
      const flagModifiers = (first: number) => {
        if (!tokens[first] || !capitalised(tokens[first]!)) return;
        const units: Array<[number, number]> = [[first, first + 1]];
        for (let k = first + 1; k < tokens.length && joined(k) && capitalised(tokens[k]!); k++) {
          if (/\s/.test(gapBetween(text, tokens[k - 1]!, tokens[k]!))) units.push([k, k + 1]);
          else units[units.length - 1]![1] = k + 1;
        }
        if (isOwn(tokens.slice(first, units[units.length - 1]![1]))) return;
        for (const [a, b] of units.slice(0, -1)) {
          const word = tokens.slice(a, b);
          if (!word.some(ordinary) && !isOwn(tokens.slice(first, b)) && !isOwn(word)) flag(a, b);
        }
      };

      tokens.forEach((t, i) => {
        if (!capitalised(t)) return;
        // A possessive's owner ("Initech's"), and a word that only modifies the name it owns
        // ("Java" of "Oracle's Java Flight Recorder": that is Oracle's profiler, not the language).
        if (t.possessive) {
          const from = nameEndingAt(i);
          if (!isOwn(tokens.slice(from, i + 1))) {
            flag(from, i + 1);
            flagModifiers(i + 1);
          }
        }
        // A resemblance: "Lighthouse-inspired".
        const next = tokens[i + 1];
        if (next && RESEMBLANCE.has(next.lower) && gapBetween(text, t, next) === '-') {
          const from = nameEndingAt(i);
          if (!isOwn(tokens.slice(from, i + 1))) flag(from, i + 1);
        }
      });

      for (const [from, to] of segments(text, tokens, SENTENCE_END)) {
        // The names after "part of", "used by"…, and what they own, to the end of the sentence.
        const sentence = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
        const handed = HANDED_TO.exec(sentence);
        if (!handed) continue;
        const after = tokens[from]!.start + handed.index + handed[0].length;
        let owned = false;
        for (let i = from; i < to; i++) {
          const t = tokens[i]!;
          if (t.start < after) continue;
          if (i > from && gapBetween(text, tokens[i - 1]!, t).includes(',')) owned = false;
          if (t.lower === 'and' || t.lower === 'or') {
            owned = false;
            continue;
          }
          if (capitalised(t)) {
            let end = i + 1;
            while (end < to && joined(end) && capitalised(tokens[end]!)) end++;
            if (!isOwn(tokens.slice(i, end))) {
              flag(i, end);
              owned = tokens[end - 1]!.possessive;
            }
            i = end - 1;
          } else if (owned) flag(i, i + 1);
        }
      }

      return [...flagged].sort((a, b) => a - b).map((i) => [tokens[i]!.start, tokens[i]!.end] as const);
    },
  };
}
