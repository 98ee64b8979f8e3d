/**
 * The CLI's machine-readable answer (`--json`): which command answered, with which
 * query, the résumé entries found (best first) and the "did you mean" suggestions.
 * Exactly these four keys, so scripts can rely on the shape; /match adds a fifth, `match`
 * (the requirements matched with their evidence ids, the missing ones, a score).
 */
import type { Answer, JobMatch, Match } from '../model/answer.js';
import type { BotRequest } from '../model/request.js';

export interface JsonResult {
  command: string | null;
  query: string;
  results: Match[];
  suggestions: string[];
  match?: JobMatch;
}

export function toJsonResult(answer: Answer, request: BotRequest): JsonResult {
  return {
    // A refusal (too long, say) carries no route: report what was asked.
    command: answer.route ? answer.route.command : request.command,
    query: answer.route ? answer.route.query : request.text.trim(),
    results: answer.matches.map((match) => ({ ...match })),
    suggestions: [...answer.suggestions],
    ...(answer.jobMatch ? { match: answer.jobMatch } : {}),
  };
}
