/**
 * Runs the bundled CLI (main.bundle.cjs, see bundle.ts) from V8's compiled code of an earlier run.
 *
 * Why: a one-shot command's whole time is the product, and Node 20 compiles every function of
 * the CLI afresh on each start (it has no compile cache of its own before Node 22). So the
 * bundle is compiled with the code V8 made for it last time, kept in the start-up cache folder
 * (cache-dir.ts) under the script's SHA-256: any other build of the script is compiled afresh.
 * V8 checks the rest (its version and flags) and rejects a stale entry, which is then written again.
 *
 * The code is trusted only from a folder and a file of this user's that no one else can write.
 */
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { buildKey, sha256 } from '../app/build-key.js';
import { cacheDirectory, writeAtomically } from '../app/cache-dir.js';
import { BUNDLE_FILE, DIGEST_LINE, IMPORT_FUNCTION } from './launch-names.js';

/** What the bundle exports (its entry is main.ts). */
export type BundleExports = typeof import('./main.js');

/** Loads a module by URL or package name, as `import()` does in the caller's own code. */
export type Importer = (specifier: string) => Promise<unknown>;

const CODE_PREFIX = 'code-';

/** The bundle's path: beside this file, bundled or not. */
export const bundlePath = (): string => fileURLToPath(new URL(BUNDLE_FILE, import.meta.url));

/** Only this user may have written what is run as code. */
function ours(path: string): boolean {
  const stat = statSync(path);
  return (process.getuid === undefined || stat.uid === process.getuid()) && (stat.mode & 0o022) === 0;
}

function trustedCode(dir: string, file: string): Buffer | undefined {
  try {
    return ours(dir) && ours(file) ? readFileSync(file) : undefined;
  } catch {
    return undefined;
  }
}

/** Stores V8's code for the bundle, and drops the entries of other builds. */
function saveCode(dir: string, file: string, code: Buffer): void {
  writeAtomically(dir, file, code);
  try {
    for (const name of readdirSync(dir))
      if (name.startsWith(CODE_PREFIX) && join(dir, name) !== file) rmSync(join(dir, name), { force: true });
  } catch {
    // Housekeeping only.
  }
}

/**
 * Names the bundle's build: its SHA-256, which the build writes on its first line (hashing 340 kB on
 * every start costs a millisecond or two), else computed here; with the bundle's size and time, so a
 * bundle changed after the build never runs with another one's code.
 */
function codeKey(bundle: string, source: string): string {
  // node:crypto costs a start milliseconds to load: only a bundle without its digest line needs it.
  const digest = DIGEST_LINE.exec(source)?.[1] ?? sha256(source);
  return buildKey(bundle, digest);
}

/** The bundle's text as a script whose one function takes CommonJS's arguments and the importer. */
export function bundleScript(bundle: string, source: string, cachedData?: Buffer): Script {
  // One line with the bundle's first, so stack traces keep its line numbers.
  return new Script(`(function (exports, require, module, __filename, __dirname, ${IMPORT_FUNCTION}) {${source}\n})`, {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  });
}

/** Runs the bundle's top level; its dynamic imports (each relative to the bundle, or a package) go through `importer`. */
export function evaluateBundle(script: Script, bundle: string, importer: Importer): BundleExports {
  const bundleUrl = pathToFileURL(bundle);
  // Modules loaded only when needed (zod's validators, dotenv, the picture renderer) load as usual, relative to the bundle.
  const load = (specifier: string): Promise<unknown> =>
    importer(specifier.startsWith('.') ? new URL(specifier, bundleUrl).href : specifier);
  const module = { exports: {} };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle), load);
  return module.exports as BundleExports;
}

/** Runs the bundled CLI on `argv`; false when there is no bundle (the build could not make one). */
export function runBundle(argv: readonly string[], importer: Importer): boolean {
  const bundle = bundlePath();
  let source: string;
  try {
    source = readFileSync(bundle, 'utf8');
  } catch {
    return false;
  }
  const dir = cacheDirectory(process.env);
  const build = codeKey(bundle, source);
  const file = dir ? join(dir, `${CODE_PREFIX}${build}.bin`) : null;
  const cachedData = dir && file ? trustedCode(dir, file) : undefined;
  const script = bundleScript(bundle, source, cachedData);
  if (dir && file && (!cachedData || script.cachedDataRejected)) {
    // After the run, so the code of every function it ran is in it, not only the top level's.
    process.once('exit', () => saveCode(dir, file, script.createCachedData()));
  }
  // The build as read here: the start-up cache keeps the prepared index per build, and need not read the bundle again.
  void evaluateBundle(script, bundle, importer).runCli(argv, { build: DIGEST_LINE.test(source) ? build : null });
  return true;
}
