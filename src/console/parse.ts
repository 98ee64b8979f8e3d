/**
 * How a line typed in the terminal (console or CLI) becomes a request: a leading
 * `/name` selects a command, the rest is its query; anything else is free text that the
 * query layer routes. The console's own commands (/quit, /exit) are recognised here too
 * so that both front ends agree on what a line means.
 */
import type { BotRequest } from '../model/request.js';

export type ParsedLine = { kind: 'blank' } | { kind: 'quit' } | { kind: 'request'; request: BotRequest };

const SLASH = /^\/([^\s/]+)(?:\s+([\s\S]*))?$/;

/** The terminal is private: only the person at it sees the answer. */
export function parseLine(line: string, platform: 'console' | 'cli'): ParsedLine {
  const text = line.trim();
  if (text === '') return { kind: 'blank' };
  const slash = SLASH.exec(text);
  if (!slash) return { kind: 'request', request: { platform, audience: 'private', command: null, text } };
  const command = slash[1]!.toLowerCase();
  const rest = (slash[2] ?? '').trim();
  if (command === 'quit' || command === 'exit') return { kind: 'quit' };
  return { kind: 'request', request: { platform, audience: 'private', command, text: rest } };
}
