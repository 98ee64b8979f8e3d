/**
 * The one entry point every adapter talks to: a neutral request in, a neutral answer out.
 * It owns the current résumé index (swapped atomically on reload) and the command registry.
 */
import { commands as registry, findCommand } from '../../commands/index.js';
import type { Command } from '../../commands/definition.js';
import { systemClock, type Clock } from '../resume/dates.js';
import type { Resume } from '../resume/schema.js';
import type { AliasTable } from '../query/aliases.js';
import { buildIndex, type ResumeIndex } from '../query/index.js';
import { isGenericQuery, routeFreeText } from '../query/route.js';
import { makeAnswer, type Answer } from './answer.js';
import type { BotRequest } from './request.js';

export interface BotOptions {
  resume: Resume;
  aliases: AliasTable;
  clock?: Clock;
  /** Longest query answered; longer ones get a polite refusal. */
  maxQueryLength?: number;
}

export interface Bot {
  readonly commands: readonly Command[];
  /** Answers one request. Throws only on an internal bug, which adapters turn into a short private error. */
  answer(request: BotRequest): Answer;
  /** Up to `limit` completions for a command's option as the user types (Discord autocomplete). */
  complete(command: string, partial: string, limit?: number): string[];
  /** The résumé currently served. */
  readonly resume: Resume;
  /** Serve a new résumé from the next request on; requests already running finish on the old one. */
  replace(resume: Resume, aliases: AliasTable): void;
}

export const DEFAULT_MAX_QUERY_LENGTH = 300;

export function tooLongAnswer(limit: number): Answer {
  return makeAnswer({
    kind: 'refusal',
    title: 'That question is too long',
    body: `Please keep it under ${limit} characters — a company, a skill, a project or a short question works best.`,
  });
}

export function createBot(options: BotOptions): Bot {
  const clock = options.clock ?? systemClock;
  const maxQueryLength = options.maxQueryLength ?? DEFAULT_MAX_QUERY_LENGTH;
  let resume = options.resume;
  let index: ResumeIndex = buildIndex(options.resume, options.aliases, clock);

  function run(command: Command, query: string, now: Date): Answer {
    let answer = command.execute(query, { index, now });
    if (answer.kind === 'empty' && query && isGenericQuery(command.data.name, query)) answer = command.execute('', { index, now });
    return { ...answer, route: answer.route ?? { command: command.data.name, query } };
  }

  return {
    commands: registry,
    get resume() {
      return resume;
    },
    answer(request) {
      const text = request.text.trim();
      if (text.length > maxQueryLength) return tooLongAnswer(maxQueryLength);
      const now = clock();
      if (request.command !== null && findCommand(request.command)?.data.name !== 'resume') {
        const command = findCommand(request.command);
        if (!command) {
          return makeAnswer({
            kind: 'empty',
            title: `There is no /${request.command} command`,
            suggestions: registry.map((c) => `/${c.data.name}`),
            route: { command: null, query: text },
          });
        }
        return run(command, text, now);
      }
      // `/resume <anything>` and plain conversation: route the text to a command.
      const routed = routeFreeText(text, index);
      const command = findCommand(routed.command);
      if (!command) throw new Error(`router chose unknown command ${routed.command}`);
      return run(command, routed.query, now);
    },
    complete(command, partial, limit = 25) {
      // Discord sends up to 6,000 characters per keystroke; nothing that long names an entry.
      if (partial.length > maxQueryLength) return [];
      return index.complete(command, partial, limit);
    },
    replace(nextResume, aliases) {
      const nextIndex = buildIndex(nextResume, aliases, clock);
      resume = nextResume;
      index = nextIndex;
    },
  };
}
