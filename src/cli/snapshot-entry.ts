/**
 * What `node --build-snapshot` runs (bundled as snapshot.cjs; app/snapshot.ts says when and why):
 * loads the bundled CLI and prepares its start (the résumé validated and indexed, the hot path
 * compiled); the snapshot's main function then runs the CLI on the process's arguments.
 *
 * A snapshot's builder may require only Node's own modules, and code it compiled has no `import()`
 * at run time: the bundle's lazy imports go through import.cjs, a file loaded after the start.
 * A snapshot of another build (the bundle rebuilt since) runs the bundle on disk as launch.cjs would.
 */
import { createRequire } from 'node:module';
import { readFileSync, unlinkSync } from 'node:fs';
import { startupSnapshot } from 'node:v8';
import { bundleBuild } from '../app/build-key.js';
import type { SnapshotState } from '../app/snapshot.js';
import { IMPORTER_FILE, SNAPSHOT_PENDING_VARIABLE } from './launch-names.js';
import { bundlePath, bundleScript, evaluateBundle, runBundle, type Importer } from './run-bundle.js';

const bundle = bundlePath();
const built = bundleBuild(bundle);
let importer: Importer = (specifier) => Promise.reject(new Error(`${specifier}: nothing is imported while a snapshot is built`));
const cli = evaluateBundle(bundleScript(bundle, readFileSync(bundle, 'utf8')), bundle, (specifier) => importer(specifier));
let state: SnapshotState | null = null;

startupSnapshot.setDeserializeMainFunction(() => {
  // Tells the launcher the snapshot was read: a crash from here on is the answer's, never to be asked again.
  const pending = process.env[SNAPSHOT_PENDING_VARIABLE];
  if (pending !== undefined) {
    delete process.env[SNAPSHOT_PENDING_VARIABLE];
    // unlinkSync, not rmSync: rmSync loads Node's recursive remover first, 1.1 M instructions of every start.
    try {
      unlinkSync(pending);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  // Loaded on the first import only: the CommonJS loader's first file costs a start milliseconds.
  let loaded: Importer | undefined;
  importer = (specifier) => (loaded ??= createRequire(bundle)(`./${IMPORTER_FILE}`) as Importer)(specifier);
  // Without a script, the arguments follow the node binary's name.
  const argv = process.argv.slice(1);
  if (built !== null && bundleBuild(bundle) === built) void cli.runCli(argv, { build: built, earlier: state ?? undefined });
  else if (!runBundle(argv, importer)) throw new Error(`${bundle} is gone: run \`npm run build\``);
});

// A start it cannot prepare (no start-up cache entry) still keeps the loaded modules.
if (built !== null)
  cli.prepareSnapshot(process.env, built).then(
    (prepared) => {
      state = prepared;
    },
    () => {},
  );
