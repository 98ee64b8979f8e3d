import { english, type Messages } from '../src/i18n/catalogue.js';
import { makeAnswer, type Answer, type AnswerSection } from '../src/model/answer.js';
import type { ResumeIndex } from '../src/query/index.js';
import type { Command } from './definition.js';
import { commandTexts } from './localized.js';

/**
 * The slash commands that can answer this résumé: those without a section, and those whose section it has;
 * the commands across people (/people) only when there are several.
 */
export function availableCommands(commands: readonly Command[], index: ResumeIndex, people = 1): Command[] {
  return commands.filter((c) => c.data.slash && (!c.section || index.section(c.section.section)) && (!c.crowd || people > 1));
}

/** Help is generated from the registry, so it can never disagree with what is registered. */
export function helpAnswer(commands: readonly Command[], index: ResumeIndex, people = 1, messages: Messages = english()): Answer {
  return makeAnswer({
    kind: 'help',
    title: messages.t('help.title', { owner: index.resume.basics.name }),
    body: messages.t('help.body'),
    sections: commandSections(commands, index, people, messages).map((s) => ({ heading: s.heading, bullets: [...s.bullets] })),
  });
}

/** What help says of each command, worded once per registry, résumé index, number of people and language. */
const worded = new WeakMap<
  ResumeIndex,
  Array<{ commands: readonly Command[]; people: number; messages: Messages; sections: readonly AnswerSection[] }>
>();

/** What help says of one command: its usage, what it does, and examples. */
export function commandSection(command: Command, messages: Messages): AnswerSection {
  const c = command.data;
  const texts = commandTexts(command, messages);
  return {
    heading: `/${c.name}${c.option ? ` ${texts.usage}` : ''}`,
    bullets: [
      texts.description,
      ...(texts.examples.length ? [messages.t('help.examples', { examples: texts.examples.map((e) => `/${e}`).join(', ') })] : []),
    ],
  };
}

function commandSections(commands: readonly Command[], index: ResumeIndex, people: number, messages: Messages): readonly AnswerSection[] {
  let known = worded.get(index);
  if (!known) worded.set(index, (known = []));
  const found = known.find((k) => k.commands === commands && k.people === people && k.messages === messages);
  if (found) return found.sections;
  const sections = availableCommands(commands, index, people).map((command) => commandSection(command, messages));
  // A directory's number of people changes as it grows: only the latest few ways of wording are kept.
  if (known.length >= 8) known.shift();
  known.push({ commands, people, messages, sections });
  return sections;
}

export const help: Command = {
  data: {
    name: 'help',
    description: 'What you can ask, with examples',
    usageHint: '',
    option: null,
    examples: ['help'],
    slash: false,
  },
  routing: { priority: 0, role: 'help', cues: ['help', 'commands', 'what can you do', 'how do i use', 'usage'] },
  execute(_query, { index, commands, people, messages }) {
    return helpAnswer(commands, index, people?.length, messages);
  },
};
