/**
 * Whether an entry a command found stands to the year a question states ("before 2008", "since 2022"), read from
 * the entry's own dates: one rule for one person's answer and for whoever /people lists.
 */
import type { Match } from '../src/model/answer.js';
import { holdsAt, matchSpan, type StatedTime } from '../src/resume/entry-dates.js';
import type { Resume } from '../src/resume/schema.js';

/**
 * `timeOnly`: nothing but the time was asked ("what did he do before 2015?"), so an entry must show it held then;
 * otherwise an undated entry (a skill, a role without dates) says nothing against it.
 */
export function standsThen(resume: Resume, match: Match, time: StatedTime, now: Date, timeOnly: boolean): boolean {
  const span = matchSpan(resume, match);
  return span ? holdsAt(span, time, now) : !timeOnly;
}
