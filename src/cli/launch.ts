/**
 * `node dist/src/cli/launch.cjs` (what the `resume-bot` launcher runs without a start-up
 * snapshot, see resume-bot.sh): starts the bundled CLI from V8's compiled code of an earlier run
 * (run-bundle.ts). CommonJS, so no ES module loader is started first. Without a bundle (the build
 * could not make one) tsc's output runs, slower.
 */
import { runBundle } from './run-bundle.js';

// Here, in the launcher's own code: Node gives `import()` its loader only in code it compiled itself.
if (!runBundle(process.argv.slice(2), (specifier) => import(specifier))) void import(new URL('unbundled.js', import.meta.url).href);
