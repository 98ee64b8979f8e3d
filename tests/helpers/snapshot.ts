/**
 * Waiting for the CLI's start-up snapshots a start builds in the background (src/app/snapshot.ts), for the specs and
 * the bench alike: each is in place once its node file is (the build writes it last).
 */
import { readdirSync, watch } from 'node:fs';
import { join } from 'node:path';

const NODE_FILE = /^(snapshot-\d+\.blob)\.node$/;

/** The snapshots in place in `dir` (their blobs' paths). */
export function builtSnapshots(dir: string): string[] {
  try {
    return readdirSync(dir).flatMap((name) => {
      const blob = NODE_FILE.exec(name)?.[1];
      return blob ? [join(dir, blob)] : [];
    });
  } catch {
    return [];
  }
}

/** Resolves with the snapshots in `dir` once `count` of them are in place. */
export function snapshotsBuilt(dir: string, count = 1): Promise<string[]> {
  return new Promise((resolve) => {
    const check = (): boolean => {
      const built = builtSnapshots(dir);
      if (built.length < count) return false;
      watcher.close();
      resolve(built);
      return true;
    };
    const watcher = watch(dir, check);
    check();
  });
}
