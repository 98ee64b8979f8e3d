/**
 * "Who has a GPA above 3.5?", "who had a 4.0 gpa?", "anyone with a gpa of 3.8 or higher?": whoever lists an
 * education entry whose score, read as a number on a scale of four or five ("3.81/4.0", "4.0"), compares so, each with
 * it. A score on another scale (a percentage, "First Class Honours") answers no such question, nor does one the person
 * keeps private (meta.privateFields).
 */
import { isUnder } from '../src/resume/paths.js';
import type { Resume } from '../src/resume/schema.js';
import { COMPARE } from './comparisons.js';
import type { PersonContext } from './definition.js';
import { educationTitle } from './education.js';
import type { Plan } from './people-candidates.js';
import { placesWhere } from './people-places.js';

const GPA = /\b(?:gpa|grade point average)\b/;
const NUMBER = String.raw`(\d(?:\.\d{1,2})?)`;
/** A comparison before the number ("above 3.5"), or none ("a 4.0 gpa", "gpa of 3.9"): exactly. */
const BEFORE = new RegExp(
  String.raw`(?:(above|over|more than|greater than|higher than|better than|at least|no less than|below|under|less than|lower than|at most|no more than)\s+(?:an?\s+)?)?${NUMBER}(?!\.?\d)(?:\s+or\s+(higher|above|better|more|lower|below|less|worse))?`,
);

const OR_HIGHER = new Set(['higher', 'above', 'better', 'more']);

/** The highest GPA scale read: a score out of more is a percentage or another system's grade. */
const MAX_SCALE = 5;

/** How a question compares a GPA with a number, or null when it asks none. */
function gpaAsked(text: string): ((score: number) => boolean) | null {
  const said = text.toLowerCase();
  if (!GPA.test(said)) return null;
  const m = BEFORE.exec(said);
  const asked = m ? Number(m[2]) : Number.NaN;
  if (!m || !(asked > 0 && asked <= MAX_SCALE)) return null;
  const compare = m[1] ? COMPARE[m[1]]! : m[3] ? (OR_HIGHER.has(m[3]) ? COMPARE['at least']! : COMPARE['at most']!) : undefined;
  // Exactly, as written: "4.0" is a 4.0, never a 3.95 rounded up.
  return (score) => (compare ? compare(score, asked) : score === asked);
}

/** A score as a GPA: "3.81/4.0" or "4.0" (on a scale of four or five), else undefined. */
function gpaOf(score: string | undefined): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:\/\s*(\d+(?:\.\d+)?))?\s*$/.exec(score ?? '');
  if (!m) return undefined;
  const value = Number(m[1]);
  const scale = m[2] === undefined ? undefined : Number(m[2]);
  if (scale !== undefined ? scale < 4 || scale > MAX_SCALE || value > scale : value > MAX_SCALE) return undefined;
  return value;
}

/** Whether the person keeps an education entry's score private (their meta.privateFields names it or what holds it). */
const keptPrivate = (resume: Resume, at: number): boolean => isUnder(`education[${at}].score`, resume.meta?.privateFields ?? []);

/** The plan of a question comparing a GPA with a number; null when it asks none. */
export function gpaPlan(text: string, all: readonly PersonContext[]): Plan | null {
  const fits = gpaAsked(text);
  if (!fits) return null;
  const entryOf = (person: PersonContext) => {
    const { education } = person.resume;
    const at = education.findIndex((entry, i) => {
      const gpa = gpaOf(entry.score);
      return gpa !== undefined && fits(gpa) && !keptPrivate(person.resume, i);
    });
    return at >= 0 ? education[at]! : undefined;
  };
  return {
    candidates: placesWhere(all.length, (place) => entryOf(all[place]!) !== undefined),
    fitting: (person) => {
      const entry = entryOf(person);
      return entry ? { person, line: `${educationTitle(entry)} · GPA ${entry.score!.trim()}`, score: 1 } : null;
    },
    asked: [],
    everyone: true,
  };
}
