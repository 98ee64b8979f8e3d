import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.js';

const piped = { stdinIsTTY: false };
const terminal = { stdinIsTTY: true };

describe('CLI arguments', () => {
  it('given words, joins them into one message so quoting is optional', () => {
    expect(parseCliArgs(['/skills', 'kafka'], terminal)).toEqual({
      kind: 'run',
      json: false,
      message: '/skills kafka',
      image: null,
      pdf: null,
      locale: null,
      conversation: false,
    });
  });

  it('given --json before or after the message, asks for JSON', () => {
    expect(parseCliArgs(['--json', '/about'], terminal)).toEqual({
      kind: 'run',
      json: true,
      message: '/about',
      image: null,
      pdf: null,
      locale: null,
      conversation: false,
    });
    expect(parseCliArgs(['/about', '--json'], terminal)).toEqual({
      kind: 'run',
      json: true,
      message: '/about',
      image: null,
      pdf: null,
      locale: null,
      conversation: false,
    });
  });

  it('given "--", takes what follows as the message even if it looks like an option', () => {
    expect(parseCliArgs(['--', '--json'], terminal)).toEqual({
      kind: 'run',
      json: false,
      message: '--json',
      image: null,
      pdf: null,
      locale: null,
      conversation: false,
    });
  });

  it('given no message and a terminal on stdin, is a usage error (nothing to read)', () => {
    expect(parseCliArgs([], terminal)).toMatchObject({ kind: 'usage-error', problem: expect.stringContaining('no message') });
    expect(parseCliArgs(['--json'], terminal)).toMatchObject({ kind: 'usage-error' });
  });

  it('given no message and piped stdin, reads messages from stdin', () => {
    expect(parseCliArgs(['--json'], piped)).toEqual({
      kind: 'run',
      json: true,
      message: null,
      image: null,
      pdf: null,
      locale: null,
      conversation: false,
    });
    expect(parseCliArgs([], piped)).toEqual({
      kind: 'run',
      json: false,
      message: null,
      image: null,
      pdf: null,
      locale: null,
      conversation: false,
    });
  });

  it('given an unknown option, is a usage error naming it', () => {
    expect(parseCliArgs(['--jsn', 'x'], terminal)).toMatchObject({ kind: 'usage-error', problem: expect.stringContaining('--jsn') });
    expect(parseCliArgs(['-x'], terminal)).toMatchObject({ kind: 'usage-error', problem: expect.stringContaining('-x') });
  });

  it('given a blank message, is a usage error', () => {
    expect(parseCliArgs(['  '], terminal)).toEqual({ kind: 'usage-error', problem: 'the message is empty' });
  });

  it('given --help or -h, asks for help whatever else is there', () => {
    expect(parseCliArgs(['--help'], terminal)).toEqual({ kind: 'help', locale: null });
    expect(parseCliArgs(['-h', '/about'], terminal)).toEqual({ kind: 'help', locale: null });
    expect(parseCliArgs(['--locale', 'pt-BR', '--help'], terminal)).toEqual({ kind: 'help', locale: 'pt-BR' });
  });
});

describe('--image', () => {
  const terminal = { stdinIsTTY: true };
  it('given --image with a .png or .svg name, asks for the picture there too', () => {
    expect(parseCliArgs(['/timeline', '--image', 'career.png'], terminal)).toEqual({
      kind: 'run',
      json: false,
      message: '/timeline',
      image: 'career.png',
      pdf: null,
      locale: null,
      conversation: false,
    });
    expect(parseCliArgs(['--image=out/t.SVG', 'timeline'], terminal)).toMatchObject({ kind: 'run', image: 'out/t.SVG' });
  });

  it('given another extension, or no message to draw, is a usage error', () => {
    expect(parseCliArgs(['/timeline', '--image', 'career.jpg'], terminal)).toMatchObject({
      kind: 'usage-error',
      problem: expect.stringContaining('.png or .svg'),
    });
    expect(parseCliArgs(['--image', 'career.png'], { stdinIsTTY: false })).toMatchObject({
      kind: 'usage-error',
      problem: expect.stringContaining('needs a message'),
    });
  });
});

describe('--pdf', () => {
  const terminal = { stdinIsTTY: true };
  it('given --pdf with a file name and a message, asks for the CV there', () => {
    expect(parseCliArgs(['/cv', '--pdf', 'cv.pdf'], terminal)).toEqual({
      kind: 'run',
      json: false,
      message: '/cv',
      image: null,
      pdf: 'cv.pdf',
      locale: null,
      conversation: false,
    });
  });

  it('given --pdf without a message or with an empty name, is a usage error', () => {
    expect(parseCliArgs(['--pdf', 'cv.pdf'], { stdinIsTTY: false })).toMatchObject({
      kind: 'usage-error',
      problem: expect.stringContaining('needs a message'),
    });
    expect(parseCliArgs(['/cv', '--pdf', ' '], terminal)).toMatchObject({ kind: 'usage-error', problem: '--pdf needs a file name' });
  });
});

describe('--locale', () => {
  it('given --locale pt-BR, asks for answers in that language', () => {
    expect(parseCliArgs(['--locale', 'pt-BR', 'formação'], terminal)).toMatchObject({ kind: 'run', message: 'formação', locale: 'pt-BR' });
    expect(parseCliArgs(['--json', '--locale=pt_BR'], piped)).toMatchObject({ kind: 'run', message: null, locale: 'pt_BR' });
  });

  it('given something that is no language tag, is a usage error', () => {
    expect(parseCliArgs(['--locale', '../etc', '/about'], terminal)).toMatchObject({
      kind: 'usage-error',
      problem: expect.stringContaining('language tag'),
    });
  });
});

describe('--conversation', () => {
  it('given --conversation and piped input, reads the lines as one conversation', () => {
    expect(parseCliArgs(['--json', '--conversation'], { stdinIsTTY: false })).toMatchObject({
      kind: 'run',
      message: null,
      conversation: true,
    });
  });

  it('given --conversation with a message, is a usage error (the conversation comes on stdin)', () => {
    expect(parseCliArgs(['--conversation', '/about'], { stdinIsTTY: true })).toMatchObject({
      kind: 'usage-error',
      problem: expect.stringContaining('--conversation'),
    });
  });
});
