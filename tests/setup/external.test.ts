import { describe, expect, it } from 'vitest';
import { isInstalled } from '../helpers/external.js';

describe('external programs', () => {
  it('given a program on PATH, finds it installed', () => {
    expect(isInstalled({ name: 'sh', binary: 'sh', aptPackage: 'dash' })).toBe(true);
  });

  it('given a program that is nowhere, reports it missing (so its suites skip, or fail in CI)', () => {
    expect(isInstalled({ name: 'nope', binary: 'resume-bot-no-such-program', aptPackage: 'nope' })).toBe(false);
    expect(isInstalled({ name: 'nope', binary: '/nonexistent/resume-bot-browser', aptPackage: 'nope' })).toBe(false);
  });
});
