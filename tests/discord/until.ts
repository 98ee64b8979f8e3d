import { expect } from 'vitest';

/** Waits for something asynchronous to have happened; the bound only turns a hang into a failure. */
export async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}
