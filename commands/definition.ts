/**
 * What a command is: data (name, description, option, examples) that every platform's
 * registration is generated from, plus a pure handler. Nothing here knows about a platform.
 */
import type { Answer } from '../src/core/answer.js';
import type { ResumeIndex } from '../src/query/index.js';

export interface CommandOptionData {
  /** Discord option name: lowercase, 1-32 characters. */
  readonly name: string;
  /** 1-100 characters. */
  readonly description: string;
  /** Offer suggestions from the résumé as the user types (Discord autocomplete). */
  readonly autocomplete: boolean;
}

export interface CommandData {
  /** Lowercase, 1-32 characters, [a-z0-9_-]: valid on Slack and Discord alike. */
  readonly name: string;
  /** 1-100 characters. */
  readonly description: string;
  /** Slack's usage hint, shown after the command name while typing. */
  readonly usageHint: string;
  /** The one optional free-text argument; null for commands that take none. */
  readonly option: CommandOptionData | null;
  /** Example invocations without the slash, e.g. "experience netflix". */
  readonly examples: readonly string[];
  /** Registered as a slash command on Slack and Discord (help is console-only: `/resume help` serves it there). */
  readonly slash: boolean;
}

export interface CommandContext {
  readonly index: ResumeIndex;
  /** "Now", from the injectable clock: tenure and the current role depend on it. */
  readonly now: Date;
}

export interface Command {
  readonly data: CommandData;
  /** Pure: the parsed query and the résumé index in, a neutral answer out. */
  execute(query: string, context: CommandContext): Answer;
}
