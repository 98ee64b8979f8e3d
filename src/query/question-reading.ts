/**
 * What a question says for one route table, whoever it is asked of: its words, the commands its cues
 * ask for, and what the readers find in its text (a year, a title, an employer, a place). Routing reads
 * it beside one person's index; a question asked across a directory is read once per kind of résumé
 * (people with the same sections share a table) instead of once per person. Each part is read on first
 * use: most questions need only a few.
 */
import type { StatedTime } from '../resume/entry-dates.js';
import { picked, statedTime } from './asked-time.js';
import {
  employerAskedAbout,
  organisationAskedAbout,
  placeAskedAbout,
  positionAskedAbout,
  type PlaceAsked,
  type PositionAsked,
} from './employer.js';
import { holdsAny } from './holds.js';
import { fold } from './normalize.js';
import type { Found } from './phrases.js';
import { presenceAsked, residenceAsked } from './place.js';
import { refereeAsked } from './referee.js';
import { detectIntents, type Intent, type RouteTable } from './route-table.js';
import { FILLER, QUALIFIERS, STOPWORDS } from './stopwords.js';
import { type SubjectsNamed, subjectsAfter, subjectsNamed } from './subjects.js';
import { monthsAsYear, yearSaid } from './year.js';

/** A part not read yet (a part read may be null or undefined). */
const UNREAD: unique symbol = Symbol('unread');

/** A school named by its kind and place or founder: "university of texas", "harvard university", "austin community college". */
const SCHOOL = [/\b(?:university|college|institute|academy) of (?:the )?[a-z]+/, /\b[a-z]+ (?:community )?(?:university|college)\b/];
/** What every SCHOOL form needs: a question without any of these names no school. */
const SCHOOL_NEEDS = ['university', 'college', 'institute', 'academy'];

/** A run of letters, as the subject patterns (src/query/subjects.ts) take a name: [a-z] and nothing else. */
const LETTER_RUN = /[a-z]+/g;

/**
 * "What's his Spanish like?", "what was her time at Outreach like?": "like" ending a question that asks what something is
 * like is a preposition, never liking (an interest); with an auxiliary ("what does he like?", "what music does she like?")
 * it is the verb.
 */
const LIKE_AS_PREPOSITION = /^(?:what|how) (?!.*\b(?:do|does|did|would|will|can|could|should|might|may)\b).+ like$/;

/** "Which projects", "what tools": the kind of thing a question word asks for. */
const KIND_ASKED = /\b(?:which|what|any)\s+([a-z]+)\b/;

export class QuestionReading {
  /** The normalized question's words, as the route table's phrase sets read them. */
  readonly words: readonly string[];
  #year: ReturnType<typeof yearSaid> | typeof UNREAD = UNREAD;
  #intents: { live: Intent[]; all: Intent[] } | typeof UNREAD = UNREAD;
  #cues: readonly Found[] | typeof UNREAD = UNREAD;
  #lookedFor: readonly string[] | typeof UNREAD = UNREAD;
  #lookedForText: string | typeof UNREAD = UNREAD;
  #titleAsked: PositionAsked | null | typeof UNREAD = UNREAD;
  #employerAsked: string | null | typeof UNREAD = UNREAD;
  #organisationAsked: string | null | typeof UNREAD = UNREAD;
  #residence: string[] | null | typeof UNREAD = UNREAD;
  #presence: string[] | null | typeof UNREAD = UNREAD;
  #place: PlaceAsked | null | typeof UNREAD = UNREAD;
  #kindNamed: string | undefined | typeof UNREAD = UNREAD;
  #atInCue: boolean | typeof UNREAD = UNREAD;
  #now: boolean | typeof UNREAD = UNREAD;
  #stated: StatedTime | undefined | typeof UNREAD = UNREAD;
  #picked: 'first' | 'last' | undefined | typeof UNREAD = UNREAD;
  #schools: string[][] | typeof UNREAD = UNREAD;
  #folded: string | typeof UNREAD = UNREAD;
  #letterRuns: readonly string[] | typeof UNREAD = UNREAD;
  #subjects: SubjectsNamed | typeof UNREAD = UNREAD;
  #subjectsAfter: string[] | typeof UNREAD = UNREAD;
  #refereeAsked: readonly string[] | typeof UNREAD = UNREAD;
  #ownCues: Map<Intent, readonly Found[]> | undefined;

  /**
   * `text`: the question as asked (or its gloss, when it was in another language); `normalized`: the words routing
   * reads, normalized and glossed.
   */
  constructor(
    readonly text: string,
    readonly normalized: string,
    readonly table: RouteTable,
  ) {
    const words = normalized.split(' ');
    this.words = LIKE_AS_PREPOSITION.test(normalized) ? words.slice(0, -1) : words;
  }

  year(): ReturnType<typeof yearSaid> {
    if (this.#year === UNREAD) this.#year = yearSaid(this.normalized);
    return this.#year;
  }

  /** The commands the question's cues ask for, highest priority first: those that can answer, and with the absent ones. */
  intents(): { live: Intent[]; all: Intent[] } {
    if (this.#intents === UNREAD) this.#intents = detectIntents(this.words, this.table);
    return this.#intents;
  }

  /** The cue phrases of every command in the question, where they stand. */
  cues(): readonly Found[] {
    if (this.#cues === UNREAD) this.#cues = this.table.allCues.find(this.words);
    return this.#cues;
  }

  /** The words left when cue words, stop words and filler are taken out: what it looks for, before a person's own name is. */
  lookedFor(): readonly string[] {
    if (this.#lookedFor === UNREAD) {
      const { words } = this;
      const found = this.cues();
      // "Her key achievements", "his top skills": a word that ranks a cue asks for the cue's section, not an entry so named.
      const ranksCue = (i: number) => QUALIFIERS.has(words[i]!) && found.some((cue) => cue.start === i + 1);
      this.#lookedFor = this.table.allCues.strip(words, found, ranksCue).filter((w) => w && !STOPWORDS.has(w) && !FILLER.has(w));
    }
    return this.#lookedFor;
  }

  lookedForText(): string {
    if (this.#lookedForText === UNREAD) this.#lookedForText = this.lookedFor().join(' ');
    return this.#lookedForText;
  }

  /** A title asked about ("was he a cto at netflix?"), as read when no word of the question is the owner's name. */
  titleAsked(): PositionAsked | null {
    if (this.#titleAsked === UNREAD) this.#titleAsked = positionAskedAbout(this.normalized);
    return this.#titleAsked;
  }

  employerAsked(): string | null {
    if (this.#employerAsked === UNREAD) this.#employerAsked = employerAskedAbout(this.normalized);
    return this.#employerAsked;
  }

  organisationAsked(): string | null {
    if (this.#organisationAsked === UNREAD) this.#organisationAsked = organisationAskedAbout(this.normalized);
    return this.#organisationAsked;
  }

  residence(): string[] | null {
    if (this.#residence === UNREAD) this.#residence = residenceAsked(this.normalized);
    return this.#residence;
  }

  /** "Is he in Austin?": the words after "in", a place or not (presenceAsked). */
  presence(): string[] | null {
    if (this.#presence === UNREAD) this.#presence = presenceAsked(this.normalized);
    return this.#presence;
  }

  place(): PlaceAsked | null {
    if (this.#place === UNREAD) this.#place = placeAskedAbout(monthsAsYear(this.normalized));
    return this.#place;
  }

  kindNamed(): string | undefined {
    if (this.#kindNamed === UNREAD) this.#kindNamed = KIND_ASKED.exec(this.normalized)?.[1];
    return this.#kindNamed;
  }

  /** "Good at" asks how well, not where: an "at" inside a cue phrase. */
  atInCue(): boolean {
    if (this.#atInCue === UNREAD) this.#atInCue = this.cues().some(({ start, end }) => this.words.slice(start, end).includes('at'));
    return this.#atInCue;
  }

  now(): boolean {
    if (this.#now === UNREAD) this.#now = this.table.now.test(this.words);
    return this.#now;
  }

  stated(): StatedTime | undefined {
    if (this.#stated === UNREAD) this.#stated = statedTime(this.normalized);
    return this.#stated;
  }

  picked(): 'first' | 'last' | undefined {
    if (this.#picked === UNREAD) this.#picked = picked(this.normalized, this.words);
    return this.#picked;
  }

  /** The words of a school each form names, without little words (the owner's name is routing's to take out). */
  schools(): string[][] {
    if (this.#schools === UNREAD)
      this.#schools = holdsAny(this.normalized, SCHOOL_NEEDS)
        ? SCHOOL.map((form) => (form.exec(this.normalized)?.[0] ?? '').split(' ').filter((w) => w && !STOPWORDS.has(w)))
        : SCHOOL.map(() => []);
    return this.#schools;
  }

  /** The question as asked, folded: who it is about is read in it. */
  folded(): string {
    if (this.#folded === UNREAD) this.#folded = fold(this.text);
    return this.#folded;
  }

  /** Its runs of letters as asked (folded): every word the subject patterns can take is one of them. */
  letterRuns(): readonly string[] {
    if (this.#letterRuns === UNREAD) this.#letterRuns = this.folded().match(LETTER_RUN) ?? [];
    return this.#letterRuns;
  }

  /** Who it may be about, by its words. */
  subjects(): SubjectsNamed {
    if (this.#subjects === UNREAD) this.#subjects = subjectsNamed(this.folded());
    return this.#subjects;
  }

  /** Who else it may be about, looked at last. */
  subjectsAfter(): string[] {
    if (this.#subjectsAfter === UNREAD) this.#subjectsAfter = subjectsAfter(this.folded());
    return this.#subjectsAfter;
  }

  /** The name a "who is …" question ends with. */
  refereeAsked(): readonly string[] {
    if (this.#refereeAsked === UNREAD) this.#refereeAsked = refereeAsked(this.text);
    return this.#refereeAsked;
  }

  /** An intent's own cue phrases in the question. */
  ownCuesOf(intent: Intent): readonly Found[] {
    this.#ownCues ??= new Map();
    let found = this.#ownCues.get(intent);
    if (!found) this.#ownCues.set(intent, (found = intent.own.find(this.words)));
    return found;
  }
}
