/**
 * Questions that warm a directory's answer paths before anyone asks. V8 compiles a function only after it has
 * run, so at a thousand people a bot's first questions across everyone each paid milliseconds of compiling.
 * A throwaway directory of a few of the people (copies, so no cache keyed on the real résumés is filled) answers
 * questions made from their own words, in every form a command is reached by, and is dropped: the real bot
 * answers nothing ahead and keeps no answer.
 */
import type { Command } from '../../commands/definition.js';
import { crowdCommand } from '../../commands/index.js';
import type { Question } from '../model/request.js';
import type { Resume } from '../resume/schema.js';

/** Enough people for every per-person path to run many times; few enough to cost a fraction of start-up. */
export const WARM_UP_PEOPLE = 24;

/** Evenly spread over the directory (its files are often grouped by team or by age), copied. */
export function warmUpSample<P extends { readonly resume: Resume }>(people: readonly P[]): P[] {
  const size = Math.min(people.length, WARM_UP_PEOPLE);
  return Array.from({ length: size }, (_, i) => {
    const person = people[Math.floor((i * people.length) / size)]!;
    return { ...person, resume: structuredClone(person.resume) };
  });
}

const MAX_WORDS = 3;
/** Words the crowd command is asked: enough for its paths (a skill, an employer, a school), not every command's. */
const CROWD_WORDS = 4;

/** The value a command completes most often among these résumés (a shared skill, a common employer), if any. */
function commonest(command: Command, resumes: readonly Resume[], commands: readonly Command[]): string | undefined {
  const counts = new Map<string, number>();
  for (const resume of resumes) {
    for (const value of new Set(command.completions?.(resume, commands) ?? [])) {
      const word = value.trim().toLowerCase();
      // A few words, as people type them: a school's full name is not asked word for word.
      if (word && word.split(/\s+/).length <= MAX_WORDS) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  // What every résumé completes is the command's own word ("current"), not one of theirs.
  let best: string | undefined;
  for (const [word, count] of counts) if (count < resumes.length && (!best || count > counts.get(best)!)) best = word;
  return best;
}

/** A word with one letter dropped: the typo paths. */
const typo = (word: string) => (word.length > 4 ? word.slice(0, 2) + word.slice(3) : word);

/**
 * Each command asked with the word it completes most: as typed, with a typo, and after its first free-text cue. A
 * crowd command (`/people`) completes nothing of its own: it is asked a few other commands' words, typed, after one
 * of its crowd cues, and two together.
 */
export function warmUpQuestions(resumes: readonly Resume[], commands: readonly Command[]): Question[] {
  const questions: Question[] = [];
  const ask = (command: string | null, text: string) => questions.push({ platform: 'warm-up', command, text });
  const words: string[] = [];
  for (const command of commands) {
    const word = commonest(command, resumes, commands);
    if (!word) continue;
    words.push(word);
    ask(command.data.name, word);
    ask(command.data.name, typo(word));
    ask(null, `${command.routing?.cues[0] ?? ''} ${word}`.trim());
  }
  const crowd = crowdCommand(commands);
  if (!crowd?.crowd) return questions;
  const cues = crowd.crowd.cues;
  words.slice(0, CROWD_WORDS).forEach((word, i) => {
    ask(crowd.data.name, word);
    ask(null, `${cues[i % cues.length]} ${word}?`);
  });
  if (words.length > 1) ask(crowd.data.name, `${words[0]} and ${words[1]}`);
  return questions;
}
