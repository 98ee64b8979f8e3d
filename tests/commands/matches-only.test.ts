import { describe, expect, it } from 'vitest';
import { commands, findCommand } from '../../commands/index.js';
import { createBot } from '../../src/core/bot.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { FIXED_NOW } from '../helpers/bot.js';

const bot = createBot({
  resume: loadResumeFile('data/resume.json'),
  aliases: loadAliasesFile('data/aliases.json'),
  clock: () => FIXED_NOW,
});
const skills = findCommand('skills', commands)!;
const asked = (text: string, matchesOnly: boolean) =>
  skills.execute({ text }, { index: bot.index, now: FIXED_NOW, commands, messages: bot.messages({}), plainMisses: true, matchesOnly });

describe("an answer read only for its matches (a crowd command's evidence)", () => {
  it('given a skill only related entries mention (kafka: PicPay says event streaming), finds the same matches without naming the related ones', () => {
    // Asked for its matches first: what it skips is still found for the full answer after it.
    const matches = asked('kafka', true);
    const full = asked('kafka', false);
    expect(full.sections.map((s) => s.heading)).toContain('Related: these mention event streaming, not Kafka');
    expect(matches.sections.map((s) => s.heading)).not.toContain('Related: these mention event streaming, not Kafka');
    expect(matches.matches).toEqual(full.matches);
    expect(matches.kind).toBe(full.kind);
  });

  it('given a skill roles and projects say, finds every one of them as the full answer does', () => {
    const matches = asked('observability', true);
    const full = asked('observability', false);
    expect(matches.matches.map((m) => m.section)).toContain('projects');
    expect(matches.matches).toEqual(full.matches);
  });
});
