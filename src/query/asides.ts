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

/** The asker's own words for themselves. */
export const FIRST_PERSON_WORDS = "i|i'm|im|i've|we|we're|my|our";
/** Words an English question opens with. */
const QUESTION_WORDS = 'what|which|where|when|who|whom|how|why|did|does|do|is|was|were|has|had|have|can|could';

/**
 * What the asker says before a dash or the end of a sentence that opens the question, which runs to a question mark or
 * to the end ("hiring a platform lead rn — does martin know kubernetes or nah"): "ok so
 * i'm looking at daniel's profile and i see he ran restaurants for ages before switching over — which restaurant group
 * was he GM at?", "our whole stack is dbt + BigQuery... does Daniel know dbt?".
 */
// The dashes and the ellipsis escaped: the CLI's bundle is ASCII, and a raw string keeps what it holds as written.
const PREAMBLE = new RegExp(
  String.raw`^[^?]*?(?:\s[\u2014\u2013-]|[.!\u2026])\s+(?=(?:${QUESTION_WORDS})\b[^\u2014\u2013?]*(?:\?|$))`,
  'i',
);

/**
 * A question after the question mark asking whether the résumé really says it ("…is into snakes?? is that really on her
 * cv lol"): what was asked is the question, not the CV.
 */
const ON_THE_RESUME_AFTER =
  /\?[^a-z?]*\b(?:is|was)\s+(?:that|it|this)\s+(?:really\s+|actually\s+|even\s+)?(?:on|in)\s+(?:his|her|their|the)\s+(?:cv|resume|r\u00e9sum\u00e9|profile)\b[^?]*\?*\s*$/i;

/**
 * A description of what it follows, in parentheses opening with an article ("martin alvarez (the linguist) — what did he
 * study?", "netflix (the streaming company)"): who or what is meant, never what is asked.
 */
const EPITHET = /\s*\((?:the|a|an)\s[^()]*\)/gi;

/**
 * A sentence of the asker's own after the question mark, ending the text: "…was he GM at? my cousin worked at a bunch of
 * places in austin lol". Not "I mean…", which says the question again; nor a remark of another kind, which may say what
 * is asked ("is she into reptiles? saw a snake pic on her profile").
 */
const ASKERS_OWN_AFTER = new RegExp(String.raw`\?\s+(?:${FIRST_PERSON_WORDS})\s+(?!mean\b)[^?]*$`, 'i');

const FIRST_PERSON = new RegExp(String.raw`\b(?:${FIRST_PERSON_WORDS})\b`, 'i');
/** What the asker is doing, said with no subject, as chat drops it ("hiring for the k8s platform team rn —"). */
const ASKERS_DOING = /^\s*(?:hiring|recruiting|staffing|looking|searching|trying|planning|building|putting together|prepping|preparing)\b/i;
/**
 * A sentence that states something, ended before the question ("client HQ is in Paris... can Jordan get by in
 * French?"): what is said, not asked, unlike a name alone before a dash ("cafe lumen - what was his role?").
 */
const STATEMENT = /\b(?:is|are|was|were|has|have|had|says|said|needs|wants|told|heard|mentioned)\b.*[.!\u2026]\s*$/is;
/** Words that stand for something said before them. */
export const POINTING_BACK_WORDS = 'it|that|this|these|those|them|there';
const POINTS_BACK = new RegExp(String.raw`\b(?:${POINTING_BACK_WORDS})\b`, 'i');
/** A tag that asks whether the question itself is fair ("…know dbt, or is that a stretch?"), pointing back at nothing said before it. */
const TAG = String.raw`\bor\s+(?:is|was)\s+(?:that|it|this)`;
const TAG_ASKED = new RegExp(String.raw`${TAG}\b[^?]*\?`, 'gi');
/**
 * Such a tag ending the question, said of the question's claim ("…hold a CKA or is that just linkedin fluff?", "or is
 * that a stretch?", with or without its question mark): none of its words is asked. Not "or was it dropbox?", an
 * alternative.
 */
const TAG_ENDING = new RegExp(String.raw`\s*,?\s*${TAG}\s+(?:just|only|all|really|simply|mostly|a|an)\b[^?]*(\?*)\s*$`, 'i');
/** A question that stands on its own has words of its own: "does he?" leans on what was said before it. */
const OWN_WORDS = 3;

/** Whether the question after what the asker said first stands on its own: words enough, none pointing back. */
function standsAlone(question: string): boolean {
  const asked = question.replace(TAG_ASKED, '?');
  return !POINTS_BACK.test(asked) && asked.trim().split(/\s+/).length >= OWN_WORDS;
}

/** The question without a time of the asker's own, what they say before it, nor a note or a sentence of theirs after it. */
export function questionAsked(text: string): string {
  const plain = text.includes('(') ? text.replace(EPITHET, '') : text;
  const timed = ASKERS_TIME.test(plain) ? plain.replace(ASKERS_TIMES, ' ') : plain;
  const preamble = PREAMBLE.exec(timed)?.[0];
  // Only the asker's own words ("i see he…") or a statement, before a question of its own: "cafe lumen - what was his role?" names
  // what is asked before the dash, and "I saw she wrote something for O'Reilly — what was it about?" points back at it.
  const said = preamble && (FIRST_PERSON.test(preamble) || ASKERS_DOING.test(preamble) || STATEMENT.test(preamble));
  const own = said && standsAlone(timed.slice(preamble.length)) ? timed.slice(preamble.length) : timed;
  const noted = own.includes('(') ? own.replace(AFTERTHOUGHT, '?') : own;
  return noted.replace(ON_THE_RESUME_AFTER, '?').replace(ASKERS_OWN_AFTER, '?').replace(TAG_ENDING, '$1');
}
