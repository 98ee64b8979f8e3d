/**
 * "Who is a student?", "who is studying now?", "anyone still in school?": whoever has studies under way now (begun,
 * and ending this month or later, or open), each with them. Every entry of the education section answered before:
 * the words restate the section, and everyone who ever studied fits that.
 */
import { dateSortKey } from '../src/resume/dates.js';
import { words } from '../src/query/normalize.js';
import type { PersonContext } from './definition.js';
import { educationTitle } from './education.js';
import type { Plan } from './people-candidates.js';
import { everyPlace } from './people-places.js';
import { underWayEntries } from './timeline.js';

/**
 * Being a student now, and nothing else asked: "is a student", "are students", "is still studying", "in school",
 * "studies now" (studies alone, without a time, is the section's word: "who studies?").
 */
const STUDYING_NOW =
  /^(?:(?:is|are)\s+)?(?:(?:currently|still|now)\s+)?(?:(?:an?\s+)?(?:students?|studying|in school|enrolled)(?:\s+(?:now|currently|today))?|studies\s+(?:now|currently|today)|(?:currently|still|now)\s+studies)$/;

/** Whether a question across people asks who is a student now. */
export const studyingAsked = (text: string): boolean => STUDYING_NOW.test(words(text).join(' '));

/** Whoever has studies under way now, with them: "Master of Science Informatics at Universidade de Lisboa". */
export function studyingPlan(all: readonly PersonContext[], now: Date): Plan {
  const today = dateSortKey({ year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 }, 'start');
  const fitting = (person: PersonContext) => {
    // Under way as every "current" answer reads it, and begun.
    const studying = underWayEntries(person.resume.education, now).filter(({ entry }) => dateSortKey(entry.startDate!, 'start') <= today);
    return studying.length ? { person, line: studying.map(({ entry }) => educationTitle(entry)).join('; '), score: 1 } : null;
  };
  return { candidates: everyPlace(all), fitting, asked: [], everyone: true };
}
