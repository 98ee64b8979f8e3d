/**
 * discord.js asks the gateway for zlib-stream compression whenever zlib-sync can be loaded;
 * the bot keeps it out (a native build, and not needed at this scale).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';

it('has no zlib-sync in package.json, the lockfile or node_modules', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, Record<string, string> | undefined>;
  for (const section of ['dependencies', 'devDependencies', 'optionalDependencies']) expect(pkg[section]?.['zlib-sync']).toBeUndefined();
  expect(readFileSync('package-lock.json', 'utf8')).not.toContain('"node_modules/zlib-sync"');
  const require = createRequire(import.meta.url);
  expect(() => require.resolve('zlib-sync')).toThrow();
});
