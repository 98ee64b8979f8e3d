/** The shutdown drain shared by every platform (src/platform/drain.ts). */
import { describe, expect, it } from 'vitest';
import { createDrain } from '../../src/platform/drain.js';

/** A promise the test settles by hand. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

describe('the shutdown drain', () => {
  it('given nothing in flight, closes at once and stops taking work', async () => {
    const drain = createDrain();
    expect(drain.open).toBe(true);
    await drain.close();
    expect(drain.open).toBe(false);
  });

  it('given tracked work and a begun request, closes only once both have ended, failures included', async () => {
    const drain = createDrain();
    const work = deferred();
    drain.track(work.promise).catch(() => undefined);
    const end = drain.begin();
    let closed = false;
    const closing = drain.close(60_000).then(() => (closed = true));
    expect(drain.open).toBe(false);
    work.reject(new Error('reply failed'));
    await work.promise.catch(() => undefined);
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(false);
    end();
    end(); // a second call of the same ending counts once
    await closing;
    expect(closed).toBe(true);
  });

  it('given work that never ends, gives up after the timeout', async () => {
    const drain = createDrain();
    drain.track(new Promise<void>(() => {}));
    await drain.close(10);
    expect(drain.open).toBe(false);
  });

  it('given close called twice, both wait for the same work', async () => {
    const drain = createDrain();
    const work = deferred();
    drain.track(work.promise);
    const order: string[] = [];
    const first = drain.close().then(() => order.push('first'));
    const second = drain.close().then(() => order.push('second'));
    work.resolve();
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
  });
});
