import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.js';

const piped = { stdinIsTTY: false };
const terminal = { stdinIsTTY: true };

describe('CLI arguments', () => {
  it('given words, joins them into one message so quoting is optional', () => {
    expect(parseCliArgs(['/skills', 'kafka'], terminal)).toEqual({ kind: 'run', json: false, message: '/skills kafka' });
  });

  it('given --json before or after the message, asks for JSON', () => {
    expect(parseCliArgs(['--json', '/about'], terminal)).toEqual({ kind: 'run', json: true, message: '/about' });
    expect(parseCliArgs(['/about', '--json'], terminal)).toEqual({ kind: 'run', json: true, message: '/about' });
  });

  it('given "--", takes what follows as the message even if it looks like an option', () => {
    expect(parseCliArgs(['--', '--json'], terminal)).toEqual({ kind: 'run', json: false, message: '--json' });
  });

  it('given no message and a terminal on stdin, is a usage error (nothing to read)', () => {
    expect(parseCliArgs([], terminal)).toMatchObject({ kind: 'usage-error', problem: expect.stringContaining('no message') });
    expect(parseCliArgs(['--json'], terminal)).toMatchObject({ kind: 'usage-error' });
  });

  it('given no message and piped stdin, reads messages from stdin', () => {
    expect(parseCliArgs(['--json'], piped)).toEqual({ kind: 'run', json: true, message: null });
    expect(parseCliArgs([], piped)).toEqual({ kind: 'run', json: false, message: null });
  });

  it('given an unknown option, is a usage error naming it', () => {
    expect(parseCliArgs(['--jsn', 'x'], terminal)).toMatchObject({ kind: 'usage-error', problem: expect.stringContaining('--jsn') });
    expect(parseCliArgs(['-x'], terminal)).toMatchObject({ kind: 'usage-error', problem: expect.stringContaining('-x') });
  });

  it('given a blank message, is a usage error', () => {
    expect(parseCliArgs(['  '], terminal)).toEqual({ kind: 'usage-error', problem: 'the message is empty' });
  });

  it('given --help or -h, asks for help whatever else is there', () => {
    expect(parseCliArgs(['--help'], terminal)).toEqual({ kind: 'help' });
    expect(parseCliArgs(['-h', '/about'], terminal)).toEqual({ kind: 'help' });
  });
});
