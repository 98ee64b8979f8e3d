import { describe, expect, it } from 'vitest';
import { parseLine } from '../../src/console/parse.js';

// The console and the CLI read a line the same way; this is that one reading.
describe('reading a typed line', () => {
  it('given "/command rest", selects the command and keeps the rest as its query', () => {
    expect(parseLine('/experience netflix', 'console')).toEqual({
      kind: 'request',
      request: { platform: 'console', audience: 'private', command: 'experience', text: 'netflix' },
    });
  });

  it('given odd case and spacing, lowercases the command and trims the query', () => {
    expect(parseLine('  /Skills    kafka streams  ', 'cli')).toEqual({
      kind: 'request',
      request: { platform: 'cli', audience: 'private', command: 'skills', text: 'kafka streams' },
    });
  });

  it('given a command alone, asks it with an empty query', () => {
    expect(parseLine('/help', 'console')).toEqual({
      kind: 'request',
      request: { platform: 'console', audience: 'private', command: 'help', text: '' },
    });
  });

  it('given free text, leaves the command to the router', () => {
    expect(parseLine('what did he do at netflix?', 'console')).toEqual({
      kind: 'request',
      request: { platform: 'console', audience: 'private', command: null, text: 'what did he do at netflix?' },
    });
  });

  it('given a slash that does not start a command word, reads the line as free text', () => {
    expect(parseLine('/ netflix', 'console')).toMatchObject({ request: { command: null, text: '/ netflix' } });
    expect(parseLine('and/or k8s', 'console')).toMatchObject({ request: { command: null } });
  });

  it('given /quit or /exit (any case), asks to leave', () => {
    expect(parseLine('/quit', 'console')).toEqual({ kind: 'quit' });
    expect(parseLine('/EXIT now', 'console')).toEqual({ kind: 'quit' });
  });

  it('given only whitespace, is blank', () => {
    expect(parseLine(' \t ', 'console')).toEqual({ kind: 'blank' });
  });
});
