/** The share button carries its question in 100 characters, or a key when the question is longer. */
import { describe, expect, it } from 'vitest';
import { createShareStore, parseCustomId, shareCustomId } from '../../src/discord/custom-id.js';
import { LIMITS } from '../../src/discord/limits.js';

describe('share custom_id', () => {
  it('given a short question, carries it inline, so any process can answer the click', () => {
    const store = createShareStore();
    const id = shareCustomId({ command: 'experience', query: 'netflix: 2014' }, store);
    expect(id).toBe('share:experience:netflix: 2014');
    expect(parseCustomId(id, createShareStore())).toEqual({ action: 'share', route: { command: 'experience', query: 'netflix: 2014' } });
    expect(store.size).toBe(0);
  });

  it('given a question too long for 100 characters, stores it and carries a key within the limit', () => {
    const store = createShareStore();
    const route = { command: 'resume', query: 'q'.repeat(300) };
    const id = shareCustomId(route, store);
    expect(id.length).toBeLessThanOrEqual(LIMITS.customId);
    expect(parseCustomId(id, store)).toEqual({ action: 'share', route });
    expect(parseCustomId(id, createShareStore())).toEqual({ action: 'expired' });
  });

  it('given more stored questions than its capacity, forgets the oldest first', () => {
    const store = createShareStore(2);
    const first = shareCustomId({ command: 'resume', query: 'a'.repeat(200) }, store);
    shareCustomId({ command: 'resume', query: 'b'.repeat(200) }, store);
    const third = shareCustomId({ command: 'resume', query: 'c'.repeat(200) }, store);
    expect(store.size).toBe(2);
    expect(parseCustomId(first, store)).toEqual({ action: 'expired' });
    expect(parseCustomId(third, store).action).toBe('share');
  });

  it('given a custom_id this bot never made, does nothing with it', () => {
    expect(parseCustomId('vote:yes', createShareStore())).toEqual({ action: 'unknown' });
    expect(parseCustomId('share:', createShareStore())).toEqual({ action: 'unknown' });
  });
});
