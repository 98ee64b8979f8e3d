/**
 * Which start-up snapshot serves which start. A few are kept (`snapshot-<n>.blob` beside the start-up cache), one for
 * each of the settings used last, so a résumé or LOCALE used in turn does not rebuild one every time.
 *
 * The launcher picks one before node starts, so by a key a shell makes without a program: the folder asked from and the
 * variables most likely to change between calls (RESUME_FILE, ALIASES_FILE, LOCALE), passed on as RESUME_BOT_SNAPSHOT_KEY;
 * it reads the list this file keeps (`snapshots`, a line `<n> <key>` each). A pick made for other settings only costs
 * that start its speed: a snapshot is used only while the start-up cache entry it was made from holds.
 */
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readText, writeAtomically } from './cache-dir.js';

/** Set by the launcher (cli/resume-bot.sh), which makes it: which snapshot this start would use. */
export const SNAPSHOT_KEY_VARIABLE = 'RESUME_BOT_SNAPSHOT_KEY';

const LIST = 'snapshots';

/** Snapshots kept at once (6 to 7 MB each); a new key takes a free one, else the one asked for longest ago. */
export const MAX_SNAPSHOTS = 4;

export const snapshotBlob = (dir: string, slot: number): string => join(dir, `snapshot-${slot}.blob`);

function listed(dir: string): Map<number, string> {
  const slots = new Map<number, string>();
  for (const line of readText(join(dir, LIST))?.split('\n') ?? []) {
    const at = /^(\d+) (.*)$/.exec(line);
    if (at && Number(at[1]) < MAX_SNAPSHOTS) slots.set(Number(at[1]), at[2]!);
  }
  return slots;
}

/** When the snapshot in `slot` was last asked for (0: never). */
function asked(dir: string, slot: number): number {
  try {
    return statSync(`${snapshotBlob(dir, slot)}.wanted`).mtimeMs;
  } catch {
    return 0;
  }
}

/** Before snapshots were kept per settings there was one, `snapshot.blob`: nothing reads it now (6 to 7 MB). */
const ONE_SNAPSHOT = ['snapshot.blob', 'snapshot.blob.node', 'snapshot.blob.wanted'];

/** The snapshot file for `key`: its own, else a free one or the one asked for longest ago, listed for `key` from now on. */
export function snapshotFor(dir: string, key: string): string {
  const slots = listed(dir);
  const own = [...slots].find(([, k]) => k === key)?.[0];
  if (own !== undefined) return snapshotBlob(dir, own);
  // A new slot is taken rarely (a new build or settings): then what an older version left is removed too.
  for (const name of ONE_SNAPSHOT) rmSync(join(dir, name), { force: true });
  const all = Array.from({ length: MAX_SNAPSHOTS }, (_, slot) => slot);
  const slot = all.find((s) => !slots.has(s)) ?? all.sort((a, b) => asked(dir, a) - asked(dir, b))[0]!;
  slots.set(slot, key);
  writeAtomically(dir, join(dir, LIST), [...slots].map(([s, k]) => `${s} ${k}\n`).join(''));
  return snapshotBlob(dir, slot);
}
