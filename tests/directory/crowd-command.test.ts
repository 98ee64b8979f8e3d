/**
 * A crowd command is known by what it declares (`crowd`), not by its name: one registered by a test is asked of
 * everyone by its own name and by its free-text cues, and the standard `/people` keeps its own.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '../../commands/definition.js';
import { commands } from '../../commands/index.js';
import { createDirectoryBot } from '../../src/core/directory.js';
import { makeAnswer } from '../../src/model/answer.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { FIXED_NOW } from '../helpers/bot.js';
import { resumePath } from '../query/fixture-bots.js';
import { SIX } from './fixture.js';

/** Everyone whose résumé says the asked word, by name: the test's own crowd command. */
const mentors: Command = {
  data: {
    name: 'mentors',
    description: 'People who could mentor on a topic',
    usageHint: '[topic]',
    option: { name: 'query', description: 'A topic', autocomplete: false },
    examples: ['mentors kafka'],
    slash: true,
  },
  crowd: { cues: ['who could mentor me on', 'any mentor for'] },
  execute(query, { people = [] }) {
    const word = query.text.trim().toLowerCase();
    const names = people.filter((p) => word && p.knows(word)).map((p) => p.person.name);
    return makeAnswer({ kind: names.length ? 'result' : 'empty', title: names.length ? names.join(', ') : 'No mentor' });
  },
};

const people = SIX.map((id) => ({ id, resume: loadResumeFile(resumePath(id)) }));
const bot = createDirectoryBot({
  people,
  aliases: loadAliasesFile('data/aliases.json'),
  clock: () => FIXED_NOW,
  commands: [...commands, mentors],
});

describe('a crowd command registered by a test, nowhere else', () => {
  it('given its own name, asks everyone and answers under that name', () => {
    const answer = bot.answer({ platform: 'cli', command: 'mentors', text: 'kafka' });
    expect(answer.route).toEqual({ command: 'mentors', query: 'kafka' });
    expect(answer.title).toContain('Lena Vasquez');
  });

  it('given one of its free-text cues, asks everyone with the rest of the question', () => {
    const answer = bot.answer({ platform: 'cli', command: null, text: 'who could mentor me on kafka?' });
    expect(answer.route).toEqual({ command: 'mentors', query: 'kafka' });
    expect(answer.title).toContain('Lena Vasquez');
  });

  it('given the standard crowd cues, still asks /people', () => {
    expect(bot.answer({ platform: 'cli', command: null, text: 'who knows kafka?' }).route?.command).toBe('people');
  });
});

describe('a crowd cue typed with a slip', () => {
  it.each(['anyoen know kafka?', 'annyone know kafka?', 'has anyoen used kafka?', 'everyoen who knows kafka'])(
    'given %s, asks everyone as the cue spelled right does',
    (text) => {
      const answer = bot.answer({ platform: 'cli', command: null, text });
      expect(answer.route?.command).toBe('people');
      expect(answer.matches.map((m) => m.person?.id)).toContain('senior-engineer');
    },
  );

  it('given a slip that is a word of its own ("peoples"), reads that word as typed, not as a cue', () => {
    const answer = bot.answer({ platform: 'cli', command: null, text: 'peoples kafka' });
    expect(answer.route?.command).not.toBe('people');
  });
});

describe('having a thing, said as listing or mentioning it', () => {
  it.each([
    ['who lists distributed systems as a skill?', ['martin', 'senior-engineer']],
    ['anyone mention terraform?', ['senior-engineer']],
    ['who has listed kafka?', ['martin', 'senior-engineer']],
  ])('given "%s", lists exactly %j, as "has" does', (text, expected) => {
    const answer = bot.answer({ platform: 'cli', command: null, text });
    expect([...new Set(answer.matches.map((m) => m.person?.id))].sort()).toEqual(expected);
  });
});
