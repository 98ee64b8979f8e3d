/**
 * The role held longest or shortest: "/experience longest", "where did he stay the longest?". A role still held
 * counts up to today; roles held exactly as long are all answered, never one of them at random.
 */
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { parseResume } from '../../src/resume/load.js';
import { FIXED_NOW, martinBot } from '../helpers/bot.js';

describe('the role held longest or shortest', () => {
  it('given /experience longest and /experience shortest, answers the role held longest and shortest', () => {
    const longest = martinBot().answer({ platform: 'cli', command: 'experience', text: 'longest' });
    expect(longest.matches.map((m) => m.title)).toEqual(['Performance Architect at Netflix']);
    expect(longest.route).toEqual({ command: 'experience', query: 'longest' });
    const shortest = martinBot().answer({ platform: 'cli', command: 'experience', text: 'shortest' });
    expect(shortest.matches.map((m) => m.title)).toEqual(['Performance Architect at Snowflake']);
  });

  it('given two roles held exactly as long, answers both, the earlier first', () => {
    const resume = parseResume(
      {
        basics: { name: 'Ana Almeida' },
        work: [
          { name: 'Initech', position: 'Intern', startDate: '2024-06', endDate: '2024-09' },
          { name: 'Globex', position: 'Intern', startDate: '2023-06', endDate: '2023-09' },
          { name: 'Umbrella', position: 'Engineer', startDate: '2025-01', endDate: '2025-02' },
        ],
      },
      'ana.json',
    );
    const bot = createBot({ resume, aliases: loadAliasesFile('data/aliases.json'), clock: () => FIXED_NOW });
    const longest = bot.answer({ platform: 'cli', command: null, text: 'where did she stay the longest?' });
    expect(longest.title).toBe('Longest roles, held as long');
    expect(longest.matches.map((m) => m.title)).toEqual(['Intern at Globex', 'Intern at Initech']);
    expect(bot.answer({ platform: 'cli', command: null, text: 'what was her shortest job?' }).matches.map((m) => m.title)).toEqual([
      'Engineer at Umbrella',
    ]);
  });

  it('given the question in Portuguese, answers the same role', () => {
    const answer = martinBot().answer({ platform: 'cli', command: null, text: 'qual foi o emprego mais longo dele?', locale: 'pt-BR' });
    expect(answer.route?.query).toBe('longest');
    expect(answer.matches.map((m) => m.id)).toEqual(['work-2']);
  });
});
