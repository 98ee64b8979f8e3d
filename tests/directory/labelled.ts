/**
 * Labelled questions over a directory, and how one is scored: a people question by the exact set
 * of people listed (any order; [] for nobody), a person-scoped one by whose answer it is and its
 * first result (null: nothing fits, so no result at all).
 */
import type { Bot } from '../../src/core/bot.js';
import type { Answer } from '../../src/model/answer.js';
import { parseLine } from '../helpers/bot.js';

export type DirectoryQuestion = { ask: string; people: string[] } | { ask: string; person: string; command: string; first: string | null };

export interface DirectoryOutcome {
  question: DirectoryQuestion;
  answer: Answer;
  right: boolean;
  /** Nothing fits, yet someone or something was answered. */
  answeredNoFit: boolean;
  got: string;
}

export function scoreDirectory(bot: Bot, question: DirectoryQuestion): DirectoryOutcome {
  const answer = bot.answer(parseLine(question.ask));
  if ('people' in question) {
    const listed = answer.route?.command === 'people' ? answer.matches.map((m) => m.person?.id ?? '?') : [];
    const got = answer.route?.command === 'people' ? `[${listed.join(', ')}]` : `${answer.route?.command ?? 'nothing'} (not /people)`;
    const right =
      answer.route?.command === 'people' && listed.length === question.people.length && question.people.every((id) => listed.includes(id));
    return { question, answer, right, answeredNoFit: question.people.length === 0 && listed.length > 0, got };
  }
  const first = answer.matches[0];
  const command = answer.route?.command ?? null;
  const got = `${command} → ${first ? `${first.person?.id}: ${first.title}` : '(nothing)'}`;
  const right =
    command === question.command &&
    (question.first === null
      ? answer.matches.length === 0
      : first?.title === question.first && first.person?.id === question.person && answer.person?.id === question.person);
  return { question, answer, right, answeredNoFit: question.first === null && answer.matches.length > 0, got };
}

export function describeMiss(o: DirectoryOutcome): string {
  const q = o.question;
  const expected =
    'people' in q ? `[${q.people.join(', ')}]` : `${q.command} → ${q.first === null ? '(nothing)' : `${q.person}: ${q.first}`}`;
  return `"${q.ask}": expected ${expected}, got ${o.got}`;
}
