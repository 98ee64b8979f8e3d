/**
 * A question of two parts across everyone ("who knows rest apis and data engineering?") fits only whoever fits both:
 * someone whose texts cannot say one part is passed over before the other part is asked of them in full.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '../../commands/definition.js';
import { commands } from '../../commands/index.js';
import { createDirectoryBot } from '../../src/core/directory.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { parseResume } from '../../src/resume/load.js';
import { FIXED_NOW, parseLine } from '../helpers/bot.js';

/** Ana lists REST APIs and says "data" and "engineering" apart; Bo lists Data Engineering and says "rest" and "apis" apart. */
const people = [
  {
    id: 'ana',
    resume: parseResume(
      {
        basics: { name: 'Ana Lima', summary: 'Led the data team, then moved to engineering leadership.' },
        skills: [{ name: 'Web', keywords: ['REST APIs'] }],
      },
      'ana.json',
    ),
  },
  {
    id: 'bo',
    resume: parseResume(
      {
        basics: { name: 'Bo Chen', summary: 'Designed public apis; took a year of rest to travel.' },
        skills: [{ name: 'Data', keywords: ['Data Engineering'] }],
      },
      'bo.json',
    ),
  },
];

/** The directory with the skills command counting how often it is run. */
function counted(): { ask: (line: string) => ReturnType<ReturnType<typeof createDirectoryBot>['answer']>; runs: () => number } {
  let runs = 0;
  const registry: Command[] = commands.map((command) =>
    command.section?.section === 'skills'
      ? {
          ...command,
          execute: (query, context) => {
            runs++;
            return command.execute(query, context);
          },
        }
      : command,
  );
  const bot = createDirectoryBot({ people, aliases: loadAliasesFile('data/aliases.json'), clock: () => FIXED_NOW, commands: registry });
  return { ask: (line) => bot.answer(parseLine(line)), runs: () => runs };
}

describe('a question of two parts across everyone', () => {
  it('given "who knows rest apis and data engineering?" where each says one part only, answers nobody without asking either in full', () => {
    const { ask, runs } = counted();
    const answer = ask('who knows rest apis and data engineering?');
    expect(answer.kind).toBe('empty');
    expect(answer.matches).toEqual([]);
    expect(runs()).toBe(0);
  });

  it('given each part alone, answers whoever says it', () => {
    const { ask } = counted();
    expect(ask('who knows rest apis?').matches.map((m) => m.person?.name)).toEqual(['Ana Lima']);
    expect(ask('who knows data engineering?').matches.map((m) => m.person?.name)).toEqual(['Bo Chen']);
  });
});
