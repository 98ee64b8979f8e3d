/**
 * Build step, run after tsc (`npm run build`): bundles the CLI for its launchers.
 *  - dist/src/cli/main.bundle.cjs: the CLI's whole hot path (main.js, the query layer, the
 *    commands, fuse.js) as one CommonJS script, which the launcher compiles with V8's code of
 *    its last run. Its dynamic imports call the launcher's importer instead (a script
 *    compiled from V8's code cache loses Node's own import() hook in Node 20).
 *  - dist/src/cli/launch.cjs: the launcher itself, CommonJS.
 *  - dist/src/cli/snapshot.cjs: what `node --build-snapshot` runs (snapshot-entry.ts), with
 *    import.cjs, the importer a start-up snapshot's code loads at run time.
 *  - dist/src/cli/resume-bot: the package's `bin`, a shell script (resume-bot.sh) that starts
 *    node from a start-up snapshot when there is one, else launch.cjs.
 *
 * Why: Node 20's ESM loader pays for every module it resolves and reads, and compiles every
 * function afresh; `resume-bot` is a one-shot command whose whole-process time is the
 * product. The cold path (validating settings and the résumé: zod) and dotenv stay external,
 * loaded from the tsc output only when needed.
 *
 * The bundle sits beside main.js, so its relative imports and `import.meta.url` (package
 * root, cache stamp) mean exactly what they meant unbundled. If bundling fails the launcher
 * runs the tsc output as it is: slower, never broken.
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BUNDLE_FILE,
  digestLine,
  IMPORT_FUNCTION,
  IMPORTER_FILE,
  SNAPSHOT_ENTRY,
  SNAPSHOT_FLAGS,
  SNAPSHOT_FLAGS_PLACEHOLDER,
} from './launch-names.js';

const here = dirname(fileURLToPath(import.meta.url));
const entry = join(here, 'main.js');

/** Loaded only when needed (a startup failure, a cache miss, a .env file, --image, --pdf): kept out of the bundle. */
const LAZY_FILES = [
  join(here, '..', 'app', 'load.js'),
  join(here, '..', 'render', 'timeline', 'image.js'),
  join(here, '..', 'cv', 'write.js'),
];
const LAZY_PACKAGES = ['dotenv', '@resvg/resvg-js', 'fontkit'];

/** One CommonJS file from `input`, with `external` left to load at run time. */
async function commonJs(input: string, external: (id: string, importer: string | undefined) => boolean): Promise<string> {
  const { rolldown } = await import('rolldown');
  const build = await rolldown({ input, platform: 'node', external, logLevel: 'warn' });
  // Without doc comments (a sixth of the CLI's bundle): every start reads and scans the whole text. Licences stay.
  const { output } = await build.generate({
    format: 'cjs',
    codeSplitting: false,
    comments: { legal: true, annotation: false, jsdoc: false },
    // Escaped: one character outside Latin-1 makes V8 keep the whole source two bytes a character (in every snapshot too).
    charset: 'ascii',
  });
  await build.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  if (chunks.length !== 1 || !chunks[0]) throw new Error(`expected one bundle of ${input}, got ${chunks.length} chunks`);
  return chunks[0].code.replace(/^#!.*\n/, '');
}

/** The bundle's dynamic imports (each of a lazy file or package, by a literal name) go through the launcher's importer. */
export function routeDynamicImports(code: string): string {
  const routed = code.replace(/\bimport\((?=["'])/g, `${IMPORT_FUNCTION}(`);
  if (/\bimport\(/.test(routed)) throw new Error('the bundle has a dynamic import of a computed name');
  return routed;
}

/**
 * The package's `bin`: there whether or not bundling works (without a bundle it runs launch.cjs, which runs tsc's output),
 * with the V8 flags the start-up snapshot is built with (app/snapshot.ts), so both read them from one place.
 */
function writeBin(): void {
  const bin = join(here, 'resume-bot');
  const script = readFileSync(join(here, '..', '..', '..', 'src', 'cli', 'resume-bot.sh'), 'utf8');
  if (!script.includes(SNAPSHOT_FLAGS_PLACEHOLDER)) throw new Error(`resume-bot.sh: no ${SNAPSHOT_FLAGS_PLACEHOLDER} to fill`);
  writeFileSync(bin, script.replaceAll(SNAPSHOT_FLAGS_PLACEHOLDER, SNAPSHOT_FLAGS));
  chmodSync(bin, 0o755);
}

async function bundle(): Promise<void> {
  writeBin();
  const cli = await commonJs(
    entry,
    (id, importer) =>
      id.startsWith('node:') ||
      LAZY_PACKAGES.includes(id) ||
      LAZY_FILES.includes(id) ||
      // Relative imports are matched once resolved (absolute), so the bundle gets a correct relative path back.
      (importer !== undefined && id.startsWith('.') && LAZY_FILES.includes(join(dirname(importer), id))),
  );
  if (!cli.includes('loadAppCached')) throw new Error(`${entry} is not the CLI entry`);
  // The launcher and the snapshot's entry import nothing but Node's own modules and the cache folder's rule.
  const launcher = await commonJs(join(here, 'launch.js'), (id) => id.startsWith('node:'));
  const snapshotEntry = await commonJs(join(here, 'snapshot-entry.js'), (id) => id.startsWith('node:'));
  const out = join(here, BUNDLE_FILE);
  const code = routeDynamicImports(cli);
  // The launcher names the bundle's compiled code by this digest: computed here, once, not on every start.
  writeFileSync(out, `${digestLine(createHash('sha256').update(code).digest('base64url'))}${code}`);
  writeFileSync(join(here, 'launch.cjs'), `#!/usr/bin/env node\n${launcher}`, { mode: 0o755 });
  writeFileSync(join(here, SNAPSHOT_ENTRY), snapshotEntry);
  writeFileSync(join(here, IMPORTER_FILE), 'module.exports = (specifier) => import(specifier);\n');

  process.stdout.write(`bundled the CLI: ${out} (${Math.round(cli.length / 1024)} kB)\n`);
}

/** A launcher that runs the unbundled CLI, for when the real one could not be built. */
const PLAIN_LAUNCHER = `#!/usr/bin/env node
import(require('node:url').pathToFileURL(require('node:path').join(__dirname, 'unbundled.js')).href);
`;

bundle().catch((error: unknown) => {
  // The unbundled CLI works the same, only slower: warn, do not fail the build.
  rmSync(join(here, BUNDLE_FILE), { force: true });
  if (!existsSync(join(here, 'launch.cjs'))) writeFileSync(join(here, 'launch.cjs'), PLAIN_LAUNCHER, { mode: 0o755 });
  process.stderr.write(
    `warning: CLI not bundled (${error instanceof Error ? error.message : String(error)}); the launcher runs main.js as tsc wrote it\n`,
  );
});
