/**
 * Build step, run after tsc (`npm run build`): rewrites dist/src/cli/main.js as one file
 * holding the CLI's whole hot path (its own modules, the query layer, the commands,
 * fuse.js).
 *
 * Why: Node 20's ESM loader pays for every module it resolves and reads, and the CLI's
 * ~35 small modules cost about as much as starting Node itself; `resume-bot` is a one-shot
 * command whose whole-process time is the product. The cold path (validating settings and
 * the résumé: zod) and dotenv stay external, loaded from the tsc output only when needed.
 *
 * The bundle sits where tsc put main.js, so its relative imports and `import.meta.url`
 * (package root, cache stamp) mean exactly what they meant unbundled. If bundling fails
 * the tsc output is left as it is: slower, never broken.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const entry = join(here, 'main.js');

/** Loaded only when needed (a startup failure, a cache miss, a .env file, --image, --pdf): kept out of the bundle. */
const LAZY_FILES = [
  join(here, '..', 'app', 'load.js'),
  join(here, '..', 'render', 'timeline', 'image.js'),
  join(here, '..', 'cv', 'write.js'),
];
const LAZY_PACKAGES = ['dotenv', '@resvg/resvg-js', 'fontkit'];

async function bundle(): Promise<void> {
  const source = readFileSync(entry, 'utf8');
  if (!source.includes('loadAppCached')) throw new Error(`${entry} is not the CLI entry`);
  const { rolldown } = await import('rolldown');
  const build = await rolldown({
    input: entry,
    platform: 'node',
    // Relative imports are matched once resolved (absolute), so the bundle gets a correct relative path back.
    external: (id, importer) =>
      id.startsWith('node:') ||
      LAZY_PACKAGES.includes(id) ||
      LAZY_FILES.includes(id) ||
      (importer !== undefined && id.startsWith('.') && LAZY_FILES.includes(join(dirname(importer), id))),
    logLevel: 'warn',
  });
  const { output } = await build.generate({ format: 'esm', sourcemap: true, codeSplitting: false });
  await build.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  if (chunks.length !== 1 || !chunks[0]) throw new Error(`expected one bundle, got ${chunks.length} chunks`);
  const chunk = chunks[0];
  let code = chunk.code;
  if (!code.startsWith('#!')) code = `#!/usr/bin/env node\n${code}`;
  writeFileSync(entry, `${code.trimEnd()}\n//# sourceMappingURL=main.js.map\n`);
  if (chunk.map) writeFileSync(`${entry}.map`, chunk.map.toString());
  process.stdout.write(`bundled the CLI: ${entry} (${Math.round(code.length / 1024)} kB)\n`);
}

bundle().catch((error: unknown) => {
  // The unbundled CLI works the same, only slower: warn, do not fail the build.
  process.stderr.write(
    `warning: CLI not bundled (${error instanceof Error ? error.message : String(error)}); dist/src/cli/main.js stays as tsc wrote it\n`,
  );
});
