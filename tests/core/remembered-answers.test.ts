/**
 * A bot serving one résumé keeps its answers for the same words asked again: the same command text, or a free-text
 * question that leans on no earlier answer, in the same language and on the same day, until the résumé changes.
 */
import { describe, expect, it } from 'vitest';
import { assemble } from '../../src/app/assemble.js';
import { commands } from '../../commands/index.js';
import type { Command } from '../../commands/definition.js';
import { createBot, DEFAULT_MAX_QUERY_LENGTH } from '../../src/core/bot.js';
import type { ConversationContext } from '../../src/model/conversation.js';
import { referenceOf } from '../../src/model/conversation.js';
import type { Question } from '../../src/model/request.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { FIXED_NOW, parseLine } from '../helpers/bot.js';

const resume = loadResumeFile('data/resume.json');
const aliases = loadAliasesFile('data/aliases.json');
const question = (line: string): Question => ({ ...parseLine(line), platform: 'slack' });

/** The standard registry, each handler counting its runs. */
function counted(): { registry: Command[]; runs: () => number } {
  let runs = 0;
  const registry = commands.map(
    (command): Command => ({
      ...command,
      execute: (query, context) => {
        runs += 1;
        return command.execute(query, context);
      },
    }),
  );
  return { registry, runs: () => runs };
}

function rememberingBot(now: () => Date = () => FIXED_NOW) {
  const { registry, runs } = counted();
  const bot = createBot({ resume, aliases, clock: now, commands: registry, rememberedAnswers: 100 });
  return { bot, runs };
}

const contextAfter = (bot: ReturnType<typeof createBot>, line: string): ConversationContext => {
  const reference = referenceOf(bot.answer(question(line)));
  if (!reference) throw new Error(`${line} leaves nothing to follow`);
  return { previous: reference };
};

describe('given a bot that remembers answers', () => {
  it('answers a slash command asked again from memory: the same answer, no handler run', () => {
    const { bot, runs } = rememberingBot();
    const first = bot.answer(question('/experience netflix'));
    const before = runs();
    expect(before).toBeGreaterThan(0);
    expect(bot.answer(question('/experience netflix'))).toBe(first);
    expect(runs()).toBe(before);
  });

  it('answers other words, another command or another language afresh', () => {
    const { bot, runs } = rememberingBot();
    bot.answer(question('/experience netflix'));
    let before = runs();
    for (const asked of [
      question('/experience dell'),
      question('/projects netflix'),
      { ...question('/experience netflix'), locale: 'pt-BR' },
    ]) {
      const answer = bot.answer(asked);
      expect(runs()).toBeGreaterThan(before);
      before = runs();
      expect(answer.matches.length + answer.suggestions.length).toBeGreaterThan(0);
    }
    expect(bot.answer({ ...question('/experience netflix'), locale: 'pt-BR' }).locale).toBe('pt-BR');
    expect(bot.answer(question('/experience netflix')).locale).toBeUndefined();
  });

  it('answers a question that stands alone from memory whatever was asked before it', () => {
    const { bot, runs } = rememberingBot();
    const alone = bot.answer(question('what did he do at netflix?'));
    const before = runs();
    expect(bot.answer(question('what did he do at netflix?'), contextAfter(bot, '/education'))).toBe(alone);
    expect(runs()).toBe(before + 1); // the /education asked to make the context, nothing else
  });

  it('never answers a follow-up from memory of another conversation', () => {
    const { bot } = rememberingBot();
    const afterNetflix = bot.answer(question('and before that?'), contextAfter(bot, 'what did he do at netflix?'));
    const afterEducation = bot.answer(question('and before that?'), contextAfter(bot, 'where did he study?'));
    expect(afterNetflix.matches[0]?.section).toBe('work');
    expect(afterNetflix.title).not.toBe(afterEducation.title);
    // Asked with nothing before it, it says what it needs; that answer is not what a conversation then gets.
    const alone = bot.answer(question('and before that?'));
    expect(alone.matches).toEqual([]);
    expect(bot.answer(question('and before that?'), contextAfter(bot, 'what did he do at netflix?'))).toEqual(afterNetflix);
  });

  it('forgets every answer when the résumé is replaced', () => {
    const { bot } = rememberingBot();
    expect(bot.answer(question('/experience netflix')).title).toBe('Performance Architect at Netflix');
    const renamed = { ...resume, work: resume.work.map((w) => (w.name === 'Netflix' ? { ...w, name: 'Streamflix' } : w)) };
    bot.replace(renamed, aliases);
    expect(bot.answer(question('/experience netflix')).matches[0]?.title).toBe('Performance Architect at Streamflix');
  });

  it('answers afresh on another day ("current", how long ago)', () => {
    let now = FIXED_NOW;
    const { bot, runs } = rememberingBot(() => now);
    bot.answer(question('/experience current'));
    const before = runs();
    now = new Date(FIXED_NOW.getTime() + 3_600_000);
    bot.answer(question('/experience current'));
    expect(runs()).toBe(before);
    now = new Date(FIXED_NOW.getTime() + 86_400_000);
    bot.answer(question('/experience current'));
    expect(runs()).toBeGreaterThan(before);
  });

  it('keeps at most as many answers as it was given, and a bot given none keeps none', () => {
    const { registry, runs } = counted();
    const none = createBot({ resume, aliases, clock: () => FIXED_NOW, commands: registry });
    none.answer(question('/skills kafka'));
    const before = runs();
    none.answer(question('/skills kafka'));
    expect(runs()).toBeGreaterThan(before);
    const small = createBot({ resume, aliases, clock: () => FIXED_NOW, commands: counted().registry, rememberedAnswers: 2 });
    const first = small.answer(question('/skills kafka'));
    small.answer(question('/skills java'));
    small.answer(question('/skills go'));
    expect(small.answer(question('/skills kafka'))).not.toBe(first);
  });
});

describe('given the assembled one-person app', () => {
  it('remembers answers, and a public answer of a remembered one leaves the private one whole', async () => {
    const { pipeline } = assemble({
      resume,
      aliases,
      clock: () => FIXED_NOW,
      maxQueryLength: DEFAULT_MAX_QUERY_LENGTH,
      privateFields: ['basics.email'],
      logLevel: 'error',
    });
    const ask = (audience: 'private' | 'public') => pipeline.handle({ ...question('/contact'), audience, userId: 'U1' });
    const first = (await ask('private')).answer;
    const email = resume.basics.email!;
    expect(JSON.stringify(first)).toContain(email);
    expect(JSON.stringify((await ask('public')).answer)).not.toContain(email);
    const again = (await ask('private')).answer;
    expect(again).toBe(first);
    expect(JSON.stringify(again)).toContain(email);
  });
});
