/**
 * Follow-ups: a message that leans on the previous answer ("and before that?", "what did he
 * build there?", "when was that?", "tell me more", "and Expedia?"). Recognised by what it
 * refers to and what is left once the reference goes, never by a list of phrasings; resolved
 * against a reference to the previous answer (its command, query and entries), which the
 * caller passes in: nothing here remembers anything. A message that names what it asks about
 * is not a follow-up and is routed as it always was.
 */
import { entryId, entryNumber, type Match, type ResumeSection } from '../model/answer.js';
import type { AnswerReference } from '../model/conversation.js';
import { matchSpan } from '../resume/entry-dates.js';
import type { Resume } from '../resume/schema.js';
import {
  AFTER_WORDS,
  BEFORE_WORDS,
  CONNECTORS,
  DURING,
  ENTRY_WORDS,
  MEANWHILE,
  EXISTENTIAL,
  GREETING,
  FOLLOW_UP_FILLER,
  MORE_WORDS,
  NEXT_ALONE,
  ORDINALS,
  PLACE_WORDS,
  placeInList,
  POINTED,
  POINTING,
  WHEN_WORDS,
} from './followup-words.js';
import { type CommandQuery, type ModifierKind, parseQuery } from './modifiers.js';
import { FIRST_WORDS, LATEST_WORDS } from './ends.js';
import { heldDuring, nextInTime } from './followup-time.js';
import { questionInEnglish } from './question-english.js';
import type { Route } from './route.js';
import { detectIntents } from './route-table.js';
import type { RoutingIndex } from './spans.js';
import { FILLER, HOW_WELL, STOPWORDS } from './stopwords.js';

export type FollowUp =
  /** The entry before or after the previous one; of another section when `command` names one ("where did she work after that?"). */
  | { readonly kind: 'relative'; readonly direction: 'before' | 'after'; readonly command?: string }
  /** What was under way while the previous entry was: a role by default, else the section `command` names. */
  | { readonly kind: 'during'; readonly command?: string }
  /** The previous entry itself: its dates, or all of it; `degree`: how well ("how fluent?"), which only some entries say. */
  | {
      readonly kind: 'entry';
      readonly focus: 'when' | 'more';
      readonly degree?: boolean;
      /** The previous list's entry at this place (2: "the second one"); its first when absent. */
      readonly position?: number;
    }
  /** Something at the previous entry's place: its projects, its skills (`command`), or the entry itself. */
  | { readonly kind: 'about'; readonly command: string | null }
  /** The previous question again, about another thing: "and Expedia?". */
  | {
      readonly kind: 'ellipsis';
      readonly rest: string;
      /** Only a moment of the list before is asked ("which is the most recent?"): its earliest or latest entry. */
      readonly moment?: boolean;
    };

export type Resolution =
  /** Not a follow-up: answered as a question of its own; `always`, whatever came before (no reading of its words leans on it). */
  | { readonly kind: 'standalone'; readonly always?: boolean }
  /** What the follow-up asks, as a route; `fallback` is free text to route instead when that finds nothing. */
  | { readonly kind: 'route'; readonly route: Route | null; readonly fallback?: string }
  /** A follow-up with nothing to lean on: the caller says what it needs. */
  | { readonly kind: 'needs'; readonly followUp: FollowUp }
  /** Another section asked along time from an entry, with nothing there: no result, never the entry's own neighbour. */
  | {
      readonly kind: 'none';
      readonly command: string;
      readonly section: ResumeSection;
      readonly direction: 'before' | 'after' | 'during';
      readonly anchor: string;
    };

/** "Prior to that" looks back like "before that"; "prior" alone asks for a moment ("his prior job"). */
const PRIOR_TO = /\bprior to\b/g;
/** "The previous one", "the one before": that entry's neighbour, not the moment "his previous job" names. */
const ONE_BEFORE = /\b(?:the )?(?:previous|prior|preceding) one\b|\bthe one before\b/g;
const ONE_AFTER = /\b(?:the )?(?:next|following) one\b|\bthe one after\b/g;
/** "Ok, and Expedia?": what opens a message without saying anything (another language's are glossed into these). */
const INTERJECTION = /^(?:(?:ok|okay|so|right|cool|great|nice|thanks|thank you|hmm|alright|ah|oh)\s+)+/;
/**
 * Whatever one of the rewrites above (and EXISTENTIAL's, GREETING's and DURING's) could change, or spacing to tidy: each
 * of them needs one of these words or phrases (or a space out of place), so a text with none is read as it is.
 */
const REWRITTEN = new RegExp(
  [
    String.raw`\bthere\b`,
    String.raw`\bprior to\b`,
    String.raw`\b(?:previous|prior|preceding|next|following) one\b`,
    String.raw`\bthe one (?:before|after)\b`,
    DURING.source,
    String.raw`^(?:ok|okay|so|right|cool|great|nice|thanks|thank you|hmm|alright|ah|oh)\s`,
    String.raw`\s\s|^\s|\s$|[^\S ]`,
  ].join('|'),
);

/** The words only a follow-up's reading depends on: a direction, a time or detail asked, a place, an entry pointed at. */
const REFERRING = new Set([
  MEANWHILE,
  ...BEFORE_WORDS,
  ...AFTER_WORDS,
  ...WHEN_WORDS,
  ...MORE_WORDS,
  ...PLACE_WORDS,
  ...POINTING,
  ...ENTRY_WORDS,
]);
/**
 * A question, then another joined by "and" that points back at what the first asks ("…and what's her title there?").
 * Its pointing words are each one a follow-up refers back by (REFERRING).
 */
const ASKED_THEN_POINTED =
  /^(?:what|where|which|who|when|how)\b(?:(?!\b(?:there|that|it)\b).)* and (?:what|where|which|who|when|how)\b.*\b(?:there|that|it)\b/;

/** One set asked, not eight: every question's every word is asked this. */
const refersBack = (w: string) => REFERRING.has(w);

/** Those words, the nouns pointed at and the follow-up's own filler: none of them is what a follow-up asks about. */
const isVocabulary = (w: string) => refersBack(w) || POINTED.has(w) || FOLLOW_UP_FILLER.has(w);

/** "that role", "essa empresa": a pointing word before a noun for an entry. */
const pointsBack = (words: readonly string[]) => words.some((w, i) => POINTING.has(w) && POINTED.has(words[i + 1] ?? ''));

/** A word of a question that asks only how well: a degree, a little word, or one pointing back ("how good is she at it?"). */
const saysOnlyHowWell = (w: string) => HOW_WELL.has(w) || STOPWORDS.has(w) || FILLER.has(w) || ENTRY_WORDS.has(w);

/** Each connector as a message opens with it, its words then a space, in CONNECTORS' order. */
const CONNECTOR_OPENINGS = CONNECTORS.map((c) => `${c} `);

/**
 * What kind of follow-up the message is, or null when it stands on its own. `lists`: a place in the list before ("the
 * second one") or an end of it ("the most recent?") may be what is asked.
 */
export function detectFollowUp(text: string, index: RoutingIndex, lists = true): FollowUp | null {
  // Another language's question is read in the router's English first ("o que ele construiu lá?": built there).
  const { glossed } = questionInEnglish(text, index);
  // Most questions hold none of the phrases below: one scan says so, instead of a pass of each rewrite.
  const normalized = REWRITTEN.test(glossed)
    ? glossed
        .replace(EXISTENTIAL, ' ')
        .replace(GREETING, ' ')
        .replace(PRIOR_TO, 'before')
        .replace(ONE_BEFORE, 'before')
        .replace(ONE_AFTER, 'after')
        .replace(DURING, MEANWHILE)
        .replace(INTERJECTION, '')
        .replace(/\s+/g, ' ')
        .trim()
    : glossed;
  const words = normalized.split(' ').filter(Boolean);
  if (!words.length) return null;
  // Read once: most questions have no such word, and then neither check below scans them.
  const refersAnywhere = words.some(refersBack);
  // "Where is she working now and what's her title there?": a second question points at what the first asks.
  if (refersAnywhere && ASKED_THEN_POINTED.test(normalized)) return null;
  if (NEXT_ALONE.has(normalized)) return { kind: 'relative', direction: 'after' };
  // "How well?", "how fluent is she?", "what level?": how well, and nothing else named.
  if (words.some((w) => HOW_WELL.has(w)) && words.every(saysOnlyHowWell)) return { kind: 'entry', focus: 'more', degree: true };
  // Most questions hold no word a follow-up is made of, nor open with a connector: they stand alone, and
  // their cues and residual words (what the router reads again) are not looked for here.
  const opened = CONNECTOR_OPENINGS.findIndex((opening, i) => normalized === CONNECTORS[i] || normalized.startsWith(opening));
  const connector = opened < 0 ? undefined : CONNECTORS[opened];
  // "Which is the most recent?", "and the oldest one?": a moment alone, of the list before.
  const moment = lists ? momentAlone(words) : undefined;
  if (moment) return { kind: 'ellipsis', rest: moment, moment: true };
  const position = lists ? placeInList(words) : undefined;
  if (!connector && !position && !refersAnywhere) return null;
  const { live, all } = detectIntents(words, index.routes);
  const residual = index.routes.allCues
    .strip(words)
    .filter(
      (w) => w && !STOPWORDS.has(w) && !FILLER.has(w) && !index.nameWords.has(w) && !isVocabulary(w) && !(position && ORDINALS.has(w)),
    );
  const place = words.some((w) => PLACE_WORDS.has(w));
  const pointing = pointsBack(words);
  const refers = place || pointing || words.some((w) => ENTRY_WORDS.has(w));
  // A section named, even one the résumé lacks ("when did he get his certificate?"), is what is asked.
  const asksAlone = refers || all.length === 0;

  const asked = live.find((i) => i.spec.section !== null)?.spec.command;
  // "Where was the second one published?", "when was the third?": that entry of the list before, nothing else named.
  if (position && !residual.length) return { kind: 'entry', focus: words.some((w) => WHEN_WORDS.has(w)) ? 'when' : 'more', position };
  if (words.includes(MEANWHILE) && !residual.length) return { kind: 'during', ...(asked ? { command: asked } : {}) };
  const direction = words.find((w) => BEFORE_WORDS.has(w) || AFTER_WORDS.has(w));
  // "And before Dropbox?" names its anchor: a question of its own.
  if (direction && residual.length) return null;
  if (direction)
    return { kind: 'relative', direction: BEFORE_WORDS.has(direction) ? 'before' : 'after', ...(asked ? { command: asked } : {}) };
  if (words.some((w) => WHEN_WORDS.has(w)) && !residual.length && asksAlone) return { kind: 'entry', focus: 'when' };
  if (words.some((w) => MORE_WORDS.has(w)) && !residual.length && asksAlone) return { kind: 'entry', focus: 'more' };
  // A place word is a strong sign: a word the résumé does not know may stay ("what did he craft there?"); one it
  // knows is what is asked ("did he use kubernetes there?" is about Kubernetes).
  const unknownOnly = residual.length <= 1 && residual.every((w) => !index.knows(w));
  if ((place && unknownOnly) || ((pointing || refers) && !residual.length))
    return { kind: 'about', command: live.find((i) => i.spec.section !== null)?.spec.command ?? null };

  // Filler is kept here: "and go?" asks about Go.
  if (connector && !live.length && !refers) {
    const rest = words
      .slice(connector.split(' ').length)
      .filter((w) => !STOPWORDS.has(w))
      .join(' ');
    if (rest) return { kind: 'ellipsis', rest };
  }
  return null;
}

/** Words that ask for one end of a list by date ("recent" as in "the most recent"). */
const MOMENTS = new Set([...FIRST_WORDS, ...LATEST_WORDS, 'recent']);

/** The moment a question asks for and nothing else ("which is the most recent?": most recent), else undefined. */
function momentAlone(words: readonly string[]): string | undefined {
  // Every question passes here: most say no moment, and are not filtered.
  if (!words.some((w) => MOMENTS.has(w))) return undefined;
  const said = words.filter((w) => MOMENTS.has(w) || !(STOPWORDS.has(w) || FILLER.has(w) || w === 'one'));
  if (!said.length || !said.every((w) => MOMENTS.has(w))) return undefined;
  return said.includes('recent') ? 'most recent' : said[0];
}

/** The section's own way to name a place, when its entries are places ("there"): a role, a school, a volunteer organisation. */
export const placeNamer = (section: ResumeSection, index: RoutingIndex) => index.sections.find((s) => s.section === section)?.placeName;

/** The organisation or name an entry goes by, to re-ask by words: the company of a role, the school of a degree. */
function nameOf(match: Match, resume: Resume, index: RoutingIndex): string {
  const n = entryNumber(match.section, match.id);
  return (n === undefined ? undefined : placeNamer(match.section, index)?.(resume, n)) ?? match.title;
}

export function resolveFollowUp(text: string, previous: AnswerReference | undefined, index: RoutingIndex, resume: Resume): Resolution {
  const listed = previous?.matches.length ?? 0;
  const read = detectFollowUp(text, index);
  // A place in a list, or an end of one, with no list before (or a shorter one) is read as if lists were not meant.
  const pastList =
    (read?.kind === 'ellipsis' && read.moment && listed < 2) || (read?.kind === 'entry' && (read.position ?? 1) > Math.max(listed, 1));
  const followUp = pastList ? detectFollowUp(text, index, false) : read;
  if (!followUp) return read ? { kind: 'standalone' } : { kind: 'standalone', always: true };
  // Asked how well after an entry that does not say it, a question is read as it stands ("how experienced is he?"
  // after his current role).
  const degreeOf = previous?.matches[0];
  const saysDegree = degreeOf && index.routes.byCommand.get(index.routes.commandOf.get(degreeOf.section) ?? '')?.spec.degrees;
  if (followUp.kind === 'entry' && followUp.degree && !saysDegree) return { kind: 'standalone' };
  const needs: Resolution = { kind: 'needs', followUp };
  if (!previous) return needs;
  const position = followUp.kind === 'entry' ? (followUp.position ?? 1) : 1;
  const accepts = (command: string | undefined, kind: ModifierKind) =>
    Boolean(command && index.routes.byCommand.get(command)?.spec.accepts.includes(kind));
  const to = (command: string, query: CommandQuery): Resolution => ({ kind: 'route', route: { command, query } });
  /** The entry itself, by id where its command takes one, by name otherwise. */
  const itself = (entry: Match): Resolution | null => {
    const command = index.routes.commandOf.get(entry.section);
    if (!command) return null;
    const name = nameOf(entry, resume, index);
    return to(command, accepts(command, 'entry') ? { text: '', modifier: { kind: 'entry', entry: entry.id, name } } : { text: name });
  };
  const entry = previous.matches[position - 1];
  // The first of a list whose entries give no dates ("tell me more about the first one" after her interests): no
  // earliest to find, so the first listed.
  if (
    followUp.kind === 'ellipsis' &&
    followUp.moment &&
    FIRST_WORDS.includes(followUp.rest) &&
    !previous.matches.some((m) => matchSpan(resume, m))
  )
    return (entry && itself(entry)) ?? needs;

  switch (followUp.kind) {
    case 'relative': {
      // The first entry that has a time line to move along (a role, not the skill it names).
      const dated = previous.matches.find((m) => accepts(index.routes.commandOf.get(m.section), 'relative'));
      const command = dated && index.routes.commandOf.get(dated.section);
      if (!dated || !command) return needs;
      const anchor = nameOf(dated, resume, index);
      const section = followUp.command ? index.routes.byCommand.get(followUp.command)?.spec.section : null;
      if (followUp.command && section && section !== dated.section && accepts(followUp.command, 'entry')) {
        // Another section than the entry's: its entry next in time, or nothing (the question named that section).
        const n = nextInTime(dated, section, followUp.direction, resume);
        if (n === undefined) return { kind: 'none', command: followUp.command, section, direction: followUp.direction, anchor };
        const id = entryId(section, n);
        return to(followUp.command, {
          text: '',
          modifier: { kind: 'entry', entry: id, name: nameOf({ section, id, title: anchor }, resume, index) },
        });
      }
      return to(command, { text: '', modifier: { kind: 'relative', direction: followUp.direction, anchor, entry: dated.id } });
    }
    case 'during': {
      const dated = previous.matches.find((m) => accepts(index.routes.commandOf.get(m.section), 'relative'));
      const command = followUp.command ?? index.routes.roles.timeline?.spec.command;
      const section = command ? index.routes.byCommand.get(command)?.spec.section : null;
      if (!dated || !command || !section) return needs;
      const n = heldDuring(dated, section, resume);
      if (n === undefined || !accepts(command, 'entry'))
        return { kind: 'none', command, section, direction: 'during', anchor: nameOf(dated, resume, index) };
      const id = entryId(section, n);
      return to(command, { text: '', modifier: { kind: 'entry', entry: id, name: nameOf({ section, id, title: '' }, resume, index) } });
    }
    case 'entry': {
      // "How long?" after a skill (no entry of its own to show) asks about the role it was named with.
      const alone = entry && !accepts(index.routes.commandOf.get(entry.section), 'entry');
      const dated =
        followUp.focus === 'when' && alone
          ? previous.matches.find((m) => accepts(index.routes.commandOf.get(m.section), 'year'))
          : undefined;
      const asked = dated ?? entry;
      return (asked && itself(asked)) ?? needs;
    }
    case 'about': {
      const place = previous.matches.find((m) => placeNamer(m.section, index)) ?? entry;
      if (!place) return needs;
      const own = index.routes.commandOf.get(place.section);
      if (!followUp.command || followUp.command === own) return itself(place) ?? needs;
      const name = nameOf(place, resume, index);
      if (accepts(followUp.command, 'within'))
        return to(followUp.command, { text: '', modifier: { kind: 'within', entry: place.id, name } });
      return to(followUp.command, { text: name });
    }
    case 'ellipsis': {
      const spec = index.routes.byCommand.get(previous.command)?.spec;
      // The previous answer came from the résumé-wide search: the new thing is a question of its own.
      if (!spec?.section) return { kind: 'route', route: null, fallback: followUp.rest };
      const before = parseQuery(previous.query, spec.accepts);
      const query: CommandQuery =
        before.modifier?.kind === 'employer'
          ? { text: '', modifier: { kind: 'employer', name: followUp.rest } }
          : parseQuery(followUp.rest, spec.accepts);
      return { kind: 'route', route: { command: previous.command, query }, fallback: followUp.rest };
    }
  }
}
