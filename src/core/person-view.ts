/**
 * One person as a command across everyone sees them (PersonContext): their résumé and index in the
 * asker's language, and whether their résumé uses a word. A class, so that every person's `index`
 * and `resume` are the same getters on one prototype: a question across a thousand people reads
 * them thousands of times, and an object literal's getters are each person's own (a slow, megamorphic read).
 */
import type { PersonContext } from '../../commands/definition.js';
import type { PersonRef } from '../model/answer.js';
import type { ResumeIndex } from '../query/index.js';
import type { Resume } from '../resume/schema.js';
import type { Vocabulary } from './vocabulary.js';

/** What a person view reads of a directory's member. */
export interface ViewedMember {
  readonly ref: PersonRef;
  readonly resume: Resume;
  /** Their index when built with everyone's. */
  readonly slot: { readonly index?: ResumeIndex };
  /** Their bot's answers in a language: its résumé and index (their translated copy's, when they have one). */
  readonly bot: { in(locale: string): { readonly resume: Resume; readonly index: ResumeIndex } };
}

export class PersonView implements PersonContext {
  readonly person: PersonRef;

  constructor(
    private readonly member: ViewedMember,
    private readonly locale: string,
    /** The member has a translated copy in this language: answered from it. */
    private readonly copy: boolean,
    private readonly vocabulary: Vocabulary,
  ) {
    this.person = member.ref;
  }

  get resume(): Resume {
    return this.copy ? this.member.bot.in(this.locale).resume : this.member.resume;
  }

  /** Their own index when built with everyone's: a question across everyone needs no bot of theirs. */
  get index(): ResumeIndex {
    const built = this.member.slot.index;
    return this.copy || !built ? this.member.bot.in(this.locale).index : built;
  }

  knows(word: string): boolean {
    return this.vocabulary.has(word);
  }
}
