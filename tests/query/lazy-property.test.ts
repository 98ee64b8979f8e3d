/**
 * A lazy property is made on its first read, once, and read like any other property of the object.
 */
import { describe, expect, it } from 'vitest';
import { withLazyProperty } from '../../src/query/lazy-property.js';

describe('a lazy property', () => {
  it('given an object with one, makes it on the first read only and keeps the other properties as they were', () => {
    let made = 0;
    const object = withLazyProperty({ name: 'Lena' }, 'greeting', () => `hello ${++made}`);
    expect(made).toBe(0);
    expect([object.greeting, object.greeting, object.name]).toEqual(['hello 1', 'hello 1', 'Lena']);
    expect(made).toBe(1);
  });

  it('given a property made as undefined, does not make it again', () => {
    let made = 0;
    const object = withLazyProperty({}, 'nothing', () => {
      made++;
      return undefined;
    });
    expect([object.nothing, object.nothing]).toEqual([undefined, undefined]);
    expect(made).toBe(1);
  });
});
