/**
 * The Slack bench's request mix (npm run bench): at least 50 different slash commands,
 * with typos, aliases and free text through /resume, as the Slack throughput figure asks for.
 */
import { describe, expect, it } from 'vitest';
import { slashMix } from '../../bench/slack.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { martinBot } from '../helpers/bot.js';

describe('the Slack bench mix', () => {
  const table = loadAliasesFile('data/aliases.json');
  const aliases = [...new Set([...table.same.keys(), ...table.related.keys()])];
  const mix = slashMix(martinBot(), aliases);

  it('has at least 50 different signed slash commands', () => {
    expect(new Set(mix.map(([c, t]) => `${c} ${t}`)).size).toBe(mix.length);
    expect(mix.length).toBeGreaterThanOrEqual(50);
  });

  it('covers every slash command, typos, aliases and free text through /resume', () => {
    for (const command of ['/experience', '/skills', '/projects', '/education', '/contact', '/about', '/resume'])
      expect(mix.some(([c]) => c === command)).toBe(true);
    expect(mix).toContainEqual(['/experience', 'neflix']);
    expect(mix.some(([c, t]) => c === '/skills' && aliases.includes(t))).toBe(true);
    expect(mix.filter(([c, t]) => c === '/resume' && t.includes(' ')).length).toBeGreaterThanOrEqual(5);
  });
});
