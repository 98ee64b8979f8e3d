/**
 * `resume-bot` and `npm run ask`: starts the CLI (main.ts) from V8's compiled code of an earlier run.
 *
 * Why: a one-shot command's whole time is the product, and Node 20 compiles every function of
 * the CLI afresh on each start (it has no compile cache of its own before Node 22). So the
 * build bundles the CLI as one CommonJS script (main.bundle.cjs, see bundle.ts) and this
 * launcher, also CommonJS (no ES module loader to start), compiles it with the code V8 made
 * for it last time, kept in the start-up cache folder (cache-dir.ts) under the script's
 * SHA-256: any other build of the script is compiled afresh. V8 checks the rest (its version
 * and flags) and rejects a stale entry, which is then written again.
 *
 * The code is trusted only from a folder and a file of this user's that no one else can
 * write. Without a bundle (the build could not make one) the tsc output runs, slower.
 */
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { buildKey, sha256 } from '../app/build-key.js';
import { cacheDirectory, writeAtomically } from '../app/cache-dir.js';
import { BUNDLE_FILE, DIGEST_LINE, IMPORT_FUNCTION } from './launch-names.js';

const CODE_PREFIX = 'code-';

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
 * Names the bundle's compiled code: its SHA-256, which the build writes on its first line (hashing
 * 340 kB on every start costs a millisecond or two), else computed here; with the bundle's size and
 * time, so a bundle changed after the build never runs with another one's code.
 */
function codeKey(bundle: string, source: string): string {
  // node:crypto costs a start milliseconds to load: only a bundle without its digest line needs it.
  const digest = DIGEST_LINE.exec(source)?.[1] ?? sha256(source);
  return buildKey(bundle, digest);
}

function launch(): void {
  const bundle = fileURLToPath(new URL(BUNDLE_FILE, import.meta.url));
  let source: string;
  try {
    source = readFileSync(bundle, 'utf8');
  } catch {
    const unbundled: string = new URL('main.js', import.meta.url).href;
    void import(unbundled);
    return;
  }
  const dir = cacheDirectory(process.env);
  const file = dir ? join(dir, `${CODE_PREFIX}${codeKey(bundle, source)}.bin`) : null;
  const cachedData = dir && file ? trustedCode(dir, file) : undefined;
  // One line with the bundle's first, so stack traces keep its line numbers.
  const script = new Script(`(function (exports, require, module, __filename, __dirname, ${IMPORT_FUNCTION}) {${source}\n})`, {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  });
  if (dir && file && (!cachedData || script.cachedDataRejected)) {
    // After the run, so the code of every function it ran is in it, not only the top level's.
    process.once('exit', () => saveCode(dir, file, script.createCachedData()));
  }
  const bundleUrl = pathToFileURL(bundle);
  // Modules loaded only when needed (zod's validators, dotenv, the picture renderer) load as usual, relative to the bundle.
  const load = (specifier: string): Promise<unknown> => import(specifier.startsWith('.') ? new URL(specifier, bundleUrl).href : specifier);
  const module = { exports: {} };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle), load);
}

launch();
