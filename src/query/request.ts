/**
 * The ask inside a request typed to a channel: "we're doing an AWS review next month and I'd like someone who holds
 * an AWS certification to sanity check our answers, anyone?", "need somebody who knows rust and python for a small ffi
 * thing, ty", "need someone to help with a kafka migration, who's got hands-on kafka experience?". Narrower readings,
 * to be tried in order only when the whole finds nobody: nothing they drop is asked of anyone.
 */

import { FIRST_PERSON_WORDS } from './asides.js';

/** Where a clause of its own may begin: after a comma, a semicolon, a dash between spaces or a sentence's end. */
const CLAUSE_BREAK = /[,;!?]+\s+|\.\s+|\s+[-–—]\s+/g;
/** A clause that opens as a question of its own: "who's got…", "does anyone…", "anyone?". */
const OPENS_QUESTION = /^(?:who|whos|who's|whom|which|anyone|anybody|does|do|did|is|are|has|have|any)\b/i;
/** Words for the someone a request wants. */
const SOMEONE_WORDS = '(?:someone|somebody|anyone|anybody|people|person|folks)';
/** Words that say someone is wanted: "need someone…", "looking for people…". */
const SOMEONE = new RegExp(`\\b${SOMEONE_WORDS}\\b`, 'i');
/** The words that ask for someone, and say what of them: "someone who", "anybody with". */
const SEEKING = new RegExp(`\\b${SOMEONE_WORDS}\\s+(?:who|with|that|having)\\b`, 'gi');
/** What only asks the reader to answer, said after the ask: "raise your hand", "ping me", "let me know". */
const ANSWER_ME =
  /^(?:raise your hands?|hands up|speak up|ping me|dm me|hit me up|let me know|give me a shout|holler|reply here|reach out)\b/i;
/** A question after the ask that points back at it ("kafka experience - who's got it?"): who, and what they do with it. */
const ASKED_BACK =
  /^((?:who|who['’]s|whos|anyone|anybody)(?:\s+(?:has|have|got|knows?|does|do|did|done|used|uses))*)\s+(?:it|that|this|one|some)[\s?!.]*$/i;

/** A clause that tells something of its own, its subject first: "the sales dashboard broke", "we need it by friday". */
const TOLD = new RegExp(String.raw`^(?:${FIRST_PERSON_WORDS}|the|it|it's|this|they|their)\s+\S+`, 'i');

/**
 * A purpose said after the ask: "to" and a verb of what the person is wanted for ("to help with…", "to sanity check…",
 * "to chat about…"). Never any "to" or "for": "anyone who went to MIT", "who worked for a startup" ask what they say.
 */
const PURPOSE =
  /\s+to\s+(?:help|assist|support|sanity|check|review|chat|talk|pair|advise|answer|consult|coach|guide|mentor|look|give|walk|sit|jump)\b/i;

/** Where a clause after the first begins in `whole`: its breaks, less one that only ends it. */
const clauseBreaks = (whole: string): RegExpExecArray[] =>
  [...whole.matchAll(CLAUSE_BREAK)].filter((m) => m.index + m[0].length < whole.length);

/**
 * The narrower readings of `text`, each said once and none the whole text: its last clause, when that asks again for
 * the someone the text before it wants ("need someone to help with a kafka migration, who's got kafka experience?",
 * never the parts of a list: "who knows python, kafka"); the last clause that asks for someone itself ("…no idea what
 * i'm doing. does anyone here know k8s? happy to buy coffee"); what comes before a clause that only asks to be answered
 * ("python and typescript ppl, raise your hand"); the words from the last "someone who…" on, and these without the
 * purpose said after them or a clause of its own ("…, the sales dashboard broke again").
 */
export function asksWithin(text: string): string[] {
  const ended = (said: string) => said.trim().replace(/[\s,;:?!.…]+$/u, '');
  const whole = text.trim();
  const readings: string[] = [];
  const add = (said: string) => {
    const trimmed = ended(said);
    if (trimmed && trimmed !== ended(whole) && !readings.includes(trimmed)) readings.push(trimmed);
  };
  const breaks = clauseBreaks(whole);
  const last = breaks.at(-1);
  if (last) {
    const tail = whole.slice(last.index + last[0].length);
    if (OPENS_QUESTION.test(tail) && SOMEONE.test(whole.slice(0, last.index))) add(tail);
  }
  // The last clause that asks for someone itself, between others.
  for (let i = breaks.length - 1; i >= 0; i--) {
    const start = breaks[i]!.index + breaks[i]![0].length;
    const clause = whole.slice(start, breaks[i + 1]?.index ?? whole.length);
    if (OPENS_QUESTION.test(clause) && SOMEONE.test(clause)) {
      add(clause);
      break;
    }
  }
  // The ask before a clause that only asks to be answered ("python and typescript ppl, raise your hand 🙋").
  const answerMe = breaks.find((b) => ANSWER_ME.test(whole.slice(b.index + b[0].length)));
  if (answerMe) add(whole.slice(0, answerMe.index));
  const seeking = [...whole.matchAll(SEEKING)].at(-1);
  if (seeking) {
    const ask = whole.slice(seeking.index);
    add(ask);
    const purpose = PURPOSE.exec(ask);
    if (purpose) add(ask.slice(0, purpose.index));
    // "need someone who knows tableau, the sales dashboard broke again lol": a clause of its own after the ask.
    const told = breaks.find((b) => b.index > seeking.index && TOLD.test(whole.slice(b.index + b[0].length)));
    if (told) add(whole.slice(seeking.index, told.index));
  }
  return readings;
}

/**
 * The question said with the ask in the place of a last clause that points back at it: "kafka experience - who's got
 * it?" is "who's got kafka experience"; undefined when no last clause does.
 */
export function askedInPlace(text: string): string | undefined {
  const whole = text.trim();
  const last = clauseBreaks(whole).at(-1);
  const back = last && ASKED_BACK.exec(whole.slice(last.index + last[0].length));
  const ask = last && whole.slice(0, last.index).trim();
  return back && ask ? `${back[1]} ${ask}` : undefined;
}

/** What opens examples of what is asked: "like osdi/sosp", "such as yoruba", "e.g. kafka". */
const EXAMPLES_SAID = /,?\s+(?:like|such as|e\.g\.?|eg|for example|for instance|say)\s+(.+)$/i;
/** Words that close a list of examples, saying nothing of their own ("anything", "etc"). */
const OPEN_ENDED =
  /^(?:anything|anything else|whatever|wherever|whichever|etc|and so on|or so|any|similar|something like that|that kind of thing)$/i;
/** A list said after a dash or a colon ("worked in WA state - seattle, bellevue, redmond, wherever"). */
const LIST_SAID = /\s+[-–—]\s+|:\s+/;
/** A list's separators: commas, slashes, "or", "and". */
const LIST_BREAK = /\s*(?:,|\/|\bor\b|\band\b)\s*/i;
/** An example is a name of a few words. */
const MAX_EXAMPLE_WORDS = 3;

/**
 * Examples given of what is asked ("has anyone published at a real academic venue, like osdi/sosp/nsdi?", "anyone
 * speak an african language? yoruba, igbo, swahili, anything", "who's worked in WA state - seattle, bellevue, redmond,
 * wherever"): the question before them and the examples, two at least; undefined when it gives none.
 */
export function examplesGiven(text: string): { head: string; examples: string[] } | undefined {
  const mark = text.indexOf('?');
  const after = mark >= 0 ? text.slice(mark + 1).trim() : '';
  const dash = mark < 0 ? LIST_SAID.exec(text) : null;
  const said =
    after && !after.includes('?')
      ? { head: text.slice(0, mark), list: after }
      : dash
        ? { head: text.slice(0, dash.index), list: text.slice(dash.index + dash[0].length) }
        : undefined;
  const like = said ? undefined : EXAMPLES_SAID.exec(text.replace(/[?!.\s]+$/u, ''));
  const found = said ?? (like ? { head: text.slice(0, like.index), list: like[1]! } : undefined);
  if (!found) return undefined;
  const examples = found.list
    .replace(/[.!?]+$/u, '')
    .split(LIST_BREAK)
    .map((e) => e.trim())
    .filter((e) => e && !OPEN_ENDED.test(e));
  if (examples.length < 2 || examples.some((e) => e.split(/\s+/).length > MAX_EXAMPLE_WORDS)) return undefined;
  return { head: found.head.trim(), examples };
}
