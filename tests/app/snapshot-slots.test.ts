/** Given settings used in turn, each keeps a start-up snapshot of its own, and only a few are kept. */
import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_SNAPSHOTS, snapshotFor } from '../../src/app/snapshot-slots.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'resume-bot-slots-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Marks the snapshot as asked for at `second` (what the next build request would do). */
function ask(blob: string, second: number): void {
  writeFileSync(`${blob}.wanted`, 'build');
  utimesSync(`${blob}.wanted`, second, second);
}

describe('start-up snapshots by settings', () => {
  it('given two settings used in turn, gives each its own snapshot, the same one every time', () => {
    const english = snapshotFor(dir, '/home/ana|||en');
    const portuguese = snapshotFor(dir, '/home/ana|||pt-BR');
    expect(portuguese).not.toBe(english);
    expect(snapshotFor(dir, '/home/ana|||en')).toBe(english);
    expect(snapshotFor(dir, '/home/ana|||pt-BR')).toBe(portuguese);
  });

  it(`given more than ${MAX_SNAPSHOTS} settings, keeps ${MAX_SNAPSHOTS}: a new one takes the one asked for longest ago`, () => {
    const blobs = Array.from({ length: MAX_SNAPSHOTS }, (_, i) => snapshotFor(dir, `/work|resume-${i}.json||`));
    expect(new Set(blobs).size).toBe(MAX_SNAPSHOTS);
    blobs.forEach((blob, i) => ask(blob, 1_000 + (i === 2 ? -500 : i)));
    const newest = snapshotFor(dir, '/work|resume-new.json||');
    expect(newest).toBe(blobs[2]);
    // The one it replaced is another's now: asked again, it takes the next oldest.
    ask(newest, 2_000);
    expect(snapshotFor(dir, '/work|resume-2.json||')).toBe(blobs[0]);
    expect(snapshotFor(dir, '/work|resume-new.json||')).toBe(newest);
  });

  it('given the single snapshot an older version kept, removes it once a snapshot is first asked for', () => {
    for (const name of ['snapshot.blob', 'snapshot.blob.node', 'snapshot.blob.wanted']) writeFileSync(join(dir, name), 'old');
    const blob = snapshotFor(dir, '/home/ana|||en');
    expect(blob).not.toBe(join(dir, 'snapshot.blob'));
    expect(['snapshot.blob', 'snapshot.blob.node', 'snapshot.blob.wanted'].filter((name) => existsSync(join(dir, name)))).toEqual([]);
  });
});
