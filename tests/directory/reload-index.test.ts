/**
 * A person changed or removed while the bot runs: questions across everyone answer from their new
 * résumé only, and forget a removed person, however the people were indexed together before.
 */
import { describe, expect, it } from 'vitest';
import { loadResumeFile } from '../../src/resume/load.js';
import { resumePath } from '../query/fixture-bots.js';
import { createDirectoryBot } from '../../src/core/directory.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { FIXED_NOW } from '../helpers/bot.js';
import { directoryBot } from './fixture.js';
import { generatedPeople } from './generated.js';

const who = (bot: ReturnType<typeof directoryBot>, text: string) =>
  bot.answer({ platform: 'cli', command: 'people', text }).matches.map((m) => m.person?.id);

describe('people changed or removed while the bot runs', () => {
  it('given a person’s file changed (a skill dropped, another added), lists them by their new skills only, and a removed person no more', () => {
    const bot = directoryBot();
    expect(who(bot, 'kubernetes')).toContain('senior-engineer');
    expect(who(bot, 'zig')).toEqual([]);

    // Lena's file changed: Kubernetes is gone from it, Zig is new.
    const lena = loadResumeFile(resumePath('senior-engineer'));
    const strip = (text: string) => text.replace(/kubernetes|k8s/gi, 'Nomad');
    const changed = JSON.parse(strip(JSON.stringify(lena)));
    changed.skills = [...changed.skills, { name: 'Systems languages', keywords: ['Zig'] }];
    bot.upsert('senior-engineer', changed);
    expect(who(bot, 'zig')).toEqual(['senior-engineer']);
    expect(who(bot, 'kubernetes')).not.toContain('senior-engineer');
    expect(who(bot, 'nomad')).toEqual(['senior-engineer']);

    // Maya's file removed: nobody lists her, nor what only she has.
    expect(who(bot, '')).toContain('new-grad');
    expect(bot.remove('new-grad')).toBe(true);
    expect(who(bot, '')).not.toContain('new-grad');
    expect(bot.people.map((p) => p.id)).not.toContain('new-grad');
    expect(who(bot, 'maya')).toEqual([]);
  });
});

describe('an index kept through many reloads', () => {
  it('given many people changed and removed, holds no more than a few old entries besides everyone served', () => {
    const people = generatedPeople(8);
    const bot = createDirectoryBot({ people, aliases: loadAliasesFile('data/aliases.json'), clock: () => FIXED_NOW });
    expect(bot.indexedPeople()).toBe(48);
    // Every other person's file changed once: a skill added.
    for (const [n, { id, resume }] of people.entries()) {
      if (n % 2) continue;
      bot.upsert(id, { ...resume, skills: [...resume.skills, { name: n === 24 ? 'Zig' : 'Nim', level: undefined, keywords: [] }] });
      expect(bot.indexedPeople()).toBeLessThanOrEqual(48 + 8);
    }
    for (const { id } of people.slice(0, 12)) bot.remove(id);
    expect(bot.people).toHaveLength(36);
    expect(bot.indexedPeople()).toBeLessThanOrEqual(36 + 8);
    // Everyone answers from what they are now.
    const everyone = people.slice(12).map((p) => p.id);
    expect(who(bot, '').sort()).toEqual(everyone.sort());
    expect(who(bot, 'zig')).toEqual([people[24]!.id]);
  });
});
