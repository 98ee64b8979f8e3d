/**
 * /people: who in the directory fits a question ("kafka", "worked at dropbox", "phd", "speaks
 * spanish", "2015", "ceo"). Each person's own résumé answers the question the way any other
 * command would (the same routing, the same literal-evidence rules: a word inside a third
 * party's name is nobody's skill), and a person is listed only when that answer found entries.
 * Alone: everyone, with headline and current role.
 */
import type { Messages } from '../src/i18n/catalogue.js';
import { makeAnswer, type Answer, type Match, type ResumeSection } from '../src/model/answer.js';
import { POINTING_BACK_WORDS } from '../src/query/asides.js';
import { expandQuery, relatedQueries, runTogether } from '../src/query/expand.js';
import type { SearchDocument } from '../src/query/documents.js';
import type { ResumeIndex } from '../src/query/index.js';
import { holdsPhrase } from '../src/query/holds.js';
import { normalize, words } from '../src/query/normalize.js';
import { livingAsked, presentInAsked, residenceAsked, residenceOutsideAsked } from '../src/query/place.js';
import { englishOf } from '../src/query/language.js';
import { cuesSpelled } from '../src/query/cue-spelling.js';
import { isGenericQuery, routeFreeText } from '../src/query/route.js';
import { kindAsked, technologyOf } from '../src/query/technologies.js';
import { FIELD_HEADS, FILLER, QUALIFYING_PHRASES, STOPWORDS } from '../src/query/stopwords.js';
import { isYear, saysMonthsOfYear, saysSideOfYear } from '../src/query/year.js';
import { isPastForm } from '../src/query/irregular-verbs.js';
import {
  areasOfLocation,
  continentNamed,
  continentOf,
  placesSpelledOut,
  regionOfAnotherPlace,
  inMetro,
  metroNamed,
  worldRegionNamed,
  worldRegionsOf,
} from '../src/query/regions.js';
import { EMPTY_QUERY, parseQuery, queryText, type CommandQuery } from '../src/query/modifiers.js';
import type { Resume } from '../src/resume/schema.js';
import { matchSpan, underWay } from '../src/resume/entry-dates.js';
import type { Command, CommandContext, PersonContext } from './definition.js';
import { byName, type Fit, type Fits, fitsAmong, fitsOfEvery, leftOut, nameOrder, type Plan } from './people-candidates.js';
import { countPlan } from './people-count.js';
import { otherLanguagesPlan } from './people-other-languages.js';
import { languagesInEnglish } from './language-names.js';
import { atLevel, type LevelAsked, levelAsked, namedBeside } from './people-levels.js';
import { gpaPlan } from './people-gpa.js';
import { networkAsked, profilePlan } from './people-profiles.js';
import { studyingAsked, studyingPlan } from './people-studying.js';
import { underWayEntries } from './timeline.js';
import { endOrStartAsked, mayBeDatedIn, yearAsked } from './people-dates.js';
import { asksWhenEndedOrBegan, countsBack, recentAndRest, whenVerbAt } from '../src/query/asked-time.js';
import { formerEmployerSpelledOut, saysWhichWorkplace } from '../src/query/employer.js';
import { listSpelledOut } from '../src/query/lists.js';
import { personMatch, rankingAsked, rankPeople } from './people-rank.js';
import { namesPlaceOfAny, residentOf } from './residence.js';
import { everyPlace, mayBeFound, mayMean, type Places, placesWhere } from './people-places.js';
import { workTitle } from './experience.js';
import { quoted, shownTitle } from './format.js';
import { standsThen } from './stated-time.js';
import { MAX_JOB_DESCRIPTION, matcherFor } from './match.js';
import { doingFormsOf, entryTexts, evidenceWords, isDoneVerb, sayingForms, saysInOrder, saysWord } from './people-words.js';
import { kindWords } from './people-kind-words.js';
import { skillsOf } from './skill-kinds.js';
import { type PhraseEvidence, phraseEvidence } from './people-texts.js';
import { anySectionYear, shownInYear } from './year-elsewhere.js';

/** Commands that say something about a person's entries; the others (help, cv, about…) are no evidence. */
const answersWithEntries = (command: Command): boolean => Boolean(command.section) && command.data.name !== 'references';

/** "Kafka · Technical Skills", "Staff Software Engineer at Confluent · Jan 2020 – Present": the entries found, and the answer's footer. */
function evidenceLine(
  matches: readonly Match[],
  footer: string | undefined,
  context: Pick<CommandContext, 'index' | 'commands' | 'messages'>,
  required: readonly (readonly string[])[],
): string {
  const first = matches[0]!;
  const detail = matches.length === 1 ? footer : undefined;
  const more = matches.length > 1 ? context.messages.t('people.moreEntries', { count: matches.length - 1 }) : '';
  // A match's own title is English (what --json prints): the entry is shown in the asker's words, as its section titles it.
  const shown = shownTitle(first, context);
  // A word asked that only a facet of the entry says ("native" of Spanish, a native speaker's) is shown with it; a
  // facet of one word is a word derived to find the entry ("phd" of a Doctorado), or the word asked itself.
  const doc = required.length ? documentOf(context.index, first) : undefined;
  const showing = evidenceWords(shown);
  const facets = doc?.facets.filter((f) => f.includes(' ') && saysMore(f, showing, required)) ?? [];
  // One that says a word as asked before one that says another form of it ("Mobile Development", not "Developer …").
  const facet = facets.find((f) => saysAsAsked(f, required)) ?? facets[0];
  const title = facet ? `${shown} · ${facet}` : shown;
  return (title && detail ? `${title} · ${detail}` : title || detail || '') + more;
}

/** The indexed entry a match is of. */
const documentOf = (index: ResumeIndex, match: Match): SearchDocument | undefined =>
  index.documents.find((d) => d.section === match.section && d.id === match.id);

/** Whether `text` says a word of the runs as it is (or its plural). */
function saysAsAsked(text: string, required: readonly (readonly string[])[]): boolean {
  const said = new Set(evidenceWords(text));
  return required.some((run) => run.some((w) => said.has(w) || said.has(`${w}s`)));
}

/** Whether `text` says a word of the runs that the words `showing` do not. */
function saysMore(text: string, showing: readonly string[], required: readonly (readonly string[])[]): boolean {
  const said = evidenceWords(text);
  return required.some((run) => run.some((w) => said.some((s) => saysWord(s, w)) && !showing.some((s) => saysWord(s, w))));
}

/** A run of the question's words, said in that order in one of the entry's texts. */
function saysRun(texts: EntryTexts, run: readonly string[]): boolean {
  for (let t = 0; t < texts.said.length; t++) if (saysInOrder(wordsOf(texts, t), run)) return true;
  return false;
}

/**
 * An entry's texts (its name, facets, then running text), each split into words when first read and kept: every
 * question across everyone reads the same entries again, and a run is mostly found in a name, so a role's long
 * text is split only when a question looks that far.
 */
interface EntryTexts {
  readonly said: readonly string[];
  readonly split: Array<readonly string[] | undefined>;
}
const splitTexts = new WeakMap<SearchDocument, EntryTexts>();
function textsOf(doc: SearchDocument): EntryTexts {
  let texts = splitTexts.get(doc);
  if (!texts) {
    const said = entryTexts(doc);
    texts = { said, split: new Array(said.length) };
    splitTexts.set(doc, texts);
  }
  return texts;
}

function wordsOf(texts: EntryTexts, t: number): readonly string[] {
  let split = texts.split[t];
  if (!split) texts.split[t] = split = evidenceWords(texts.said[t]!);
  return split;
}

/**
 * Listing a person is a claim about them, so each entry given as evidence must say every word of
 * the question that names something (or a documented other name for it), and words asked
 * together as one phrase in one of its texts: a search that lets "intern" find "internal", keeps
 * only "science" of "computer science", or finds "cloud" and "security" in two sentences of a
 * role gives a hint about one résumé but would list the wrong person here.
 */
function saysAll(index: ResumeIndex, match: Match, runs: readonly (readonly string[])[], evidence: Evidence): boolean {
  const doc = documentOf(index, match);
  if (!doc) return true;
  // Read from which of everyone's texts say each run, when the other names are read the same way.
  const said = evidence.aliases === index.aliases ? evidence.read().says(doc) : undefined;
  if (said !== undefined) return said;
  const texts = textsOf(doc);
  return runs.every((run) => saysRun(texts, run) || otherWays(run, index.aliases).some((other) => saysRun(texts, other)));
}

/** A run's other names, each as its words as evidence reads them (k8s: kubernetes). */
function otherWays(run: readonly string[], aliases: ResumeIndex['aliases']): string[][] {
  const phrase = run.join(' ');
  return expandQuery(phrase, aliases)
    .filter((other) => other !== phrase)
    .map(evidenceWords);
}

/** The words of a word's other names (k8s → kubernetes), read once for everyone. */
function otherNames(aliases: ResumeIndex['aliases'], word: string): string[][] {
  return expandQuery(word, aliases)
    .filter((other) => other !== word)
    .map((other) => words(other));
}

/** Which of a question's words name something, and which of those are asked on their own (kindWords' `apart`). */
interface Naming {
  readonly names: readonly boolean[];
  readonly apart: ReadonlySet<number>;
}

/**
 * The question's words that name something: without question and cue words, and years (a date decides those). A
 * word the stop lists drop, typed alone, names the technology it is the name of ("/people go": technologyRoute).
 */
function namingWords(said: readonly string[], context: CommandContext): Naming {
  if (said.length === 1 && parseQuery(said[0]!, []).literal) return { names: [true], apart: new Set() };
  const cues = context.index.routes.allCues;
  const cue = new Set<number>();
  for (const { start, end } of cues?.find(said) ?? []) for (let at = start; at < end; at++) cue.add(at);
  const { says, apart } = kindWords(said, context.index.routes);
  const when = whenVerbAt(said);
  const naming = said.map(
    (w, i) =>
      (!cue.has(i) || apart.has(i)) &&
      !says.has(i) &&
      !STOPWORDS.has(w) &&
      !FILLER.has(w) &&
      !/^\d{4}$/.test(w) &&
      !leadsYear(said, i) &&
      !saysMonthsOfYear(said, i) &&
      !saysSideOfYear(said, i) &&
      i !== when &&
      !saysWhichWorkplace(said, i),
  );
  // A line of work after its name ("the restaurant industry") names nothing more; "studied business" still does.
  return { names: naming.map((named, i) => named && !(i > 0 && naming[i - 1] && FIELD_HEADS.has(said[i]!))), apart };
}

/**
 * The question without its qualifying phrases ("used go professionally": used go), asked so of everyone: they name
 * nothing an entry must say, and one person's search would read them as words of entries ("Professional Certificate").
 */
function withoutQualifiers(text: string): string {
  const said = words(text);
  // "In the past 5 years" is a time, not "in the past".
  const found = QUALIFYING_PHRASES.find(said).filter(({ end }) => !countsBack(said.slice(end)));
  return found.length ? said.filter((_, i) => !found.some(({ start, end }) => i >= start && i < end)).join(' ') : text;
}

/** Writing in a technology, said of people ("anyone write go?", "who has written in rust"). */
const WRITING = new Set(['write', 'writes', 'wrote', 'writing', 'written']);

/**
 * "Anyone write go?": knowing it, which any entry naming the technology says ("go" is a stop word, and "write" a cue of
 * what someone wrote); a text written about something ("who wrote about kafka") stays as it is.
 */
function writingAsKnowing(text: string): string {
  const said = words(text);
  /** Where what is written is said: after the verb, or after "in". */
  const objectAt = (i: number) => (said[i + 1] === 'in' ? i + 2 : i + 1);
  const at = said.findIndex((w, i) => WRITING.has(w) && technologyOf(said[objectAt(i)] ?? '') !== undefined);
  if (at < 0) return text;
  return [...said.slice(0, at), 'knows', ...said.slice(objectAt(at))].join(' ');
}

/** The naming words less a continent's. */
function withoutContinent(naming: Naming, continent: { start: number; end: number } | undefined): Naming {
  if (!continent) return naming;
  return { ...naming, names: naming.names.map((named, i) => named && (i < continent.start || i >= continent.end)) };
}

/** Whether where someone lives, or a role's location, is in the continent or the metropolitan area. */
function hasLocationIn(resume: PersonContext['resume'], area: string): boolean {
  const own = resume.basics.location?.countryCode;
  if (continentOf(own) === area || worldRegionsOf(own).includes(area) || inMetro(resume.basics.location?.city, own, area)) return true;
  return resume.work.some((role) => {
    const areas = areasOfLocation(role.location, own);
    return areas.continent === area || areas.regions.includes(area) || areas.metros.includes(area);
  });
}

/**
 * "Quem fala basco?": a spoken language named in another language, said by no résumé here, is asked by its English
 * name (Basque), which an entry naming it in any language is found by ("Euskara").
 */
function languagesNamedInEnglish(text: string, all: readonly PersonContext[]): string {
  const read = languagesInEnglish(words(text), (word) => word.length >= 4 && !all.some((person) => person.knows(word)));
  return read ? read.join(' ') : text;
}

/**
 * How a question states its year ("since 2022", "prior to 2015", "since before 2021"): the date decides it, as the year
 * itself.
 */
const YEAR_LEADS = new Set(['since', 'prior']);
const YEAR_LINKS = new Set(['to', 'before']);
const leadsYear = (said: readonly string[], i: number): boolean =>
  YEAR_LEADS.has(said[i]!) && isYear((YEAR_LINKS.has(said[i + 1]!) ? said[i + 2] : said[i + 1]) ?? '');

/** The longest phrase of naming words the alias table gives another name, at most. */
const MAX_ALIASED_WORDS = 3;

/**
 * The places of naming words in a phrase the alias table names as a whole, partly said here ("coding competition":
 * hackathon, where someone says "coding"): kept, though no résumé says the rest, for whoever says the other name. A
 * phrase nobody says a word of ("united states") is read as before, by the paths for words nobody spells so.
 */
function namedByOtherName(
  said: readonly string[],
  names: readonly boolean[],
  says: readonly boolean[],
  aliases: ResumeIndex['aliases'],
): Set<number> {
  const found = new Set<number>();
  for (let size = MAX_ALIASED_WORDS; size >= 2; size--)
    for (let at = 0; at + size <= said.length; at++) {
      const places = Array.from({ length: size }, (_, k) => at + k);
      if (!places.every((i) => names[i]) || !places.some((i) => says[i]) || places.every((i) => says[i])) continue;
      if (aliases.same.has(said.slice(at, at + size).join(' '))) for (const i of places) found.add(i);
    }
  return found;
}

/**
 * The words a fitting entry must say: the naming words, without words no résumé here uses at all
 * (they tell nobody apart, and a typo is the search's to forgive).
 */
function requiredWords(
  said: readonly string[],
  { names, apart }: Naming,
  people: readonly PersonContext[],
  context: CommandContext,
): { runs: string[][]; unsaid: string[] } {
  const knowers = knowersIn(people, context);
  const says = said.map((w, i) => names[i]! && (knowers(w).length > 0 || derived(w, context)));
  const named = namedByOtherName(said, names, says, context.index.aliases);
  const kept = said.map((_, i) => says[i]! || named.has(i));
  // Neighbours in the question stay together: a phrase ("cloud security") is asked as one.
  const runs: string[][] = [];
  kept.forEach((keep, i) => {
    if (!keep) return;
    if (i > 0 && kept[i - 1] && !apart.has(i) && !apart.has(i - 1)) runs.at(-1)!.push(said[i]!);
    else runs.push([said[i]!]);
  });
  // What a verb was done to is what is asked ("ran marathons", "designed chips"): not dropped as a typo unless it
  // may be one, or has other names someone's reading finds ("given talks": conference speaking).
  const unsaid = said.filter(
    (w, i) => names[i] && !kept[i] && i > 0 && isDoneVerb(said[i - 1]!) && !/\d/.test(w) && !otherNames(context.index.aliases, w).length,
  );
  return { runs, unsaid };
}

/**
 * Who may fit one question and how each is asked: the candidates (only a résumé that has every named word, or
 * another name for it, can give evidence of it), the words that rank them, and the one-person question. `capped`:
 * the answer shows a few, so a question asked only in words nobody spells narrows the candidates further.
 */
function planFor(question: string, all: readonly PersonContext[], context: CommandContext, capped: boolean): Plan {
  const text = languagesNamedInEnglish(writingAsKnowing(withoutQualifiers(question)), all);
  // Where someone lives is read from their own location, a cheap look for everyone: never capped. Outside a place is
  // a location known to be elsewhere (someone who gives none is in no place at all).
  const outside = residenceOutsideAsked(text);
  const living = livingAsked(text);
  if (outside)
    return {
      candidates: everyPlace(all),
      fitting: (person) => residentOf(person, outside, context.now, { outside: true, living }),
      asked: [],
      everyone: true,
    };
  // "Who is in Texas?" asks where they are, when the words name a country or a region, or where someone here lives;
  // never a school or a food bank named after it ("in sales" is no place).
  const present = presentInAsked(text);
  const presentIn = present && namesPlaceOfAny(present, all, context.now) ? present : null;
  const place = residenceAsked(text) ?? presentIn;
  if (place)
    return {
      candidates: everyPlace(all),
      fitting: (person) => residentOf(person, place, context.now, { living }),
      asked: [],
      everyone: true,
    };
  const network = networkAsked(text, all);
  if (network) return profilePlan(all, network);
  if (studyingAsked(text)) return studyingPlan(all, context.now);
  const gpa = gpaPlan(text, all);
  if (gpa) return gpa;
  const other = otherLanguagesPlan(text, all, context);
  if (other) return other;
  const counted = countPlan(text, all, context);
  if (counted) return counted;
  // "Who has worked in the last 2 years?": the time is each entry's to stand in (each person's reading keeps it), and
  // names nothing an entry says.
  const said = words(placesSpelledOut(recentAndRest(normalize(text))?.rest ?? text.toLowerCase()));
  // "Who worked in Europe?", "in the bay area?": a continent or a metropolitan area is where a location is, which no
  // résumé says in words (each person's own reading finds their roles there). Its words are none to look for; only
  // whoever has a location in it may fit.
  const continent = areaNamed(said);
  const naming = withoutContinent(namingWords(said, context), continent);
  // "Who knows databases?": a kind of skill, asked as a whole, is whoever lists a skill of that kind (PostgreSQL).
  const kind = kindAsked(said.filter((_, i) => naming.names[i]).join(' '));
  if (kind) return kindPlan(all, kind);
  const { runs: required, unsaid } = requiredWords(said, naming, all, context);
  // A word a command looks for in what it derives ("bachelor" of a Licenciatura's degree level) is asked of every résumé.
  const named = required.flat();
  // A word's other names, and its phrase's (a run of words, "food bank": "banco de alimentos"), each as words.
  const others = new Map(named.map((w) => [w, otherNames(context.index.aliases, w)]));
  for (const run of required)
    if (run.length > 1) for (const other of otherWays(run, context.index.aliases)) for (const w of run) others.get(w)!.push(other);
  // A derived word is asked of every résumé: only the others, each said as it is or by another name, sort people out.
  const known = named.filter((w) => !derived(w, context)).map((word) => ({ word, others: others.get(word)! }));
  const knowers = knowersIn(all, context);
  // Only whoever may mean such an object, as a typo of theirs, may fit.
  const knowing = knowingEach(all, known, knowers);
  const candidates = unsaid.length ? mayMean(knowing, all, unsaid) : knowing;
  const evidence = evidenceOf(all, required, context.index.aliases);
  // Nothing named but a year: only whoever has an entry in that year, or says it, is asked in full.
  const year = required.length ? undefined : yearAsked(text);
  // Asked only in words nobody spells so ("kafak", "haskell"): only whoever has a word they can mean may fit. A verb
  // the year is asked with ("left a job in 2021") says when, which the dates answer.
  const ends = Boolean(year) || (!required.length && endOrStartAsked(text));
  const unknown =
    capped && !required.length ? said.filter((w, i) => naming.names[i] && !derived(w, context) && !(ends && asksWhenEndedOrBegan(w))) : [];
  const meanings = [
    ...unknown,
    ...unknown.flatMap((w) => otherNames(context.index.aliases, w).flat()),
    ...runTogether(unknown.length ? [unknown.join(' ')] : []),
  ];
  const unsearched = unknown.length ? unsearchedBy(unknown, meanings, context) : undefined;
  const mayGiveEvidence = evidenceNeeded(named, required, context) ? (place: number) => evidence.read().mayEachSay[place] === 1 : undefined;
  const dated = year ? mayBeDatedIn(all, year, context.now, knowers(String(year.year)), yearSectionOf(all, text, context)) : undefined;
  // Words to give evidence of, or else a year (never both).
  const looks = mayGiveEvidence ?? dated;
  const mayFit = continent ? (place: number) => hasLocationIn(all[place]!.resume, continent.name) && (!looks || looks(place)) : looks;
  // "Who has written a runbook?": read once for everyone, where a section names none.
  const made = madeAsked(text, required);
  const fitting = (person: PersonContext) => fitOf(person, text, required, evidence, context, unsearched, made);
  // Each named word said as it is or by another name of it (k8s: kubernetes), for the ranking.
  const asked = named.map((w) => [[w], ...others.get(w)!]);
  const looked = mayFit ? { mayFit } : {};
  if (!unknown.length)
    return { candidates: capped ? sayingDerived(candidates, all, named, others, context) : candidates, fitting, asked, ...looked };
  return { candidates: mayMean(candidates, all, meanings), fitting, asked, ...looked };
}

/**
 * Words nobody spells so, and who may be found by them as the search reads a text: a candidate whose texts have
 * such a word only as a name's typo ("bullet" of "ballet") stays one (and is counted so), but no search of theirs
 * finds it.
 */
interface Unsearched {
  readonly words: readonly string[];
  readonly found: (person: PersonContext) => boolean;
}

function unsearchedBy(unknown: readonly string[], meanings: readonly string[], context: CommandContext): Unsearched {
  // Another name's related terms are searched too ("kafka": "event streaming").
  const related = meanings.flatMap((w) => relatedQueries(w, context.index.aliases).flatMap(words));
  return { words: unknown, found: mayBeFound([...meanings, ...related]) };
}

/** A route that searches for one of these words: its text says it, and no modifier or stated time lists entries without it. */
function searchesFor(query: CommandQuery, unknown: readonly string[]): boolean {
  if (query.modifier || query.during || query.pick || !query.text) return false;
  const said = words(query.text);
  return unknown.some((w) => said.includes(w));
}

/** Which of everyone's texts say the required words, read on the first look at anyone's evidence (phraseEvidence). */
interface Evidence {
  readonly aliases: ResumeIndex['aliases'];
  read(): PhraseEvidence;
}

function evidenceOf(all: readonly PersonContext[], required: readonly (readonly string[])[], aliases: ResumeIndex['aliases']): Evidence {
  let read: PhraseEvidence | undefined;
  // Each run said as it is or by another name's words, as saysAll reads it.
  const ways = () => required.map((run) => [run, ...otherWays(run, aliases)]);
  return { aliases, read: () => (read ??= phraseEvidence(all, ways())) };
}

/**
 * Whether only those who may give evidence of the required words are asked in full: each phrase of them (or of
 * another name for it) said by one text of theirs. Everyone is asked when evidence need not say them: a word a
 * command derives is asked of every résumé, and a word a cue phrase may take can leave a person's own reading of the
 * question only restating a section, whose every entry then answers.
 */
function evidenceNeeded(named: readonly string[], required: readonly (readonly string[])[], context: CommandContext): boolean {
  return required.length > 0 && !named.some((w) => derived(w, context) || context.index.routes.allCues.uses(w));
}

/** Who of everyone uses a word, or a form of it that says it, anywhere in their résumé: their places among them, ascending. */
function knowersIn(all: readonly PersonContext[], context: CommandContext): (word: string) => ArrayLike<number> {
  const exact = context.knowing ?? ((word: string) => all.flatMap((person, place) => (person.knows(word) ? [place] : [])));
  return (word) => {
    let found = exact(word);
    const add = (form: string) => {
      const more = exact(form);
      if (more.length) found = found.length ? mergedPlaces(found, more) : more;
    };
    for (const form of sayingForms(word)) add(form);
    // A verb someone here says ("teaches") is said by its doers too ("Teacher"); one nobody says stays a word the
    // person's own reading weighs ("manages teams": "Team Management").
    if (found.length) for (const form of doingFormsOf(word)) add(form);
    return found;
  };
}

/** Two ascending lists of places as one, each place once. */
function mergedPlaces(a: ArrayLike<number>, b: ArrayLike<number>): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (n === 0 || out[n - 1] !== next) out[n++] = next;
  }
  return out.subarray(0, n);
}

/**
 * The places of those whose résumé has each word, or every word of another name for it: each word's knowers read
 * once for everyone (a thousand people are asked), counted per person.
 */
function knowingEach(
  all: readonly PersonContext[],
  known: ReadonlyArray<{ word: string; others: readonly string[][] }>,
  knowers: (word: string) => ArrayLike<number>,
): Places {
  const saying = new Uint16Array(all.length);
  const said = new Uint8Array(all.length);
  const parts = new Uint16Array(all.length);
  for (const { word, others } of known) {
    said.fill(0);
    mark(knowers(word), said);
    for (const other of others) {
      const each = [...new Set(other)];
      parts.fill(0);
      for (const w of each) mark(knowers(w), parts);
      for (let at = 0; at < all.length; at++) if (parts[at] === each.length) said[at] = 1;
    }
    for (let at = 0; at < all.length; at++) saying[at]! += said[at]!;
  }
  return placesWhere(all.length, (at) => saying[at] === known.length);
}

/** Counts each place once more. */
function mark(places: ArrayLike<number>, counts: Uint8Array | Uint16Array): void {
  for (let i = 0; i < places.length; i++) counts[places[i]!]!++;
}

/** Everyone who fits one question; past `limit` of them, the others are counted, not asked. */
function fitsFor(text: string, all: readonly PersonContext[], context: CommandContext, limit = Infinity): Fits {
  const plan = leavingOut(planFor(text, all, context, limit < Infinity), all, context.besides);
  return fitsAmong(plan, plan.everyone ? Infinity : limit, all);
}

/** Whether the question leaves this person out ("who else…?" after an answer about them). */
const leftOutBy = (besides: readonly string[] | undefined, person: PersonContext): boolean => besides?.includes(person.person.id) ?? false;

/** The plan without the people the question leaves out: never candidates, so never counted either. */
function leavingOut(plan: Plan, all: readonly PersonContext[], besides: readonly string[] | undefined): Plan {
  if (!besides?.length) return plan;
  return { ...plan, candidates: plan.candidates.filter((place) => !leftOutBy(besides, all[place]!)) };
}

/**
 * Of these candidates, those whose indexed entries can say each derived word ("masters": a degree's level, which
 * the index holds beside the degree) in the section that derives it: evidence must say it, so nobody else can fit
 * (a skill's level "Master" is no degree).
 */
function sayingDerived(
  candidates: Places,
  all: readonly PersonContext[],
  named: readonly string[],
  others: ReadonlyMap<string, string[][]>,
  context: CommandContext,
): Places {
  return named
    .filter((w) => derived(w, context))
    .reduce((left, w) => {
      const sections = new Set(context.index.routes.owners.get(w)!.map((intent) => intent.spec.section));
      const [section] = sections;
      return mayMean(left, all, [...spellings(w), ...others.get(w)!.flat()], sections.size === 1 && section ? section : undefined);
    }, candidates);
}

/** A word as asked, and undotted when dotted ("ph.d": phd), as what the index derives spells it. */
const spellings = (word: string): string[] => (word.includes('.') ? [word, word.replace(/\./g, '')] : [word]);

/**
 * Those who fit the question without its level (everyone, when it names nothing else: "who is fluent?") and have an
 * entry at that level, shown with it: all of them asked, as the level rules some out.
 */
function fitsAtLevel(level: LevelAsked, all: readonly PersonContext[], context: CommandContext): Fits {
  const { shown: _, ...uncapped } = context;
  const asked = namedBeside(level).length
    ? whoFitsLeavingOut(level.rest, all, uncapped).fits.map((fit) => fit.person)
    : all.filter((p) => !leftOutBy(context.besides, p));
  const fits = asked.flatMap((person) => {
    const line = atLevel(person, level, context);
    return line ? [{ person, line, score: 1, strength: 1 }] : [];
  });
  // Every one of them shows the level as well as any other: listed by name.
  return { fits: fits.sort((a, b) => byName(a.person, b.person)), unasked: 0 };
}

/** The words with a cue typed with a typo read as the cue ("who has publcations?"), unless someone's résumé says it. */
function withCuesSpelled(text: string, all: readonly PersonContext[], context: CommandContext): string {
  const said = words(text).join(' ');
  const spelled = cuesSpelled(said, context.index.routes, (w) => all.some((p) => p.index.knows(w)));
  return spelled === said ? text : spelled;
}

/** A word a command looks for among what it derives from an entry ("phd", "bachelor": a degree's level). */
const derived = (word: string, context: CommandContext): boolean => context.index.routes.owners.has(word);

/**
 * "speaks english and spanish", "knows tableau and sql", "worked at google and netflix": each part asked
 * on its own, with the first part's words before what it names ("speaks", "worked at") carried over.
 */
function conjuncts(text: string, all: readonly PersonContext[], context: CommandContext): string[] {
  // "Between 2011 and 2013" is one time, not two parts.
  // "With a kubernetes cert who also volunteers": a relative clause with "also" is one more part, as "and" is.
  const parts = text.split(/(?<!\bbetween\s+\d{4})\s+(?:and(?:\s+also)?|(?:who|that)\s+also)\s+/i).filter((part) => part.trim());
  // "Knows both python and go": "both" only says there are two.
  const [first, ...rest] = parts;
  return withLead(rest.length ? [first!.replace(/\bboth\s+(?=\S)/i, ''), ...rest] : parts, text, all, context);
}

/** An "or" between alternatives, not of a bound ("3 or more languages", "2015 or later"). */
const ALTERNATIVE = /\s+or\s+(?!(?:more|less|fewer|so|later|earlier|above|below|higher|lower|newer|older|before|after)\b)/i;

/** Words that stand for a thing said before: "or currently doing one", "or close to it". */
const ASKS_AGAIN = new RegExp(String.raw`\b(?:${POINTING_BACK_WORDS}|one|ones|same)\b`, 'i');

/** "knows go or rust", "either a phd or a masters": each alternative, the lead carried over. */
function alternatives(text: string, all: readonly PersonContext[], context: CommandContext): string[] {
  if (!ALTERNATIVE.test(text)) return [text];
  const parts = text
    .replace(/\beither\s+/i, '')
    .split(ALTERNATIVE)
    .filter((part) => part.trim());
  // "Living or working in europe": a first part that names nothing, ending in a verb of the same form as the last
  // part's first word, is a verb of the last part's object.
  const verbs = parts.length > 1 && sameForm(words(parts[0]!).at(-1), words(parts.at(-1)!)[0]);
  const object = verbs && namesOnlyItsVerb(parts[0]!, all, context) ? objectOf(parts.at(-1)!, all, context) : undefined;
  if (object) parts[0] = `${parts[0]} ${object}`;
  // "A phd or currently doing one": a part that names nothing of its own, pointing back ("one") or only a section's
  // words ("or school project"), asks the first part's thing again; "banking" of "worked in fintech or banking" is a
  // line of work, read once led by "worked in".
  const own = parts.filter((part, i) => i === 0 || namesSomething(part, all, context) || saysMoreThanCues(part, context));
  return withLead(own, own.length > 1 ? text : own[0]!, all, context);
}

/** Whether a part says a word of its own: not one that points back, nor only the words a section is asked by. */
function saysMoreThanCues(part: string, context: CommandContext): boolean {
  if (ASKS_AGAIN.test(part)) return false;
  const left = context.index.routes.allCues.strip(words(part));
  return left.some((w) => w && !STOPWORDS.has(w) && !FILLER.has(w));
}

/** Whether a part of a question names something to look for, a year, or a place no résumé says in words ("europe"). */
function namesSomething(part: string, all: readonly PersonContext[], context: CommandContext): boolean {
  const said = words(part);
  return namesYearOrArea(part, said) || requiredWords(said, namingWords(said, context), all, context).runs.length > 0;
}

/** Whether a part names a year, or a place no résumé says in words ("europe"). */
const namesYearOrArea = (part: string, said: readonly string[]): boolean => /\b\d{4}\b/.test(part) || areaNamed(said) !== undefined;

/**
 * Whether a part names nothing but the verb it ends with ("has anyone written" of "written or published anything on
 * compression"): a past form some résumé says ("wrote"), yet no object of its own.
 */
function namesOnlyItsVerb(part: string, all: readonly PersonContext[], context: CommandContext): boolean {
  const said = words(part);
  if (namesYearOrArea(part, said)) return false;
  const named = requiredWords(said, namingWords(said, context), all, context).runs.flat();
  // Only a past form is surely a verb: "snakes" of "into snakes or reptiles" is a thing named.
  return !named.length || (named.length === 1 && named[0] === said.at(-1) && isPastForm(named[0]!));
}

/** Two verbs said in the same form: "living" and "working", "lived" and "worked", "written" and "published", "speaks" and "writes". */
function sameForm(one: string | undefined, other: string | undefined): boolean {
  if (!one || !other || one === other) return false;
  return (
    (one.endsWith('ing') && other.endsWith('ing')) || (isPastForm(one) && isPastForm(other)) || [one, other].every((w) => /[^s]s$/.test(w))
  );
}

/** A continent, a region of the world or a metropolitan area the words name, where they are. */
const areaNamed = (said: readonly string[]) => continentNamed(said) ?? worldRegionNamed(said) ?? metroNamed(said);

/**
 * What a part asks of its verb, with the little word before it: "in europe" of "working in europe", "kafka" of "has
 * used kafka"; nothing when the part opens with it.
 */
function objectOf(part: string, all: readonly PersonContext[], context: CommandContext): string | undefined {
  const said = words(part);
  const named = requiredWords(said, namingWords(said, context), all, context).runs[0]?.[0];
  const starts = [areaNamed(said)?.start ?? -1, named === undefined ? -1 : said.indexOf(named)].filter((at) => at > 0);
  if (!starts.length) return undefined;
  const at = Math.min(...starts);
  return said.slice(STOPWORDS.has(said[at - 1]!) && at > 1 ? at - 1 : at).join(' ');
}

/**
 * The parts, each after the first led by the first part's words before what it names, unless it says its own ("speaks
 * spanish and knows python"); the text whole when one part.
 */
function withLead(parts: readonly string[], text: string, all: readonly PersonContext[], context: CommandContext): string[] {
  if (parts.length < 2) return [text];
  const lead = (part: string) => {
    const said = words(part);
    const named = new Set(requiredWords(said, namingWords(said, context), all, context).runs.flat());
    // Nothing named in it that the stop lists keep ("knows go"): the part's last word is what the others stand for.
    const at = said.findIndex((w) => named.has(w));
    return said.slice(0, at >= 0 ? at : said.length - 1);
  };
  const first = lead(parts[0]!).join(' ');
  // "Taught coding to kids or teenagers": one word after the first part's last, itself after a little word, stands
  // for that last word ("taught coding to teenagers"); "kafka streams or flink" is another name.
  const opening = words(parts[0]!);
  const allButLast = opening.length > 2 && STOPWORDS.has(opening.at(-2)!) ? opening.slice(0, -1).join(' ') : '';
  // A lead of its own says what is asked of the part; little words alone ("at netflix") do not.
  const ownLead = (part: string) => lead(part).some((w) => !STOPWORDS.has(w) && !FILLER.has(w));
  return parts.map((part, i) => {
    if (i === 0 || ownLead(part)) return part;
    const before = allButLast && words(part).length === 1 ? allButLast : first;
    return before ? `${withoutLittleEnd(before, part)} ${part}` : part;
  });
}

/**
 * The lead less the little words it ends with when the part opens with little words of its own: "worked in brazil or
 * in latin america" asks "worked in latin america", not "worked in in latin america" (which reads no place).
 */
function withoutLittleEnd(lead: string, part: string): string {
  if (!STOPWORDS.has(words(part)[0] ?? '')) return lead;
  const said = lead.split(' ');
  let end = said.length;
  while (end > 1 && STOPWORDS.has(said[end - 1]!)) end--;
  return said.slice(0, end).join(' ');
}

/** One person's fit of two parts: both lines of evidence (one, when they say the same), the weaker score. */
function bothFit(fit: Fit, other: Fit): Fit {
  const line = fit.line === other.line ? fit.line : `${fit.line}; ${other.line}`;
  return { person: fit.person, line, score: Math.min(fit.score, other.score), strength: Math.min(fit.strength, other.strength) };
}

/** Whoever lists a skill of the kind, each with those skills and their group: "PostgreSQL · Data & Infrastructure". */
function kindPlan(all: readonly PersonContext[], kind: string): Plan {
  const theirs = (person: PersonContext) => skillsOf(person.resume, kind);
  const fitting = (person: PersonContext): Omit<Fit, 'strength'> | null => {
    const found = theirs(person);
    if (!found.length) return null;
    const groups = [...new Set(found.flatMap(({ group }) => (group ? [group] : [])))];
    return { person, line: [found.map(({ keyword }) => keyword).join(', '), ...groups].join(' · '), score: 1 };
  };
  return { candidates: placesWhere(all.length, (place) => theirs(all[place]!).length > 0), fitting, asked: [] };
}

/** The entry a match names has started and not ended. */
function ongoing(resume: Resume, match: Match, now: Date): boolean {
  const span = matchSpan(resume, match);
  return span !== undefined && underWay(span.end, now);
}

/** The sections that may show what a person's reading of a question found no entry saying: roles, then projects. */
const SHOWN_IN: ReadonlySet<ResumeSection> = new Set(['work', 'projects']);

/** Articles between a verb and what it made ("wrote a runbook"). */
const ARTICLES = new Set(['a', 'an', 'the', 'some', 'any', 'one']);

/** A verb of making said right before the one thing asked ("written a runbook"): the verb and that thing's words. */
function madeAsked(text: string, required: readonly (readonly string[])[]): string[] | undefined {
  if (required.length !== 1) return undefined;
  const said = words(text);
  const at = said.indexOf(required[0]![0]!);
  let verb = at - 1;
  while (verb >= 0 && ARTICLES.has(said[verb]!)) verb--;
  return verb >= 0 && isDoneVerb(said[verb]!) ? [said[verb]!, ...required[0]!] : undefined;
}

/** Where a skill the person does not list shows up: their roles, then their projects, that say it. */
function shownIn(query: CommandQuery, context: CommandContext): Answer | null {
  for (const section of SHOWN_IN) {
    const command = context.commands.find((c) => c.section?.section === section);
    const answer = command?.execute(query, context);
    if (answer?.matches.length && (answer.kind === 'result' || answer.kind === 'list')) return answer;
  }
  return null;
}

/**
 * "/people go": one word the stop lists drop, typed alone, is the technology it names (as `/skills go` reads it), where
 * free text would read nothing asked.
 */
function technologyRoute(text: string, context: CommandContext): { command: string; query: CommandQuery } | undefined {
  const query = parseQuery(text, []);
  const skills = query.literal ? context.commands.find((c) => c.section?.section === 'skills') : undefined;
  return skills && { command: skills.data.name, query };
}

/** How the question is asked of one person. */
function personRoute(text: string, index: ResumeIndex, context: CommandContext): { command: string; query: CommandQuery } {
  return technologyRoute(text, context) ?? routeFreeText(text, index);
}

/**
 * The section a question naming nothing but a year asks that year of, person by person ("who was working in 2005?":
 * work); undefined when it asks the résumé as a whole ("/people 2005"). Read from one person's route per route table:
 * with no word of anyone's asked, people whose résumés have the same sections route it alike.
 */
function yearSectionOf(all: readonly PersonContext[], text: string, context: CommandContext): (place: number) => ResumeSection | undefined {
  const byTable = new Map<ResumeIndex['routes'], ResumeSection | null>();
  return (place) => {
    const { index } = all[place]!;
    let section = byTable.get(index.routes);
    if (section === undefined) {
      const { command, query } = personRoute(text, index, context);
      // The year as the question ("working in 2015"), or as a time its section's entries stand to ("graduated in 2008").
      const asked =
        !query.text && (query.modifier?.kind === 'year' ? !query.modifier.anySection : !query.modifier && query.during !== undefined);
      section = (asked && context.commands.find((c) => c.data.name === command)?.section?.section) || null;
      byTable.set(index.routes, section);
    }
    return section ?? undefined;
  };
}

/** The person's own answer to the question, when it finds entries of theirs. */
function fitOf(
  person: PersonContext,
  text: string,
  required: readonly (readonly string[])[],
  said: Evidence,
  context: CommandContext,
  unsearched?: Unsearched,
  /** A verb of making and the one thing asked (madeAsked): looked for in roles and projects when the section finds nothing. */
  made?: readonly string[],
): Omit<Fit, 'strength'> | null {
  // Read once: each read of a person's index goes through their view to their member.
  const { index } = person;
  const route = personRoute(text, index, context);
  const command = context.commands.find((c) => c.data.name === route.command);
  if (!command || route.query.someoneElse || route.query.unrecorded) return null;
  // Whoever no search can find by the words looked for has no entry to show for them.
  if (unsearched && searchesFor(route.query, unsearched.words) && !unsearched.found(person)) return null;
  // Words found only in a referee's entry ("Engineering Director") are a third party's: the titles of the person's own
  // roles or projects may say them, when they are words someone here uses. Asked about references ("recommended
  // by…"), a reference is still no evidence.
  const thirdParty = command.section?.section === 'references' && !holdsPhrase(words(text), command.routing?.cues ?? []);
  if (thirdParty ? !required.length : !answersWithEntries(command)) return null;
  // Only what they are found for counts: a miss is said plainly, and what only words would show is not looked for.
  const local = {
    index,
    now: context.now,
    commands: context.commands,
    messages: context.messages,
    plainMisses: true,
    matchesOnly: true,
  };
  // A stated year ("working before 2008") is each entry's to meet, as one person's answer keeps it.
  const { during, pick: _, ...asked } = route.query;
  let query: CommandQuery = asked;
  let answer = thirdParty ? shownIn(query, local) : command.execute(query, local);
  if (!answer) return null;
  // "/people 2006": nothing but the year asked, whatever the résumé shows then (studies, when no role) fits.
  const year = anySectionYear(query);
  if (answer.kind === 'empty' && year !== undefined) answer = shownInYear(command, year, local) ?? answer;
  // "Who knows Kubernetes?" of someone who lists no such skill: a role or project whose text says it shows it too.
  if (answer.kind === 'empty' && command.section?.section === 'skills' && query.text && !query.modifier)
    answer = shownIn(query, local) ?? answer;
  // "Who has written a runbook?": no publication names one, yet a role or project may say it was made so ("Wrote the
  // on-call runbook"), the verb said with what it made.
  const madeIn =
    made && answer.kind === 'empty' && query.text && !query.modifier ? shownIn({ text: made.slice(1).join(' ') }, local) : null;
  if (madeIn && made) {
    const evidence = madeIn.matches.filter((m) => {
      const doc = documentOf(index, m);
      return doc !== undefined && saysRun(textsOf(doc), made);
    });
    if (evidence.length) return { person, line: evidenceLine(evidence, madeIn.footer, local, [made]), score: evidence[0]!.score ?? 0.5 };
  }
  // "who has publications?": a query that only restates the section is about having one.
  // "Who knows go?" asks for Go, as it is: never read as the restatement that lists every skill.
  if (answer.kind === 'empty' && !query.modifier && !query.literal && query.text && isGenericQuery(index, command.data.name, query.text)) {
    query = EMPTY_QUERY;
    answer = command.execute(query, local);
  }
  const evidenceIn = (found: Answer) =>
    found.matches.filter(
      (m) =>
        m.section !== 'basics' &&
        (query === EMPTY_QUERY || saysAll(index, m, required, said)) &&
        // In place of a referee's title, only a title of their own ("Staff Software Engineer" for "engineering").
        (!thirdParty || required.every((run) => saysInOrder(evidenceWords(m.title), run))) &&
        (!during || standsThen(person.resume, m, during, context.now, !query.text.trim() && !query.modifier)) &&
        // "Who is working now?": an ongoing entry, never the latest one that ended.
        (query.modifier?.kind !== 'current' || ongoing(person.resume, m, context.now)),
    );
  let evidence = evidenceIn(answer);
  // "Who has mentored?" of someone whose reading found their interest "Mentoring", which does not say it: a role or
  // project that says the words asked ("Mentored four engineers") shows it.
  if (!evidence.length && answer.matches.length && required.length && query !== EMPTY_QUERY && !query.modifier && !thirdParty) {
    const shown = command.section && !SHOWN_IN.has(command.section.section) ? shownIn({ text: required.flat().join(' ') }, local) : null;
    const more = shown ? evidenceIn(shown) : [];
    if (more.length) [answer, evidence] = [shown!, more];
  }
  if ((answer.kind !== 'result' && answer.kind !== 'list') || evidence.length === 0) return null;
  let best = Number.NEGATIVE_INFINITY;
  for (const m of evidence) best = Math.max(best, m.score ?? 0.5);
  const score = Math.min(1, best + Math.min(evidence.length, 5) / 100);
  return { person, line: evidenceLine(evidence, answer.footer, local, required), score };
}

/**
 * Whoever fits any alternative ("go or rust"), each once with the first alternative they fit, ranked as one list
 * (strength, then name): every alternative's first `shown` are among them, so the list's first `shown` are right.
 */
function whoFitsAny(text: string, all: readonly PersonContext[], context: CommandContext): Fits {
  const parts = alternatives(text, all, context);
  if (parts.length === 1) return whoFits(parts[0]!, all, context);
  const found = new Map<PersonContext, Fit>();
  let unasked = 0;
  for (const part of parts) {
    const each = whoFits(part, all, context);
    unasked += each.unasked;
    for (const fit of each.fits) if (!found.has(fit.person)) found.set(fit.person, fit);
  }
  const fits = [...found.values()].sort((a, b) => b.strength - a.strength || byName(a.person, b.person));
  return { fits, unasked: Math.min(unasked, all.length - fits.length) };
}

/** One of these verbs said in the negative: "doesn't", "doesn t" (as the question is read), "does not". */
const negative = (verbs: string): string => String.raw`(?:${verbs})(?:n'?\s?t|\s+not)`;
/** "Never", "has never". */
const NEVER = String.raw`(?:(?:has|have|had)\s+)?never`;

/**
 * "Knows sql but not python", "speaks spanish but doesn't speak portuguese": whoever fits what is asked and not what
 * is denied. A bare denial ("not python") is led by the wanted part's words, as a second part joined by "and" is.
 */
const DENIAL = new RegExp(
  String.raw`\s+(?:but|and|yet)\s+(?:(not)|${negative('does|do|did|has|have|had|is|are|was|were')}|${NEVER})\s+`,
  'i',
);

/**
 * Said of someone with no job ("between jobs", "unemployed", "out of work"): not working, asked in the negative, now
 * unless the question says when.
 */
const JOBLESS = /^(?:(currently|now|right now|still)\s+)?(?:between jobs|unemployed|jobless|out of work|out of a job)\b/i;

function whoFitsLeavingOut(typed: string, all: readonly PersonContext[], context: CommandContext): Fits {
  const text = typed.replace(JOBLESS, (_, when: string | undefined) => `not working ${when ?? 'now'}`);
  const negated = NEGATED.exec(text);
  if (negated) return whoDoesNotFit(text.slice(negated[0].length), text, all, context);
  const denial = DENIAL.exec(text);
  if (!denial) return whoFitsAny(text, all, context);
  const wanted = text.slice(0, denial.index);
  const denied = text.slice(denial.index + denial[0].length);
  if (!wanted.trim() || !denied.trim()) return whoFitsAny(text, all, context);
  const asked = denial[1] ? withLead([wanted, denied], text, all, context)[1]! : denied;
  const { shown: _, ...uncapped } = context;
  const left = whoFitsAny(asked, all, uncapped).fits.map((fit) => fit.person.person.id);
  return whoFitsAny(wanted, all, { ...context, besides: [...(context.besides ?? []), ...left] });
}

/**
 * A question asked in the negative: "who doesn't know python?", "who is not working now?", "who has never…", "who
 * has no certificates?", "who lacks a degree?", "anyone who hasn't used kafka?" (its "who" after the cue).
 */
const NEGATED = new RegExp(
  String.raw`^(?:(?:who|that)\s+)?(?:${negative('is|are|was|were|does|do|did|has|have|had|can')}|not|no|without|lacks?|lacking|${NEVER})\s+`,
  'i',
);

/**
 * Everyone the question without its "not" does not fit ("who doesn't know python?": whoever lists no Python), each
 * with where they stand now, by name. Whoever is no candidate of it (their résumé lacks its words) does not fit
 * without asking; a candidate is asked only until `shown` are found, the rest counted as not checked. Only when
 * someone may fit it: a question nothing here answers ("who doesn't like pizza?") is no question of everyone.
 */
function whoDoesNotFit(asked: string, text: string, all: readonly PersonContext[], context: CommandContext): Fits {
  if (!asked.trim()) return whoFitsAny(text, all, context);
  const plan = leavingOut(planFor(asked, all, context, true), all, context.besides);
  // Parts joined by "and" or "or", or words no cheap look finds people by ("a degree"): the positive is asked as
  // it is asked, in full.
  if (!plan.candidates.length || alternatives(asked, all, context).length > 1 || conjuncts(asked, all, context).length > 1) {
    const { shown: _, ...uncapped } = context;
    const fitting = new Set(whoFitsAny(asked, all, uncapped).fits.map((fit) => fit.person));
    // Everyone is known already: none is left to ask.
    const known = (place: number) => !fitting.has(all[place]!);
    return fitting.size ? notFitting(all, context, known, () => false) : NOBODY;
  }
  const candidate = new Uint8Array(all.length);
  for (const place of plan.candidates) candidate[place] = 1;
  // No candidate of it, or none by a cheap look: they do not fit it, and need not be asked.
  const unasking = (place: number) => candidate[place] !== 1 || (plan.mayFit !== undefined && !plan.mayFit(place));
  let someoneFits = false;
  const result = notFitting(all, context, unasking, (person, place) => {
    const fits = plan.fitting(person, place) !== null;
    someoneFits ||= fits;
    return !fits;
  });
  return someoneFits || result.unasked ? result : NOBODY;
}

/** Nobody fits: a question in the negative of what nobody here is ("who doesn't like pizza?"), or everybody is. */
const NOBODY: Fits = { fits: [], unasked: 0 };

/**
 * Everyone who does not fit, by name, each with where they stand now: whoever `certain` says without asking, and of
 * the rest whoever `fitsNot` says, asked in that order until `shown` are found; those left to ask are counted as not
 * checked. Only the shown are put in words.
 */
function notFitting(
  all: readonly PersonContext[],
  context: CommandContext,
  certain: (place: number) => boolean,
  fitsNot: (person: PersonContext, place: number) => boolean,
): Fits {
  const limit = context.shown ?? Number.POSITIVE_INFINITY;
  const order = nameOrder(all);
  const fits: Fit[] = [];
  let unasked = 0;
  for (const place of order) {
    const person = all[place]!;
    if (leftOutBy(context.besides, person)) continue;
    const shown = fits.length < limit;
    if (certain(place) || (shown && fitsNot(person, place)))
      fits.push({ person, line: shown ? standingOf(person, context.now, context.messages) : '', score: 0.5, strength: 0 });
    else if (!shown) unasked++;
  }
  return { fits, unasked, byName: true };
}

/** Who fits a question in rank order, and how many who may were not asked; parts joined by "and" must each fit. */
function whoFits(text: string, all: readonly PersonContext[], context: CommandContext): Fits {
  const parts = conjuncts(text, all, context);
  const limit = context.shown ?? Infinity;
  if (parts.length === 1) return fitsFor(text, all, context, limit);
  // Parts asked together ("kafka and go"): only whoever is a candidate for every part is asked, each part in turn,
  // by the weakest part's strength, until `shown` fit them all.
  const plans = parts.map((part) => leavingOut(planFor(part, all, context, limit < Infinity), all, context.besides));
  return fitsOfEvery(plans, plans.some((p) => p.everyone) ? Infinity : limit, all, (fits) => fits.reduce(bothFit));
}

/** `/people match <job description>`: everyone ranked by how well their résumé fits it, by the job-fit check's own rules. */
function rankByFit(people: readonly PersonContext[], description: string, now: Date, messages: Messages): Answer {
  const t = messages.t.bind(messages);
  if (!description)
    return makeAnswer({
      kind: 'help',
      title: t('fit.paste.title'),
      body: t('people.paste.body', { max: MAX_JOB_DESCRIPTION.toLocaleString(messages.locale) }),
      suggestions: [`/people match ${t('fit.example')}`],
    });
  const ranked = people
    .map((person) => ({ person, report: matcherFor(person.index).match(description, now, messages) }))
    .sort(
      (a, b) =>
        b.report.score - a.report.score ||
        b.report.matched.length - a.report.matched.length ||
        a.person.person.name.localeCompare(b.person.person.name),
    );
  const recognised = ranked[0] ? ranked[0].report.matched.length + ranked[0].report.missing.length : 0;
  if (!recognised)
    return makeAnswer({
      kind: 'empty',
      title: t('fit.none.title'),
      body: t('people.none.body'),
      suggestions: [`/people match ${t('fit.example')}`],
    });
  const line = ({ person, report }: (typeof ranked)[number]) => {
    const shown = report.matched.slice(0, 4).map((m) => m.requirement.label);
    const more = report.matched.length > shown.length ? t('people.more', { count: report.matched.length - shown.length }) : '';
    return `${person.person.name} — ${Math.round(report.score * 100)}% · ${report.summary}${shown.length ? ` (${shown.join(', ')}${more})` : ''}`;
  };
  return makeAnswer({
    kind: 'result',
    title: t('people.ranked', { count: ranked.length }),
    subtitle: t('people.recognised', { count: recognised }),
    sections: [{ heading: t('people.bestFirst'), bullets: ranked.map(line) }],
    matches: ranked.map(({ person, report }) => ({ ...personMatch(person), score: report.score })),
  });
}

/** Where someone stands now: their headline and current role ("Staff Software Engineer, Distributed Systems — Staff Software Engineer at Confluent"). */
function standingOf({ resume }: PersonContext, now: Date, messages: Messages): string {
  const current = underWayEntries(resume.work, now).find(({ entry }) => entry.startDate!.year <= now.getUTCFullYear())?.entry;
  return [resume.basics.label, current ? workTitle(current, messages) : undefined].filter(Boolean).join(' — ');
}

function everyone(people: readonly PersonContext[], now: Date, messages: Messages): Answer {
  return makeAnswer({
    kind: 'list',
    title: messages.t('people.count', { count: people.length }),
    sections: [
      {
        heading: messages.t('people.heading'),
        bullets: people.map((person) => [person.person.name, standingOf(person, now, messages)].filter(Boolean).join(' — ')),
      },
    ],
    matches: people.map(personMatch),
    suggestions: people.slice(0, 3).map(({ person }) => `/about ${person.name}`),
  });
}

export const people: Command = {
  data: {
    name: 'people',
    description: 'Who knows a skill, worked somewhere, studied, speaks a language (empty: everyone)',
    usageHint: '[skill, company, school, language, year…]',
    option: {
      name: 'query',
      description: 'A skill, company, position, school, degree, language or year (empty: everyone)',
      autocomplete: false,
    },
    examples: ['people kafka', 'people netflix', 'people phd', 'people spanish', 'people 2015', 'people match Kubernetes and Kafka'],
    slash: true,
    // `/people match <job description>` reads a description as long as /match does.
    longText: { maxLength: MAX_JOB_DESCRIPTION + 'match '.length, cues: [], after: 'match' },
  },
  crowd: {
    cues: [
      'who',
      'whom',
      // "Whos ex-netflix?": "who's" typed without its apostrophe.
      'whos',
      'which people',
      'which person',
      'which of them',
      'which of us',
      'which of you',
      'which of these people',
      'anyone',
      'anybody',
      'someone',
      'somebody',
      'is there anyone',
      'is anyone',
      'has anyone',
      'does anyone',
      'did anyone',
      'can anyone',
      'do we have anyone',
      'do we have someone',
      'do we have any',
      'do we have a',
      'do we have an',
      'are there any',
      'people',
      'everyone',
      'everybody',
    ],
  },
  execute(query, context) {
    const all = context.people ?? [];
    const typed = queryText(query).trim();
    // "/people python, go and rust": a list's commas are its "and".
    const text = withCuesSpelled(listSpelledOut(formerEmployerSpelledOut(regionOfAnotherPlace(typed))), all, context);
    const { messages } = context;
    if (!text) return everyone(context.besides ? all.filter((p) => !leftOutBy(context.besides, p)) : all, context.now, messages);
    const jobMatch = /^match\b[\s:]*/i.exec(text);
    if (jobMatch) return rankByFit(all, text.slice(jobMatch[0].length).trim(), context.now, messages);
    // "Who has the most experience?": everyone in an order, not who fits the words.
    const ranking = rankingAsked(text, context.commands) ?? rankingAsked(englishOf(text) ?? '', context.commands);
    if (ranking) return rankPeople(ranking, all, context.now, messages, context.shown);
    // Quoted back as the asker wrote it, not as the router reads it (the English of a Portuguese question).
    const said = query.asTyped?.trim() || typed;
    // "Who is an expert in python?": the rest asked as before, and only those at the level asked kept.
    const fitting = (asked: string): Fits => {
      const level = levelAsked(asked);
      return level ? fitsAtLevel(level, all, context) : whoFitsLeavingOut(asked, all, context);
    };
    let { fits, unasked, byName } = fitting(text);
    // "/people espanhol": its words in English, as free text is read, when as typed they find nobody (an English
    // negative read so already: "no degree" is no Portuguese "in the degree").
    const english = fits.length || NEGATED.test(text) ? null : englishOf(text);
    if (english) ({ fits, unasked, byName } = fitting(english));
    const shown = fits.slice(0, context.shown);
    const footer = leftOut(messages, fits.length - shown.length, unasked);
    if (fits.length === 0)
      return makeAnswer({
        kind: 'empty',
        title: messages.t(context.besides ? 'people.nobodyElse.title' : 'people.nobody.title', { query: quoted(said) }),
        body: messages.t(context.besides ? 'people.nobodyElse.body' : 'people.nobody.body'),
        suggestions: ['/people'],
      });
    return makeAnswer({
      kind: 'result',
      title:
        unasked && !byName
          ? messages.t('people.fitsBest', { count: shown.length, query: quoted(said) })
          : messages.t('people.fits', { count: fits.length, query: quoted(said) }),
      ...(footer ? { footer } : {}),
      sections: [
        {
          heading: messages.t('people.heading'),
          bullets: shown.map((fit) => `${fit.person.person.name} — ${fit.line}`),
        },
      ],
      matches: shown.map((fit) => ({ ...personMatch(fit.person), score: Math.round(fit.score * 100) / 100 })),
    });
  },
};
