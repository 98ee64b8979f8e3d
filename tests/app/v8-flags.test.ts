/** The console's and a server's own V8 flags yield to the user's NODE_OPTIONS and node arguments. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flagName, flagsToSet, userFlagNames } from '../../src/app/v8-flags.js';

const ECONOMY = ['--no-opt', '--no-sparkplug', '--semi-space-growth-factor=1', '--optimize-for-size'];
const DEFAULTS = ['--opt', '--sparkplug', '--semi-space-growth-factor=2', '--no-optimize-for-size'];

describe('the process’s own V8 flags', () => {
  it('given no flag of the user’s, sets them all', () => {
    expect(flagsToSet(ECONOMY, userFlagNames(undefined, []))).toEqual(ECONOMY);
    expect(flagsToSet(DEFAULTS, userFlagNames('', []))).toEqual(DEFAULTS);
  });

  it('given NODE_OPTIONS naming a flag in any spelling, leaves that flag as the user set it', () => {
    const defaultsLess = (user: string) => flagsToSet(DEFAULTS, userFlagNames(user, []));
    const economyLess = (user: string) => flagsToSet(ECONOMY, userFlagNames(user, []));
    expect(defaultsLess('--no-opt')).toEqual(['--sparkplug', '--semi-space-growth-factor=2', '--no-optimize-for-size']);
    expect(economyLess('--max-old-space-size=200  --opt')).toEqual([
      '--no-sparkplug',
      '--semi-space-growth-factor=1',
      '--optimize-for-size',
    ]);
    expect(economyLess('--semi_space_growth_factor=3 --sparkplug')).toEqual(['--no-opt', '--optimize-for-size']);
    expect(defaultsLess('--optimize-for-size')).toEqual(['--opt', '--sparkplug', '--semi-space-growth-factor=2']);
  });

  it('given the flag on node’s own command line, leaves it too', () => {
    expect(flagsToSet(ECONOMY, userFlagNames(undefined, ['--no-optimize-for-size', '--max-semi-space-size=8']))).toEqual([
      '--no-opt',
      '--no-sparkplug',
      '--semi-space-growth-factor=1',
    ]);
  });

  it('names a flag without dashes, value, underscores or its negation', () => {
    expect(flagName('--no-opt')).toBe('opt');
    expect(flagName('--semi_space_growth_factor=3')).toBe('semi-space-growth-factor');
    expect(flagName('--optimize-for-size')).toBe('optimize-for-size');
  });
});

describe('the process entry', () => {
  it('sets the console’s memory flags before any module of the bot loads (loading them is when V8 would optimise)', () => {
    const source = readFileSync('src/main.ts', 'utf8');
    const statics = [...source.matchAll(/^import\s[^;]*?from\s*'([^']+)'/gm)].map((m) => m[1]);
    expect(statics).toEqual(['./app/v8-flags.js']);
    const economise = source.indexOf('economiseMemory();');
    expect(economise).toBeGreaterThan(0);
    expect(source.indexOf("import('./app/entry.js')")).toBeGreaterThan(economise);
  });
});
