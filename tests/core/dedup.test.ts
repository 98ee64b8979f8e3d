import { describe, expect, it } from 'vitest';
import { createDeduplicator } from '../../src/core/dedup.js';
import type { SharedClaims } from '../../src/core/shared.js';

describe('remembering which deliveries were taken', () => {
  it('given an id seen before, says so; given a new one, takes it', () => {
    const dedup = createDeduplicator({ ttlSeconds: 60 });
    expect(dedup.first('Ev1')).toBe(true);
    expect(dedup.first('Ev1')).toBe(false);
    expect(dedup.first('Ev2')).toBe(true);
  });

  it('forgets an id after its time to live, so memory does not keep every event ever seen', () => {
    let now = 1_000;
    const dedup = createDeduplicator({ ttlSeconds: 60, now: () => now });
    dedup.first('Ev1');
    now = 60_000;
    expect(dedup.first('Ev1')).toBe(false);
    now = 61_001;
    expect(dedup.first('Ev1')).toBe(true);
  });

  it('keeps at most `max` ids, forgetting the least recently seen first', () => {
    const dedup = createDeduplicator({ ttlSeconds: 3600, max: 100 });
    for (let i = 0; i < 1000; i++) dedup.first(`Ev${i}`);
    expect(dedup.size).toBe(100);
    expect(dedup.first('Ev999')).toBe(false);
    expect(dedup.first('Ev0')).toBe(true);
  });

  it('given a shared store, asks it about ids this process has not seen, under its namespace', async () => {
    const claimed = new Set<string>(['slack-event:EvOTHER']);
    const asked: Array<[string, number]> = [];
    const shared: SharedClaims = {
      claim: async (key, ttl) => {
        asked.push([key, ttl]);
        if (claimed.has(key)) return false;
        claimed.add(key);
        return true;
      },
    };
    const dedup = createDeduplicator({ ttlSeconds: 900, shared, namespace: 'slack-event' });
    expect(await dedup.first('EvOTHER')).toBe(false);
    expect(await dedup.first('EvMINE')).toBe(true);
    // A repeat this process saw itself is answered from memory, without a round trip.
    expect(dedup.first('EvMINE')).toBe(false);
    expect(asked).toEqual([
      ['slack-event:EvOTHER', 900],
      ['slack-event:EvMINE', 900],
    ]);
  });
});
