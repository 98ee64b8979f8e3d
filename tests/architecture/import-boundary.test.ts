/**
 * The platform boundary: the résumé core, the query layer, config and the commands never
 * import a chat SDK, directly or through anything they import. Only src/slack and
 * src/discord may. The CLI and console stay SDK-free too, so they start fast.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../src/app/platforms.js';
import { importsOf } from './imports.js';

const ROOT = resolve(__dirname, '../..');
const PLATFORM_PACKAGE = /^(@slack\/|discord\.js$|@discordjs\/|discord-api-types)/;
const PLATFORM_DIR = /^src\/(slack|discord)\//;

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return filesUnder(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  return relative(ROOT, resolve(ROOT, dirname(from), spec.replace(/\.js$/, '.ts')));
}

/** Every platform package or platform file reachable from `entry` by imports. */
function platformImportsReachableFrom(entry: string, followDynamic: boolean): string[] {
  const seen = new Set<string>();
  const offending: string[] = [];
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (PLATFORM_DIR.test(file)) {
      offending.push(file);
      continue;
    }
    const source = readFileSync(join(ROOT, file), 'utf8');
    const specs = followDynamic ? importsOf(source) : importsOf(source.replace(/\bimport\(\s*['"][^'"]+['"]\s*\)/g, ''));
    for (const spec of specs) {
      if (PLATFORM_PACKAGE.test(spec)) offending.push(`${file} → ${spec}`);
      const local = resolveLocal(file, spec);
      if (local) stack.push(local);
    }
  }
  return offending;
}

const CORE_DIRS = ['src/core', 'src/query', 'src/resume', 'src/config', 'src/i18n', 'commands'];

describe('the import boundary', () => {
  it('finds a platform import when there is one (the check can fail)', () => {
    expect(
      importsOf("import { App } from '@slack/bolt';\nconst x = await import('discord.js');").filter((s) => PLATFORM_PACKAGE.test(s)),
    ).toEqual(['@slack/bolt', 'discord.js']);
    expect(importsOf("import type { Client } from 'discord.js';")).toEqual(['discord.js']);
  });

  it.each(CORE_DIRS)('given %s, no file reaches Bolt or discord.js, even indirectly', (dir) => {
    const files = filesUnder(dir);
    expect(files.length).toBeGreaterThan(0);
    const offending = files.flatMap((file) => platformImportsReachableFrom(file, true));
    expect(offending).toEqual([]);
  });

  it('given src/, no file imports the bench or anything under tests/ (test doubles never ship)', () => {
    const devOnly = (file: string, spec: string) => /^(bench|tests)\//.test(resolveLocal(file, spec) ?? '');
    expect(devOnly('src/slack/start.ts', '../../tests/fakes/slack.js')).toBe(true);
    expect(devOnly('src/slack/start.ts', '../../bench/run.js')).toBe(true);
    const offending = filesUnder('src').flatMap((file) =>
      importsOf(readFileSync(join(ROOT, file), 'utf8'))
        .filter((spec) => devOnly(file, spec))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('given any file outside src/core, none calls publicView: the pipeline does, for a request with a public audience', () => {
    const callsIt = (source: string) => /\bpublicView\s*\(/.test(source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''));
    expect(callsIt('const shown = publicView(answer, fields, resume);')).toBe(true);
    const offending = filesUnder('src')
      .filter((file) => !file.startsWith('src/core/'))
      .filter((file) => callsIt(readFileSync(join(ROOT, file), 'utf8')));
    expect(offending).toEqual([]);
  });

  it('given every TypeScript file of the repository, tests included, none forces a type through unknown', () => {
    const forced = /\bas\s+unknown\s+as\b/;
    expect(forced.test('const x = y as ' + 'unknown as Z;')).toBe(true);
    const offending = ['src', 'commands', 'bench', 'tests']
      .flatMap((dir) => filesUnder(dir))
      .filter((file) => forced.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offending).toEqual([]);
  });

  it("given the core, the shapes and the app's wiring, none names a platform in code: platforms are only in their list", () => {
    const names = PLATFORMS.map((p) => p.name);
    expect(names.length).toBeGreaterThan(1);
    const naming = new RegExp(`(['"\`])(${names.join('|')})\\1|\\.(${names.join('|')})\\b`);
    expect(naming.test("if (request.platform === 'slack') return;")).toBe(true);
    const code = (file: string) => readFileSync(join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const wiring = [
      'src/main.ts',
      'src/app/entry.ts',
      'src/app/server.ts',
      'src/app/load.ts',
      'src/app/startup-cache.ts',
      'src/app/assemble.ts',
      'src/app/app.ts',
    ];
    const offending = [...filesUnder('src/core'), ...filesUnder('src/model'), ...wiring].filter((file) => naming.test(code(file)));
    expect(offending).toEqual([]);
  });

  it.each(['src/cli/main.ts', 'src/console/console.ts'])('given %s, nothing it imports statically loads a platform SDK', (entry) => {
    expect(platformImportsReachableFrom(entry, false)).toEqual([]);
  });
});
