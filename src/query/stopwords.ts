/**
 * Words that carry no résumé meaning in a question ("what did he do at …"). They are
 * dropped before content matching and free-text routing; names still match whole phrases.
 */
import { PhraseSet } from './phrases.js';

export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again all am an and any are as at be been before being below between both but by can could
  did do does doing done during each for from further had has have having he her here hers herself him himself his
  how i if in into is it its itself just me more most my myself no nor not of off on once only or other our ours
  out over own same she should so some such than that the their theirs them then there these they this those
  through to too under until up very was we were what when where which while who whom why will with would you your
  yours please tell show give list know let lets us any anything something thing things one ones much many
  hey hi hello ok okay thanks thank also really get got else yet soon`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that rank or single out without naming anything ("his strongest skills", "her main projects"): right before a
 * cue of a section, free text reads them as part of asking it; a query of them alone, after it found nothing by them,
 * asks for the whole section. Not "best" or "biggest": what is left of
 * "did she win a best paper award?" once its cues are read is "best", and a best paper is no award of any kind.
 */
export const QUALIFIERS: ReadonlySet<string> = new Set([
  'core',
  'key',
  'main',
  'major',
  'notable',
  'primary',
  'strongest',
  'top',
  'famous',
  'popular',
  'important',
  'significant',
]);

/** How well someone does something ("how good is she at python?", "her level in go"): a degree asked, never a thing named. */
export const HOW_WELL: ReadonlySet<string> = new Set([
  'good',
  'great',
  'bad',
  'better',
  'well',
  'skilled',
  'strong',
  'proficient',
  'proficiency',
  'experienced',
  'comfortable',
  'familiar',
  'fluent',
  'level',
  'expert',
  'expertise',
]);

/** Where the people asked about are ("any devrel folks on the team?", "in the directory"): among the asker's own. */
export const AMONG_US: readonly string[] = [
  'on the team',
  'on our team',
  'on this team',
  'in the team',
  'in our team',
  'in the directory',
  'in this directory',
  'on the server',
  'on this server',
  'in the server',
  'in this server',
  'in the channel',
  'in this channel',
  'in the workspace',
  'in this workspace',
  // "Rustaceans in the house?": here.
  'in the house',
];

/**
 * Where or how deeply something was done, asked beside it ("used kafka in production", "at scale", "professionally",
 * "real world experience", "deep knowledge"): no résumé's entry names it, so across people it is never a word an
 * entry must say.
 */
export const QUALIFYING_PHRASES = new PhraseSet([
  // "Who had a job at some point between 2013 and 2015?", "who previously worked at dropbox?", "who's ex-netflix?":
  // when, which the dates answer.
  'at some point',
  // "Who had a job back in 2012?": the year is the time.
  'back in',
  'way back in',
  // "Any devrel folks on the team?": whose team, not a word of an entry.
  ...AMONG_US,
  'previously',
  'formerly',
  'in the past',
  'ex',
  'at any point',
  'at one point',
  'in production',
  'at scale',
  'professionally',
  'professional experience',
  // "Who has formally studied project management?": how, not what was studied.
  'formally',
  'officially',
  'real world',
  'for real',
  'deep experience',
  'deep knowledge',
  'deep understanding',
]);

/**
 * Chat's asides and shorthand ("did she win a hackathon or smth?? lol", "what did he write abt kafka", "she has a raft
 * project, right?"): how it is said, never what; never a word of a name either ("at the food bank right?").
 */
export const CHAT_ASIDES: ReadonlySet<string> = new Set([
  'lol',
  'lmao',
  'haha',
  'tbh',
  'btw',
  'imo',
  'idk',
  'pls',
  'plz',
  'smth',
  'sth',
  'abt',
  'ur',
  // "Tableau cert or nah": the asker's shrug, not what is asked.
  'nah',
  'right',
  // "Hobbies etc": the asker's shorthand for the rest.
  'etc',
]);

/**
 * Sounds and words an asker opens with before asking ("wait does richard list ferrets?", "hmm is she…", "honestly how
 * good is he…"): never what is asked, nor anyone's name.
 */
export const OPENING_SOUNDS: ReadonlySet<string> = new Set(
  'wait hmm hmmm hm um umm uh uhh erm honestly sorry omg oh ah ahh ooh welp whoa wow'.split(' '),
);

/** Filler that survives the stop list in questions about a person: never part of what is looked for. */
export const FILLER: ReadonlySet<string> = new Set([
  'guy',
  'person',
  'candidate',
  'resume',
  'cv',
  'bot',
  'someone',
  'somebody',
  // "Anyone we can call for a reference on her?"
  'anyone',
  'anybody',
  'ever',
  // "Had a job sometime between 2010 and 2014": when is said by the years.
  'sometime',
  'did',
  'does',
  'has',
  'had',
  'doing',
  'years',
  'year',
  'long',
  'total',
  'kind',
  'type',
  'sort',
  'stuff',
  'used',
  'use',
  'uses',
  'using',
  'like',
  'good',
  'big',
  'name',
  'first',
  'last',
  'time',
  'spent',
  'spend',
  'whats',
  'wheres',
  'whos',
  'hows',
  'he',
  'his',
  'him',
  'she',
  'her',
  'they',
  'their',
  'them',
  // "Who among them speaks spanish?": of the people asked about, everyone.
  'among',
  'amongst',
  // "Any staff engineers around?", "does anyone happen to know dbt?", "anything built around raft?": no word of an entry.
  'around',
  'happen',
  'happens',
  'happened',
  // "Who already had a job before 2010?"
  'already',
  // "Does anyone actually know k8s?", "has she really used kafka?": how much it is meant, not what.
  'actually',
  'really',
  ...CHAT_ASIDES,
  // "any experience running a restaurant? asking about daniel reyes": who asks, and why, not what.
  'asking',
  'wondering',
  // "I saw she wrote something for O'Reilly": how the asker came to ask, not what.
  'saw',
  'heard',
  'noticed',
  // "Did he build any tools of his own, side project maybe", "ideally someone who managed them": how sure the asker is,
  // or what they would prefer, not what.
  'maybe',
  'perhaps',
  'ideally',
  'preferably',
  // "Her phd dissertation topic?": what it is about, which the entry says.
  'topic',
  'topics',
  // "What's his paper on 3d video compression called?": the name asked, which the entry says.
  'called',
  'experienced',
  'worth',
  'mentioned',
  'listed',
  'go',
  'went',
  'attend',
  'attended',
  'get',
  'got',
  'hold',
  'holds',
  'held',
  'holding',
  'earn',
  'earns',
  'earned',
  'earning',
  'obtain',
  'obtains',
  'obtained',
  'obtaining',
  'receive',
  'receives',
  'received',
  'receiving',
  'possess',
  'possesses',
  'possessing',
  'complete',
  'completed',
  'take',
  'took',
  'taken',
  'taking',
  'finish',
  'finished',
  // "Who gave him the award?", "who issued her certificate?": who made the entry is on it, the verb names nothing.
  'give',
  'gave',
  'given',
  'giving',
  'granted',
  'issued',
  // "When did she start university?", "when did she join college?": when is read from the entry's dates, the verb
  // names nothing.
  'start',
  'started',
  'starting',
  'begin',
  'began',
  'begun',
  'enter',
  'entered',
  'join',
  'joined',
  'joining',
  'organization',
  'organizations',
  'organisation',
  'organisations',
  'anywhere',
  'somewhere',
  'anyplace',
  // "Does she mentor others?", "does he contribute to open source?": whom, and giving to a thing, name nothing.
  'others',
  'contribute',
  'contributes',
  'contributed',
  'contributing',
]);

/**
 * Words that only say what kind of thing is meant, how much of it, or what is made or done with it
 * ("python scripting", "kubernetes administration", "advanced excel", "sql queries"): dropped from a
 * query that found nothing as it was.
 */
export const GENERIC_HEADS: ReadonlySet<string> = new Set(
  `programming program programs scripting scripts script coding code development develop developing developer dev
  administration admin administering skills skill experience experienced knowledge expertise proficiency usage use
  using tooling tools tool stack ecosystem framework frameworks library libraries language languages engineering
  basics fundamentals advanced expert intermediate beginner basic proficient strong solid deep
  query queries dashboard dashboards model models database databases pipeline pipelines report reports protocol protocols
  design designing monitoring styling internals infrastructure architecture backend frontend format formats file files`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that name a way of dealing with something ("conflict resolution", "risk mitigation"): two of
 * them after the same words name the same practice ("Conflict Management"). Any other head names a
 * thing of its own: "cloud security" is no "Cloud Infrastructure".
 */
export const PRACTICE_HEADS: ReadonlySet<string> = new Set(
  `management managing resolution resolving handling mitigation prevention planning coordination facilitation negotiation
  leadership governance oversight`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that only say a line of work after its name ("the restaurant industry", "the energy sector"): never part of a name. */
export const FIELD_HEADS: ReadonlySet<string> = new Set(['industry', 'industries', 'sector', 'sectors', 'business', 'field', 'space']);
