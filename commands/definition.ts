/**
 * What a command is. One file per command declares all of it: the data every platform's
 * registration is generated from (name, description, option, examples), the résumé
 * section it serves and how that section is searched, the words that route free text to
 * it, what its option autocompletes from, and a pure handler. Nothing else in the system
 * lists commands or sections: routing, completion, help, Slack's manifest and Discord's
 * registration are all derived from the registry (index.ts). Nothing here knows a platform.
 */
import type { Messages } from '../src/i18n/catalogue.js';
import type { Answer, PersonRef } from '../src/model/answer.js';
import type { SectionSource } from '../src/query/documents.js';
import type { ResumeIndex } from '../src/query/index.js';
import type { CommandQuery, ModifierKind } from '../src/query/modifiers.js';
import type { RouteSpec } from '../src/query/route-table.js';
import type { Resume } from '../src/resume/schema.js';

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
  /**
   * For a command that reads a long text (a pasted job description): the most it accepts,
   * instead of MAX_QUERY_LENGTH, and the phrases that hand it the rest of a free-text
   * message as it was written ("does he fit this role: <description>").
   */
  readonly longText?: {
    readonly maxLength: number;
    readonly cues: readonly string[];
    /**
     * Only the text after this word is long (`/people match <job description>`); the command's
     * other questions are read as usual. Absent: the whole text is (and a platform with forms,
     * Discord, asks for it in one when the command comes without it).
     */
    readonly after?: string;
  };
}

/** The section a command serves, as the query layer indexes it (the command's name is added by the registry). */
export type CommandSection = Omit<SectionSource, 'command'>;

/** How free text reaches a command (the command's name and section are added by the registry). */
export type CommandRouting = Omit<RouteSpec, 'command' | 'section' | 'accepts'>;

/** One person of a directory, as a command that answers across people sees them. */
export interface PersonContext {
  readonly person: PersonRef;
  readonly resume: Resume;
  /** Built when first read: ask `knows` first. */
  readonly index: ResumeIndex;
  /** True when the person's résumé uses the word anywhere (cheap: no index needed). */
  knows(word: string): boolean;
}

export interface CommandContext {
  readonly index: ResumeIndex;
  /** Everyone the bot serves (one entry for a single résumé), for a command that answers across people. */
  readonly people?: readonly PersonContext[];
  /**
   * Who of `people` uses a word anywhere in their résumé (each one's `knows`, read for everyone at once): their
   * places in `people`, ascending. Absent: each person is asked.
   */
  readonly knowing?: (word: string) => ArrayLike<number>;
  /** At most this many people a command across people asks and shows, the best evidence first; absent: everyone. */
  readonly shown?: number;
  /** The people a question across people leaves out ("who else worked there?" after an answer about them): their ids. */
  readonly besides?: readonly string[];
  /** "Now", from the injectable clock: tenure and the current role depend on it. */
  readonly now: Date;
  /** The registry answering this request: help lists it, /resume searches its sections. */
  readonly commands: readonly Command[];
  /** The asker's language: every word the answer adds (labels, headings, dates) comes from here; résumé text stays as written. */
  readonly messages: Messages;
  /**
   * Only whether entries were found matters (a question across everyone keeps those who fit, a thousand people
   * each asked): a miss is said plainly, without looking for what else the words could mean.
   */
  readonly plainMisses?: boolean;
  /**
   * Only the entries an answer finds are read (a crowd command's line of evidence), never its wording: what only
   * words would show (a skill's entries that say a related term) is not looked for.
   */
  readonly matchesOnly?: boolean;
}

export interface Command {
  readonly data: CommandData;
  /** The JSON Resume section it answers about, with how its entries are searched. */
  readonly section?: CommandSection;
  /** Cue words, role and priority for free-text routing; absent: free text never routes here. */
  readonly routing?: CommandRouting;
  /**
   * Free-text cues that reach it only when the bot serves several people ("who knows", "has
   * anyone"): a question about one résumé never routes here.
   */
  readonly crowd?: { readonly cues: readonly string[] };
  /** The typed modifiers its handler understands ("current", a year, "before X"); typed text is read into them. */
  readonly modifiers?: readonly ModifierKind[];
  /** What its option autocompletes from; absent: no completion. */
  completions?(resume: Resume, commands: readonly Command[]): string[];
  /** Pure: the typed query and the résumé index in, a neutral answer out. */
  execute(query: CommandQuery, context: CommandContext): Answer;
}
