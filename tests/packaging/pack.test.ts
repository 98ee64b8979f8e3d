/**
 * What `npm pack` (and so `npm publish`) ships: the compiled bot, its commands and its bundled
 * data; no bench, no test, no fake, no TypeScript source. Read from npm's own dry run, so it
 * is exactly what a registry would get.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../cli/run.js';

interface PackEntry {
  files: Array<{ path: string }>;
}

function packedFiles(): string[] {
  ensureBuilt();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`npm pack failed (${result.status}): ${result.stderr}`);
  const [entry] = JSON.parse(result.stdout) as PackEntry[];
  return entry!.files.map((f) => f.path).sort();
}

/** Anything that is there for development only. */
const DEV_ONLY = /(^|\/)(bench|tests?|fakes?)(\/|$)|fake|\.test\.|\.ts$|\.map$|^tsconfig|^vitest|^\.ci\//;

describe('npm pack', () => {
  const files = packedFiles();

  it('ships what npm start, the CLI and the npm scripts run, with the bundled résumé', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'dist/src/main.js',
        'dist/src/cli/main.js',
        'dist/src/cli/launch.cjs',
        'dist/src/cli/main.bundle.cjs',
        'dist/src/slack/write-manifest.js',
        'dist/src/discord/register.js',
        'dist/commands/index.js',
        'data/resume.json',
        'data/aliases.json',
        'data/taxonomy/skills.json',
        'data/taxonomy/technologies.json',
        'data/places/regions.json',
        'data/locales/en.json',
        'data/locales/pt-BR.json',
      ]),
    );
  });

  it('ships no bench, test, fake, TypeScript source or source map', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((path) => DEV_ONLY.test(path))).toEqual([]);
  });

  it('the dev-only pattern does catch what it must keep out (the check can fail)', () => {
    const leaks = [
      'dist/src/bench/run.js',
      'bench/run.ts',
      'tests/fakes/slack.ts',
      'dist/tests/fakes/discord.js',
      'src/main.ts',
      'dist/src/main.js.map',
      'tsconfig.json',
    ];
    expect(leaks.filter((path) => DEV_ONLY.test(path))).toEqual(leaks);
    expect(['dist/src/main.js', 'dist/src/slack/start.js', 'data/resume.json'].filter((path) => DEV_ONLY.test(path))).toEqual([]);
  });
});
