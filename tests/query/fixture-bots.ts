/**
 * Bots over the test résumés by id: "martin" (data/resume.json), the JSON Resume examples
 * (tests/fixtures/resumes/<id>.resume.json) and our own (tests/fixtures/<id>.resume.json),
 * each with the committed alias table and a fixed clock; and how a labelled question is scored.
 */
import { existsSync } from 'node:fs';
import { createBot, type Bot } from '../../src/core/bot.js';
import type { Answer } from '../../src/model/answer.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { FIXED_NOW, parseLine } from '../helpers/bot.js';

export function resumePath(id: string): string {
  if (id === 'martin') return 'data/resume.json';
  const example = `tests/fixtures/resumes/${id}.resume.json`;
  return existsSync(example) ? example : `tests/fixtures/${id}.resume.json`;
}

const bots = new Map<string, Bot>();

export function botFor(id: string): Bot {
  let bot = bots.get(id);
  if (!bot) {
    bot = createBot({ resume: loadResumeFile(resumePath(id)), aliases: loadAliasesFile('data/aliases.json'), clock: () => FIXED_NOW });
    bots.set(id, bot);
  }
  return bot;
}

export interface Labelled {
  resume: string;
  ask: string;
  command: string;
  first: string | null;
}

/** Rows of `[question, command, first]` about one résumé, as labelled questions. */
export const labelledRows = (resume: string, rows: readonly (readonly [string, string, string | null])[]): Labelled[] =>
  rows.map(([ask, command, first]) => ({ resume, ask, command, first }));

export interface Outcome {
  question: Labelled;
  answer: Answer;
  command: string | null;
  first: string | null;
  /** Routed to the labelled command, with the labelled first result (or no result when nothing fits). */
  right: boolean;
  /** Nothing fits, yet a result was given. */
  answeredNoFit: boolean;
}

export function outcome(question: Labelled): Outcome {
  const answer = botFor(question.resume).answer(parseLine(question.ask));
  const command = answer.route?.command ?? null;
  const first = answer.matches[0]?.title ?? null;
  const answeredNoFit = question.first === null && answer.matches.length > 0;
  return {
    question,
    answer,
    command,
    first,
    answeredNoFit,
    right: command === question.command && first === question.first && !answeredNoFit,
  };
}

/** "N/M right first, K answers to no-fit questions", and the misses, one line each. */
export function summary(outcomes: readonly Outcome[]): { right: number; total: number; answeredNoFit: number; misses: string[] } {
  return {
    right: outcomes.filter((o) => o.right).length,
    total: outcomes.length,
    answeredNoFit: outcomes.filter((o) => o.answeredNoFit).length,
    misses: outcomes
      .filter((o) => !o.right)
      .map(
        (o) =>
          `[${o.question.resume}] "${o.question.ask}": expected ${o.question.command} → ${o.question.first ?? '(nothing)'}, got ${o.command} → ${o.first ?? '(nothing)'}`,
      ),
  };
}
