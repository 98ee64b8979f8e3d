/** Names the build step (bundle.ts) and the launcher (launch.ts) agree on. */

/** The bundled CLI, beside the launcher. */
export const BUNDLE_FILE = 'main.bundle.cjs';
/** What the bundle's dynamic imports call: the launcher's importer. */
export const IMPORT_FUNCTION = '__resumeBotImport';
/** The bundle's first line: the SHA-256 of the rest, as the build computed it. */
export const digestLine = (digest: string): string => `// resume-bot CLI bundle sha256=${digest}\n`;
export const DIGEST_LINE = /^\/\/ resume-bot CLI bundle sha256=([\w-]+)\n/;
/** Beside the bundle: exports `(specifier) => import(specifier)`, for code a start-up snapshot compiled (see snapshot-entry.ts). */
export const IMPORTER_FILE = 'import.cjs';
/** The entry `node --build-snapshot` runs, beside the bundle. */
export const SNAPSHOT_ENTRY = 'snapshot.cjs';
/** Set by the launcher for a start from a snapshot: a file the snapshot's main removes first thing (see resume-bot.sh). */
export const SNAPSHOT_PENDING_VARIABLE = 'RESUME_BOT_SNAPSHOT_PENDING';
/**
 * V8 flags a start-up snapshot is built and started with (a snapshot starts only with the flags it was built with).
 * --no-rehash-snapshot: the heap keeps the hash seed it was built with (a random one per build, in the user's own
 * cache folder) instead of rehashing every string and table in it on each start, which cost a start 4-5 ms of CPU.
 * --no-sparkplug: a one-shot answer runs each function a few times, too few for baseline code to pay for compiling it
 * (2-3 M of its 140 M instructions); a long run of stdin lines takes as long without it.
 */
export const SNAPSHOT_FLAGS = '--no-rehash-snapshot --no-sparkplug';
/** Where the build writes SNAPSHOT_FLAGS into the launcher (resume-bot.sh). */
export const SNAPSHOT_FLAGS_PLACEHOLDER = '@SNAPSHOT_FLAGS@';
