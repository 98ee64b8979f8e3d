import { describe, expect, it } from 'vitest';
import { CONVERSATIONS_PER_USER, createUserRecords } from '../../src/core/user-record.js';
import { createRateLimiter } from '../../src/core/rate-limit.js';

const context = (person: string) => ({ person });

describe("a user's record: their rate bucket and conversations, found with one lookup", () => {
  it('given a conversation told within 15 idle minutes, reads it back; given longer, forgets it', () => {
    let now = 0;
    const record = createUserRecords({ now: () => now }).of('slack:U1');
    record.set('channel:C1', context('ana'));
    now += 15 * 60_000;
    expect(record.get('channel:C1')).toEqual(context('ana'));
    now += 1;
    expect(record.get('channel:C1')).toBeUndefined();
  });

  it('given several conversations, keeps each apart, each with its own idle time', () => {
    let now = 0;
    const record = createUserRecords({ now: () => now }).of('slack:U1');
    record.set('channel:C1', context('ana'));
    now += 10 * 60_000;
    record.set('dm:D1', context('bo'));
    record.set('thread:C1:1.2', context('cy'));
    expect([record.get('channel:C1'), record.get('dm:D1'), record.get('thread:C1:1.2')]).toEqual([
      context('ana'),
      context('bo'),
      context('cy'),
    ]);
    now += 6 * 60_000;
    expect([record.get('channel:C1'), record.get('dm:D1'), record.get('thread:C1:1.2')]).toEqual([undefined, context('bo'), context('cy')]);
  });

  it(`given more than ${CONVERSATIONS_PER_USER} conversations of one user, forgets the least recently told first`, () => {
    const record = createUserRecords().of('slack:U1');
    for (let i = 0; i <= CONVERSATIONS_PER_USER; i++) record.set(`thread:${i}`, context(`p${i}`));
    record.set('thread:1', context('again'));
    record.set('thread:new', context('new'));
    expect(record.get('thread:0')).toBeUndefined();
    expect(record.get('thread:2')).toBeUndefined();
    expect(record.get('thread:1')).toEqual(context('again'));
    expect(record.get(`thread:${CONVERSATIONS_PER_USER}`)).toEqual(context(`p${CONVERSATIONS_PER_USER}`));
  });

  it('given more users than it holds, forgets the least recently active first', () => {
    const users = createUserRecords({ max: 2 });
    users.of('slack:A').set('dm:A', context('a'));
    users.of('slack:B').set('dm:B', context('b'));
    users.of('slack:A');
    users.of('slack:C');
    expect(users.size).toBe(2);
    expect(users.of('slack:A').get('dm:A')).toEqual(context('a'));
    expect(users.of('slack:B').get('dm:B')).toBeUndefined();
  });

  it('given the language learnt in one workspace, speaks it there while it is fresh, and not in another workspace', () => {
    let now = 0;
    const record = createUserRecords({ now: () => now }).of('slack:U1');
    expect(record.speaksIn('T1')).toBe(false);
    record.learnLocale('T1', 'pt-BR', 1000);
    expect([record.speaksIn('T1'), record.speaksIn('T2'), record.locale]).toEqual([true, false, 'pt-BR']);
    now = 1000;
    expect(record.speaksIn('T1')).toBe(false);
  });

  it("given the in-process limiter, a record's bucket allows as many questions as the limiter's own buckets, and the same wait", () => {
    let now = 0;
    const limiter = createRateLimiter({ capacity: 3, windowMs: 60_000, now: () => now });
    const record = limiter.users.of('slack:U1');
    const held = Array.from({ length: 4 }, () => limiter.takeFrom(record));
    const own = Array.from({ length: 4 }, () => limiter.take('slack:U2'));
    expect(held).toEqual(own);
    expect(held.map((d) => d.allowed)).toEqual([true, true, true, false]);
    now += 20_000;
    expect(limiter.takeFrom(record)).toEqual(limiter.take('slack:U2'));
    expect(limiter.takeFrom(record).allowed).toBe(false);
  });
});
