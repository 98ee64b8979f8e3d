/**
 * The bot's one command line (`npm start`): the container, the systemd unit and the README's
 * deploy section run exactly it, node's flags included, so production runs what the tests and
 * the bench run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingFlags, nodeFlags, npmStartFlags } from '../../bench/flags.js';
import { ROOT } from '../helpers/bot-process.js';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const npmStart = (JSON.parse(read('package.json')) as { scripts: { start: string } }).scripts.start;

describe('the start command', () => {
  it('given the Dockerfile, runs npm start’s command as its CMD', () => {
    const cmd = /^CMD (\[.*\])$/m.exec(read('Dockerfile'))?.[1];
    expect(cmd && (JSON.parse(cmd) as string[]).join(' ')).toBe(npmStart);
  });

  it('given the systemd unit, runs npm start’s command as ExecStart', () => {
    const exec = /^ExecStart=\S*\/(node .*)$/m.exec(read('deploy/resume-bot.service'))?.[1];
    expect(exec).toBe(npmStart);
  });

  it('given the README, shows npm start’s command wherever it writes a node command for the bot', () => {
    const shown = read('README.md').match(/node (?:--\S+ )*dist\/src\/main\.js/g) ?? [];
    expect(shown.length).toBeGreaterThan(1);
    expect(new Set(shown)).toEqual(new Set([npmStart]));
  });

  it('gives V8 a background thread per spare core, not a fixed four that preempt the answering thread', () => {
    expect(npmStartFlags()).toContain('--v8-pool-size=0');
    expect(npmStartFlags()).toEqual(nodeFlags(npmStart));
  });
});

describe('the bench under npm start’s flags', () => {
  it('given node started without some of them, names those it must restart with', () => {
    expect(missingFlags(['--max-semi-space-size=8', '--v8-pool-size=0'], ['--max-semi-space-size=8'])).toEqual(['--v8-pool-size=0']);
  });

  it('given node started with all of them, among others, restarts with none', () => {
    expect(missingFlags(['--v8-pool-size=0'], ['--inspect', '--v8-pool-size=0'])).toEqual([]);
  });
});
