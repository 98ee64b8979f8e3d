/**
 * The words that make a message lean on the previous answer, in every language the bot reads
 * (English and Brazilian Portuguese), folded like the question (no accents, lower case). They
 * describe kinds of reference, never whole questions: a follow-up is recognised by what it
 * refers to ("that", "there"), which way it looks in time, and what is left once those go.
 */

/**
 * Stand for the previous answer's entry: "when was that?", "tell me more about it", "e antes disso?".
 * Not "dele"/"dela": like "his", they name the person the résumé is about ("qual é o email dele?").
 */
export const ENTRY_WORDS = new Set(['that', 'it', 'then', 'disso', 'isso', 'isto', 'nisso', 'desse', 'dessa', 'esse', 'essa', 'aquilo']);

/** Stand for the place of the previous answer's entry: "what did he build there?". "La" only with its accent (LA is a city). */
export const PLACE_WORDS = new Set(['there', 'ali', 'nela', 'nele', 'naquela', 'naquele', 'nessa', 'nesse']);
export const PLACE_ACCENTED = /(?:^|[^\p{L}])lá(?![\p{L}])/iu;

/** "that role", "the same company", "essa empresa": a noun after a determiner that points back. */
export const POINTING = new Set([
  'that',
  'same',
  'this',
  'essa',
  'esse',
  'nessa',
  'nesse',
  'mesma',
  'mesmo',
  'aquela',
  'aquele',
  'naquela',
  'naquele',
]);
export const POINTED = new Set([
  'role',
  'job',
  'company',
  'place',
  'position',
  'one',
  'project',
  'school',
  'degree',
  'empresa',
  'emprego',
  'cargo',
  'lugar',
  'projeto',
  'trabalho',
]);

/** Looking back or forward from the previous entry. Not "previous", "prior", "last": those ask for a moment of their own ("his last job"). */
export const BEFORE_WORDS = new Set(['before', 'earlier', 'beforehand', 'preceded', 'preceding', 'antes', 'anteriormente']);
export const AFTER_WORDS = new Set([
  'after',
  'next',
  'later',
  'afterwards',
  'afterward',
  'subsequently',
  'following',
  'depois',
  'seguinte',
  'proximo',
  'apos',
]);

/** "When was that?", "since when?", "how long was he there?" */
export const WHEN_WORDS = new Set(['when', 'quando', 'dates', 'datas', 'long']);
export const MORE_WORDS = new Set(['more', 'details', 'detail', 'elaborate', 'expand', 'mais', 'detalhes']);

/** A message opening like this and naming only a thing asks the previous question again about that thing: "and Expedia?". */
export const CONNECTORS = [
  'and what about',
  'and how about',
  'what about',
  'how about',
  'and',
  'e quanto a',
  'e quanto ao',
  'e sobre',
  'e no',
  'e na',
  'e o',
  'e a',
  'e',
];

/** "Is there", "there are": existence, not a place. */
export const EXISTENTIAL = /\b(?:is|are|was|were|any) there\b|\bthere (?:is|are|was|were|any)\b/g;

/** Words that carry no reference in a follow-up beyond the English stop list (Portuguese function words, verbs of asking). */
export const FOLLOW_UP_FILLER = new Set([
  'o',
  'a',
  'os',
  'as',
  'e',
  'que',
  'qual',
  'quais',
  'ele',
  'ela',
  'eles',
  'de',
  'do',
  'da',
  'em',
  'no',
  'na',
  'foi',
  'era',
  'fez',
  'me',
  'conte',
  'fale',
  'diga',
  'sobre',
  'veio',
  'come',
  'came',
  'comes',
  'happened',
  'since',
  'stay',
  'stayed',
  'desde',
  'say',
  'about',
]);
