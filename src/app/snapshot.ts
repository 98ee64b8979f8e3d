/**
 * The CLI's V8 start-up snapshot: a heap in which the bundled CLI is loaded, the résumé validated
 * and indexed and the hot path compiled, so a start is Node's own start plus one answer.
 *
 * Why: a one-shot `resume-bot` pays, on every start, for compiling and running the bundle's top
 * level, reading the start-up cache's entry, indexing the résumé and compiling each function of the
 * answer's path; a snapshot holds all of it. Node reads one only when started with `--snapshot-blob`
 * (Node 20 cannot start itself again), so the `resume-bot` launcher (cli/resume-bot.sh) is a shell
 * script that passes one when there is one for this node and these settings (snapshot-slots.ts
 * says which). A start without a current snapshot answers as usual, then asks for one: a detached
 * `node --build-snapshot` (cli/snapshot-entry.ts), once per build, node and start-up cache entry,
 * written beside that cache.
 *
 * A snapshot is used only while it is current: the same bundle (its build key) and what the
 * start-up cache checks (settings, the résumé, alias and translation files byte for byte, the
 * validating code); otherwise the CLI starts as without it. Node itself refuses a snapshot of
 * another Node, the launcher one it cannot load (and starts without it).
 */
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseCliArgs } from '../cli/args.js';
import { toJsonResult } from '../cli/json.js';
import { SNAPSHOT_ENTRY, SNAPSHOT_FLAGS } from '../cli/launch-names.js';
import { parseLine } from '../console/parse.js';
import { catalogues } from '../i18n/catalogue.js';
import { renderTerminal } from '../render/terminal.js';
import { readText, writeAtomically } from './cache-dir.js';
import { SNAPSHOT_KEY_VARIABLE, snapshotFor } from './snapshot-slots.js';
import type { Env } from './env.js';
import { loadAppCached, type CachedApp, type EarlierStart } from './startup-cache.js';

/** What a snapshot holds besides the code: the start it was made for (used while its entry still holds, see loadAppCached). */
export interface SnapshotState extends EarlierStart {
  readonly build: string;
}

/**
 * Answering these once compiles the paths most questions take (a command with a query and without, free text in two
 * languages). Few on purpose: each function compiled makes the snapshot larger, and reading it back costs every start
 * (every command and its examples: 7.2 MB, slower by more than what they compiled saves a question; none: slower still).
 */
const WARM_UP = ['/skills kafka', '/education', 'what did he do?', 'o que ele fez?'];

/**
 * At build time: the start as the start-up cache gives it, its code compiled by answering a few
 * questions (no conversation, so nothing is remembered), and the catalogues' Intl objects dropped.
 */
export async function prepareSnapshot(env: Env, build: string): Promise<SnapshotState | null> {
  const app = await loadAppCached(env, 'warn', { indexOnDemand: true, build });
  if (!app.entry) return null;
  for (const line of WARM_UP) {
    const parsed = parseLine(line, 'cli');
    if (parsed.kind !== 'request') continue;
    const { answer } = await app.pipeline.handle(parsed.request);
    renderTerminal(answer, { color: false });
    JSON.stringify(toJsonResult(answer, parsed.request));
  }
  // Node loads its argument parser on first use: into the snapshot with it.
  parseCliArgs(['--json', '/about'], { stdinIsTTY: false });
  catalogues.forgetMessages();
  return { build, app, entry: app.entry };
}

/**
 * Builds the snapshot with the node the launcher runs and the V8 flags it starts one with, writes it in place at once
 * (never half a file), and the node and flags it is for beside it, which the launcher compares with its own before using
 * the snapshot.
 */
const BUILD = `node=$(command -v node) || exit 1
tmp="$1.$$"
trap 'rm -f "$tmp" "$tmp.node"' EXIT
"$node" ${SNAPSHOT_FLAGS} --snapshot-blob "$tmp" --build-snapshot "$2" >/dev/null 2>&1 && [ -s "$tmp" ] || exit 1
printf '%s\\n' "$node ${SNAPSHOT_FLAGS}" > "$tmp.node" && chmod 600 "$tmp" "$tmp.node" && mv -f "$tmp" "$1" && mv -f "$tmp.node" "$1.node"`;

/**
 * After a start without a current snapshot, from the `resume-bot` launcher: builds one in the background, unless one was
 * already asked for this build, node and start-up cache entry (built, being built, or failed: never again for them).
 */
export function requestSnapshot(env: Env, app: CachedApp, build: string | null): void {
  const launched = env[SNAPSHOT_KEY_VARIABLE];
  // A user's node options may change V8's flags, which a snapshot must share: the launcher uses none then.
  if (launched === undefined || launched.includes('\n') || !build || !app.entry || env.NODE_OPTIONS || process.platform === 'win32') return;
  let key: string;
  try {
    key = [build, process.version, app.entry.file, statSync(app.entry.file).mtimeMs].join('\n');
  } catch {
    return;
  }
  const blob = snapshotFor(app.entry.dir, launched);
  if (readText(`${blob}.wanted`) === key) return;
  writeAtomically(app.entry.dir, `${blob}.wanted`, key);
  const { spawn } = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
  const entry = fileURLToPath(new URL(`../cli/${SNAPSHOT_ENTRY}`, import.meta.url));
  spawn('/bin/sh', ['-c', BUILD, 'resume-bot-snapshot', blob, entry], { detached: true, stdio: 'ignore' })
    .on('error', () => {})
    .unref();
}
