/**
 * English verbs whose past forms are not the base plus an ending ("taught", "led", "built"): no stemmer relates them,
 * so "has he taught?" never found a Teacher, nor "did he lead a team?" a role that "Led the platform team". Each
 * line is one verb's forms; a form reads as every other form of its line (and a search then finds their own
 * inflections: "teach" → "teaching", "teacher"). Verbs a form of which is also another word a résumé or a question
 * may hold are left out: "found" (to found a company), "left" (a direction), "saw" (a tool), "drew" (a name), "fed"
 * (the Fed).
 */
const VERBS = `
  teach taught
  lead led
  build built
  rebuild rebuilt
  write wrote written
  rewrite rewrote rewritten
  run ran
  win won
  speak spoke spoken
  make made
  sell sold
  buy bought
  bring brought
  think thought
  grow grew grown
  drive drove driven
  give gave given
  meet met
  keep kept
  send sent
  understand understood
  choose chose chosen
  fight fought
  seek sought
  catch caught
  tell told
  oversee oversaw overseen
  undertake undertook undertaken
`;

/** Each verb's forms, its base first. */
const LINES: readonly (readonly string[])[] = VERBS.trim()
  .split('\n')
  .map((line) => line.trim().split(/\s+/));

const FORMS: ReadonlyMap<string, readonly string[]> = new Map(
  LINES.flatMap((forms) => forms.map((form) => [form, forms.filter((other) => other !== form)] as const)),
);

/** Each verb's forms after its base: its past ones ("wrote", "written"). */
const PAST: ReadonlySet<string> = new Set(LINES.flatMap((forms) => forms.slice(1)));

const NONE: readonly string[] = [];

/** Whether the word is a past form of an irregular verb ("written", "taught"), not its base ("write"). */
export const isIrregularPast = (word: string): boolean => PAST.has(word);

/** A past form, regular or not: "worked", "written". */
export const isPastForm = (word: string): boolean => word.endsWith('ed') || PAST.has(word);

/** The other forms of an irregular verb ("taught" → "teach", "lead" → "led"); none for any other word. */
export function irregularForms(word: string): readonly string[] {
  return FORMS.get(word) ?? NONE;
}
