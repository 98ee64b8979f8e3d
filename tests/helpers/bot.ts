/** The real bot over the committed résumé, with a fixed clock so tenure is stable. */
import { createBot, type Bot } from '../../src/core/bot.js';
import type { BotRequest } from '../../src/model/request.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { loadResumeFile } from '../../src/resume/load.js';

export const FIXED_NOW = new Date('2026-11-26T12:00:00Z');

export function martinBot(): Bot {
  return createBot({
    resume: loadResumeFile('data/resume.json'),
    aliases: loadAliasesFile('data/aliases.json'),
    clock: () => FIXED_NOW,
  });
}

/** "/experience netflix" → that command; anything else → free text. */
export function parseLine(line: string): BotRequest {
  const m = /^\/(\S+)\s*(.*)$/s.exec(line.trim());
  return m
    ? { platform: 'cli', audience: 'private', command: m[1]!, text: m[2]! }
    : { platform: 'cli', audience: 'private', command: null, text: line };
}
