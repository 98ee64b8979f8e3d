/**
 * The start-up cache keeps, beside the validated résumé, what indexing read from it (see
 * PreparedIndex), for the build that read it. A warm start builds the index from that; a start of
 * another build, or one that finds the entry damaged, reads the résumé afresh and answers the same.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, copyOfPackage, ensureBuilt, ROOT, runNode, sandbox, type RunOptions, type Sandbox } from './run.js';

let box: Sandbox;
beforeAll(() => {
  ensureBuilt();
  box = sandbox();
});
afterAll(() => box.remove());

const QUESTIONS = [
  '/experience netflix',
  '/skills k8s',
  'what did he build at netflix?',
  '/awards',
  '/projects profiling',
  '/skills cobol',
];
const input = `${QUESTIONS.join('\n')}\n`;
const DEBUG = { LOG_LEVEL: 'debug' };

/** How the CLI started: from the cache or not, and its index from what was kept or from the text. */
function started(stderr: string): { cache?: string; index?: string } {
  const m = /"event":"cli_start","cache":"(\w+)","index":"(\w+)"/.exec(stderr);
  return { cache: m?.[1], index: m?.[2] };
}

function entries(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.startsWith('start-') && name.endsWith('.json'))
    .map((name) => join(dir, name));
}

/** The one cache entry of a configuration, as JSON. */
function entryOf(dir: string): {
  file: string;
  data: { index: { build: string; data: { documents: unknown[]; readings: unknown[] } } | null };
} {
  const [file, ...more] = entries(dir);
  if (!file || more.length) throw new Error(`expected one cache entry in ${dir}, found ${entries(dir).length}`);
  return { file, data: JSON.parse(readFileSync(file, 'utf8')) };
}

/** Answers of a start that reads everything afresh, to compare with. */
const uncached = (options: RunOptions = {}) =>
  ask(box, ['--json'], { ...options, input, env: { ...options.env, RESUME_BOT_CACHE_DIR: 'off' } }).stdout;

describe("the start-up cache's prepared index", () => {
  it.each(['data/resume.json', 'tests/fixtures/resumes/senior-engineer.resume.json', 'tests/fixtures/edge.resume.json'])(
    'given %s asked again, builds the index from what the first start read, and answers exactly as a start without a cache',
    (file) => {
      const env = { ...DEBUG, RESUME_FILE: join(ROOT, file), RESUME_BOT_CACHE_DIR: join(box.dir, file.replace(/\W/g, '_')) };
      const first = ask(box, ['--json'], { input, env });
      const second = ask(box, ['--json'], { input, env });
      expect(started(first.stderr)).toEqual({ cache: 'miss', index: 'read' });
      expect(started(second.stderr)).toEqual({ cache: 'hit', index: 'prepared' });
      const expected = uncached({ env: { RESUME_FILE: env.RESUME_FILE } });
      expect(first.stdout).toBe(expected);
      expect(second.stdout).toBe(expected);
    },
  );

  it('given an entry whose index another build made, reads the résumé afresh, answers the same, and keeps this build’s index', () => {
    const env = { ...DEBUG, RESUME_BOT_CACHE_DIR: join(box.dir, 'other-build') };
    ask(box, ['/about'], { env });
    const { file, data } = entryOf(env.RESUME_BOT_CACHE_DIR);
    const build = data.index?.build;
    expect(build).toEqual(expect.any(String));
    // What another build read would be wrong here: had it been used, nothing would be found.
    writeFileSync(file, JSON.stringify({ ...data, index: { build: `${build}-other`, data: { documents: [], readings: [] } } }));
    const after = ask(box, ['--json'], { input, env });
    expect(started(after.stderr)).toEqual({ cache: 'hit', index: 'read' });
    expect(after.stdout).toBe(uncached());
    expect(entryOf(env.RESUME_BOT_CACHE_DIR).data.index?.build).toBe(build);
    expect(started(ask(box, ['/about'], { env }).stderr)).toEqual({ cache: 'hit', index: 'prepared' });
  });

  it('given a damaged entry, starts as without one and answers the same', () => {
    const env = { ...DEBUG, RESUME_BOT_CACHE_DIR: join(box.dir, 'damaged') };
    ask(box, ['/about'], { env });
    const { file } = entryOf(env.RESUME_BOT_CACHE_DIR);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 5000));
    const after = ask(box, ['--json'], { input, env });
    expect(started(after.stderr)).toEqual({ cache: 'miss', index: 'read' });
    expect(after.stdout).toBe(uncached());
  });

  it('given an entry of this build whose index cannot be read, reads the résumé afresh and answers the same', () => {
    const env = { ...DEBUG, RESUME_BOT_CACHE_DIR: join(box.dir, 'unreadable-index') };
    ask(box, ['/about'], { env });
    const { file, data } = entryOf(env.RESUME_BOT_CACHE_DIR);
    const index = data.index!;
    writeFileSync(
      file,
      JSON.stringify({ ...data, index: { ...index, data: { ...index.data, readings: index.data.readings.map(() => null) } } }),
    );
    const after = ask(box, ['--json'], { input, env });
    expect(started(after.stderr)).toEqual({ cache: 'hit', index: 'read' });
    expect(after.stdout).toBe(uncached());
  });

  it('given a setting that changes the answers, answers as the new setting says', () => {
    const env = { ...DEBUG, RESUME_BOT_CACHE_DIR: join(box.dir, 'settings') };
    expect(started(ask(box, ['/about'], { env }).stderr).cache).toBe('miss');
    expect(started(ask(box, ['/about'], { env }).stderr).index).toBe('prepared');
    const english = ask(box, ['/experience netflix'], { env });
    const portuguese = ask(box, ['/experience netflix'], { env: { ...env, LOCALE: 'pt-BR' } });
    expect(started(portuguese.stderr).cache).toBe('miss');
    expect(portuguese.stdout).toBe(ask(box, ['/experience netflix'], { env: { LOCALE: 'pt-BR', RESUME_BOT_CACHE_DIR: 'off' } }).stdout);
    expect(portuguese.stdout).not.toBe(english.stdout);
  });
});

describe('the prepared index across builds', () => {
  it('given the bundle rebuilt, reads the résumé afresh, answers as that build does, and keeps its index for it', () => {
    const pkg = copyOfPackage(box);
    const cli = join(pkg, 'dist', 'src', 'cli', 'launch.cjs');
    const env = { ...DEBUG, RESUME_BOT_CACHE_DIR: join(box.dir, 'rebuilt') };
    runNode(box, cli, ['/about'], { env });
    expect(started(runNode(box, cli, ['/about'], { env }).stderr)).toEqual({ cache: 'hit', index: 'prepared' });
    const built = entryOf(env.RESUME_BOT_CACHE_DIR).data.index;
    // Another build, the bundle and tsc's output alike: the first project makes no document (the old build's index has one).
    for (const file of [join('src', 'cli', 'main.bundle.cjs'), join('commands', 'projects.js')]) {
      const path = join(pkg, 'dist', file);
      const source = readFileSync(path, 'utf8');
      const changed = source.replace('resume.projects.map((entry, i) => ({', 'resume.projects.slice(1).map((entry, i) => ({');
      expect(changed, file).not.toBe(source);
      writeFileSync(path, changed);
    }
    const after = runNode(box, cli, ['--json'], { env, input });
    expect(started(after.stderr)).toEqual({ cache: 'hit', index: 'read' });
    expect(after.stdout).toBe(runNode(box, cli, ['--json'], { input, env: { RESUME_BOT_CACHE_DIR: 'off' } }).stdout);
    const rebuilt = entryOf(env.RESUME_BOT_CACHE_DIR).data.index;
    expect(rebuilt?.build).not.toBe(built?.build);
    expect(rebuilt?.data.documents.length).toBe(built!.data.documents.length - 1);
    expect(started(runNode(box, cli, ['/about'], { env }).stderr)).toEqual({ cache: 'hit', index: 'prepared' });
  });
});
