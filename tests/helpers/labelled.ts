/**
 * Scoring a labelled question against the real bot, the way the held-out README defines an
 * answer: the command that answered, and the title of its first result (`--json`'s
 * `results[0].title`), or no result at all when nothing in the résumé fits.
 */
import type { Bot } from '../../src/core/bot.js';
import type { Answer } from '../../src/model/answer.js';
import { parseLine } from './bot.js';

export interface LabelledQuestion {
  readonly ask: string;
  /** The command that should answer. */
  readonly command: string;
  /** The first result's title; null when nothing fits (the answer must have no result). */
  readonly first: string | null;
}

export interface Outcome {
  readonly command: string | null;
  readonly first: string | null;
  /** Every result's title, best first. */
  readonly titles: readonly string[];
  readonly answer: Answer;
}

export function outcome(bot: Bot, ask: string): Outcome {
  const answer = bot.answer(parseLine(ask));
  const titles = answer.matches.map((m) => m.title);
  return { command: answer.route?.command ?? null, first: titles[0] ?? null, titles, answer };
}

/** Right: the expected command answered, with the expected first result (none, for a question nothing fits; help lists no result either way). */
export function isRight(question: LabelledQuestion, got: Outcome): boolean {
  if (got.command !== question.command) return false;
  if (question.first === null) return got.titles.length === 0 || question.command === 'help';
  return got.first === question.first;
}

/** "41/54 (75.9%)" */
export function ratio(right: number, total: number): string {
  return `${right}/${total} (${total ? ((100 * right) / total).toFixed(1) : '0.0'}%)`;
}
