import { makeAnswer, type Answer } from '../src/core/answer.js';
import type { Command, CommandData } from './definition.js';

/** Help is generated from the registry, so it can never disagree with what is registered. */
export function helpAnswer(registry: readonly CommandData[], person: string): Answer {
  return makeAnswer({
    kind: 'help',
    title: `Ask about ${person}'s résumé`,
    body: 'Use a command, or just ask in your own words — for example “what did he do at Netflix?” or “does he know k8s?”.',
    sections: registry
      .filter((c) => c.slash)
      .map((c) => ({
        heading: `/${c.name}${c.option ? ` ${c.usageHint}` : ''}`,
        bullets: [c.description, ...(c.examples.length ? [`e.g. ${c.examples.map((e) => `/${e}`).join(', ')}`] : [])],
      })),
  });
}

export function helpCommand(registry: () => readonly CommandData[]): Command {
  return {
    data: {
      name: 'help',
      description: 'What you can ask, with examples',
      usageHint: '',
      option: null,
      examples: ['help'],
      slash: false,
    },
    execute(_query, { index }) {
      return helpAnswer(registry(), index.resume.basics.name);
    },
  };
}
