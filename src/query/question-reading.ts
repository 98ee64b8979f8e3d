/**
 * What a question says for one route table, whoever it is asked of: its words, the commands its cues
 * ask for, and what the readers find in its text (a year, a title, an employer, a place). Routing reads
 * it beside one person's index; a question asked across a directory is read once per kind of résumé
 * (people with the same sections share a table) instead of once per person. Each part is read on first
 * use: most questions need only a few.
 */
import { employerAskedAbout, organisationAskedAbout, placeAskedAbout, positionAskedAbout } from './employer.js';
import type { Found } from './phrases.js';
import { picked, statedTime } from './asked-time.js';
import { fold } from './normalize.js';
import { residenceAsked } from './place.js';
import { refereeAsked } from './referee.js';
import { detectIntents, type Intent, type RouteTable } from './route-table.js';
import { FILLER, STOPWORDS } from './stopwords.js';
import { subjectsSaid } from './subjects.js';
import { YEAR_IN_TEXT } from './year.js';

/** A value read on first use, then kept (null and undefined included). */
function lazy<T>(read: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = read();
      done = true;
    }
    return value;
  };
}

/** A school named by its kind and place or founder: "university of texas", "harvard university", "austin community college". */
const SCHOOL = [/\b(?:university|college|institute|academy) of (?:the )?[a-z]+/, /\b[a-z]+ (?:community )?(?:university|college)\b/];

/** "Which projects", "what tools": the kind of thing a question word asks for. */
const KIND_ASKED = /\b(?:which|what|any)\s+([a-z]+)\b/;

export class QuestionReading {
  /** The normalized question's words, as the route table's phrase sets read them. */
  readonly words: readonly string[];

  /**
   * `text`: the question as asked (or its gloss, when it was in another language); `normalized`: the words routing
   * reads, normalized and glossed.
   */
  constructor(
    readonly text: string,
    readonly normalized: string,
    readonly table: RouteTable,
  ) {
    this.words = normalized.split(' ');
  }

  readonly yearText = lazy(() => YEAR_IN_TEXT.exec(this.normalized)?.[0]);
  /** The commands the question's cues ask for, highest priority first: those that can answer, and with the absent ones. */
  readonly intents = lazy(() => detectIntents(this.words, this.table));
  /** The cue phrases of every command in the question, where they stand. */
  readonly cues = lazy(() => this.table.allCues.find(this.words));
  /** The words left when cue words, stop words and filler are taken out: what it looks for, before a person's own name is. */
  readonly lookedFor = lazy(() => this.table.allCues.strip(this.words).filter((w) => w && !STOPWORDS.has(w) && !FILLER.has(w)));
  readonly lookedForText = lazy(() => this.lookedFor().join(' '));
  /** A title asked about ("was he a cto at netflix?"), read when no word of the question is the owner's name. */
  readonly titleAsked = lazy(() => positionAskedAbout(this.normalized));
  readonly employerAsked = lazy(() => employerAskedAbout(this.normalized));
  readonly organisationAsked = lazy(() => organisationAskedAbout(this.normalized));
  readonly residence = lazy(() => residenceAsked(this.normalized));
  readonly place = lazy(() => placeAskedAbout(this.normalized));
  readonly kindNamed = lazy(() => KIND_ASKED.exec(this.normalized)?.[1]);
  /** "Good at" asks how well, not where: an "at" inside a cue phrase. */
  readonly atInCue = lazy(() => this.cues().some(({ start, end }) => this.words.slice(start, end).includes('at')));
  readonly now = lazy(() => this.table.now.test(this.words));
  readonly stated = lazy(() => statedTime(this.normalized));
  /** The words of a school each form names, without little words (the owner's name is routing's to take out). */
  readonly schools = lazy(() =>
    SCHOOL.map((form) => (form.exec(this.normalized)?.[0] ?? '').split(' ').filter((w) => w && !STOPWORDS.has(w))),
  );
  /** Who it may be about, by its words (the question as asked, folded). */
  readonly subjects = lazy(() => subjectsSaid(fold(this.text)));
  /** The name a "who is …" question ends with. */
  readonly refereeAsked = lazy(() => refereeAsked(this.text));
  readonly picked = lazy(() => picked(this.normalized));

  private readonly ownCues = new Map<Intent, readonly Found[]>();

  /** An intent's own cue phrases in the question. */
  ownCuesOf(intent: Intent): readonly Found[] {
    let found = this.ownCues.get(intent);
    if (!found) this.ownCues.set(intent, (found = intent.own.find(this.words)));
    return found;
  }
}
