/**
 * Layers import one way: model → resume → query → commands → core → platforms → app.
 * A file may import its own layer or any layer below it, never one above; and no chain of
 * imports (type-only ones included) leads back to where it started.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf } from './imports.js';

const ROOT = resolve(__dirname, '../..');

/** Lowest first. Config sits with the résumé: settings and data are read before anything answers. */
const LAYERS: ReadonlyArray<{ name: string; dirs: readonly string[] }> = [
  // The message catalogues sit with the model: every layer words its answers with them.
  { name: 'model', dirs: ['src/model', 'src/i18n'] },
  { name: 'resume', dirs: ['src/resume', 'src/config'] },
  { name: 'query', dirs: ['src/query', 'src/match'] },
  { name: 'commands', dirs: ['commands'] },
  { name: 'core', dirs: ['src/core'] },
  {
    name: 'platforms',
    dirs: [
      'src/platform',
      'src/slack',
      'src/discord',
      'src/store',
      'src/console',
      'src/cli',
      'src/render',
      'src/http',
      'src/reload',
      'src/cv',
      'src/web',
    ],
  },
  // tests/helpers/redis.ts starts a real redis-server, tests/helpers/snapshot.ts waits for the CLI's snapshots, for the tests and the bench alike.
  { name: 'app', dirs: ['src/app', 'src/main.ts', 'bench', 'tests/fakes', 'tests/helpers/redis.ts', 'tests/helpers/snapshot.ts'] },
];

/** Programs (`npm start`, `npm run ask`, the scripts behind `npm run` tasks) wire the layers together: they are the app. */
const PROGRAMS = [
  'src/main.ts',
  'src/cli/main.ts',
  'src/cli/launch.ts',
  'src/cli/run-bundle.ts',
  'src/cli/snapshot-entry.ts',
  'src/cli/unbundled.ts',
  'src/cli/bundle.ts',
  'src/discord/register.ts',
  'src/slack/write-manifest.ts',
];

function filesUnder(path: string): string[] {
  if (!existsSync(join(ROOT, path))) return [];
  if (!statSync(join(ROOT, path)).isDirectory()) return path.endsWith('.ts') ? [path] : [];
  return readdirSync(join(ROOT, path)).flatMap((name) => filesUnder(join(path, name)));
}

function layerOf(file: string): number {
  if (PROGRAMS.includes(file)) return LAYERS.length - 1;
  const layer = LAYERS.findIndex(({ dirs }) => dirs.some((d) => file === d || file.startsWith(`${d}/`)));
  if (layer < 0) throw new Error(`${file} is in no layer: add its folder to LAYERS`);
  return layer;
}

function localImports(file: string): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  return importsOf(source)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(ROOT, resolve(ROOT, dirname(file), spec.replace(/\.js$/, '.ts'))));
}

/** Import edges that go up a layer, as "from → to (layer → layer)". */
function upwardImports(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const out: string[] = [];
  for (const [file, targets] of graph) {
    for (const target of targets) {
      if (layerOf(target) > layerOf(file))
        out.push(`${file} → ${target} (${LAYERS[layerOf(file)]!.name} → ${LAYERS[layerOf(target)]!.name})`);
    }
  }
  return out;
}

/** Every import cycle, each as the files around it (Tarjan's strongly connected components). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    order.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, order.get(next)!));
      }
    }
    if (low.get(file) === order.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || (graph.get(file) ?? []).includes(file)) found.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!order.has(file)) visit(file);
  return found;
}

const files = LAYERS.flatMap(({ dirs }) => dirs.flatMap(filesUnder));
const graph = new Map(files.map((file) => [file, localImports(file)]));

describe('the layers', () => {
  it('finds an upward import and a cycle when there is one (the checks can fail)', () => {
    const bad = new Map([
      ['src/query/route.ts', ['commands/index.ts']],
      ['commands/index.ts', ['src/query/route.ts']],
    ]);
    expect(upwardImports(bad)).toEqual(['src/query/route.ts → commands/index.ts (query → commands)']);
    expect(cycles(bad)).toEqual([['commands/index.ts', 'src/query/route.ts']]);
    expect(
      cycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('puts every source file in a layer, each program at the top', () => {
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) expect(() => layerOf(file)).not.toThrow();
    expect(layerOf('src/discord/register.ts')).toBe(layerOf('src/main.ts'));
    expect(layerOf('src/model/answer.ts')).toBe(0);
  });

  it('given every import in src/ and commands/, none goes up a layer', () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it('given every import, type-only ones too, none closes a cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('keeps the neutral answer and request shapes in a folder of their own, importing nothing of the project', () => {
    const model = files.filter((f) => f.startsWith('src/model/'));
    expect(model.map((f) => f.split('/').pop()).sort()).toEqual(expect.arrayContaining(['answer.ts', 'request.ts']));
    for (const file of model) expect(graph.get(file)!.filter((t) => !t.startsWith('src/model/'))).toEqual([]);
  });
});
