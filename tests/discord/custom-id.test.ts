/** The share button carries its question in 100 characters, or a key when the question is longer. */
import { describe, expect, it } from 'vitest';
import type { SharedValues } from '../../src/core/shared.js';
import { createShareStore, parseCustomId, shareCustomId, SHARED_TTL_SECONDS } from '../../src/discord/custom-id.js';
import { LIMITS } from '../../src/discord/limits.js';

/** A shared store in a Map, standing for Redis (tests/store has the real one). */
function mapValues(): SharedValues & { map: Map<string, string>; ttls: number[]; down: boolean } {
  const map = new Map<string, string>();
  const ttls: number[] = [];
  const values = {
    map,
    ttls,
    down: false,
    async set(key: string, value: string, ttl: number) {
      if (values.down) return false;
      map.set(key, value);
      ttls.push(ttl);
      return true;
    },
    async get(key: string) {
      return values.down ? undefined : map.get(key);
    },
  };
  return values;
}

describe('share custom_id', () => {
  it('given a short question, carries it inline, so any process can answer the click', async () => {
    const store = createShareStore();
    const id = await shareCustomId({ command: 'experience', query: 'netflix: 2014' }, store);
    expect(id).toBe('share:experience:netflix: 2014');
    expect(await parseCustomId(id, createShareStore())).toEqual({
      action: 'share',
      route: { command: 'experience', query: 'netflix: 2014' },
    });
    expect(store.size).toBe(0);
  });

  it('given a question too long for 100 characters, stores it and carries a key within the limit', async () => {
    const store = createShareStore();
    const route = { command: 'resume', query: 'q'.repeat(300) };
    const id = await shareCustomId(route, store);
    expect(id.length).toBeLessThanOrEqual(LIMITS.customId);
    expect(await parseCustomId(id, store)).toEqual({ action: 'share', route });
    expect(await parseCustomId(id, createShareStore())).toEqual({ action: 'expired' });
  });

  it('given a shared store (REDIS_URL), a long question stored by one process is found by another', async () => {
    const shared = mapValues();
    const route = { command: 'skills', query: 'k'.repeat(200) };
    const id = await shareCustomId(route, createShareStore(1000, shared));
    expect(shared.ttls).toEqual([SHARED_TTL_SECONDS]);
    expect(await parseCustomId(id, createShareStore(1000, shared))).toEqual({ action: 'share', route });
    // Something in the store that is not a route of ours is not one.
    shared.map.set(`discord-share:${id.slice('share#'.length)}`, '{"command":1}');
    expect(await parseCustomId(id, createShareStore(1000, shared))).toEqual({ action: 'expired' });
  });

  it('given the shared store down, still shares within the process that made the button', async () => {
    const shared = mapValues();
    shared.down = true;
    const store = createShareStore(1000, shared);
    const route = { command: 'skills', query: 'k'.repeat(200) };
    const id = await shareCustomId(route, store);
    expect(await parseCustomId(id, store)).toEqual({ action: 'share', route });
    expect(await parseCustomId(id, createShareStore(1000, shared))).toEqual({ action: 'expired' });
  });

  it('given more stored questions than its capacity, forgets the oldest first', async () => {
    const store = createShareStore(2);
    const first = await shareCustomId({ command: 'resume', query: 'a'.repeat(200) }, store);
    await shareCustomId({ command: 'resume', query: 'b'.repeat(200) }, store);
    const third = await shareCustomId({ command: 'resume', query: 'c'.repeat(200) }, store);
    expect(store.size).toBe(2);
    expect(await parseCustomId(first, store)).toEqual({ action: 'expired' });
    expect((await parseCustomId(third, store)).action).toBe('share');
  });

  it('given a custom_id this bot never made, does nothing with it', async () => {
    expect(await parseCustomId('vote:yes', createShareStore())).toEqual({ action: 'unknown' });
    expect(await parseCustomId('share:', createShareStore())).toEqual({ action: 'unknown' });
    expect(await parseCustomId(`share#${'x'.repeat(90)}`, createShareStore(1000, mapValues()))).toEqual({ action: 'expired' });
  });
});
