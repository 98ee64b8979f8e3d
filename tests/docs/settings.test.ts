/**
 * Every setting the schemas read (the shared ones and each platform's) is documented: listed with a comment in
 * .env.example and named in the README. Adding a variable without documenting it fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { settingsVariables } from '../../src/app/platforms.js';

const variables = settingsVariables();
const example = readFileSync('.env.example', 'utf8');
const readme = readFileSync('README.md', 'utf8');

describe('documented settings', () => {
  it('reads a known set of variables (the check below has something to check)', () => {
    expect(variables).toContain('RESUME_FILE');
    expect(variables).toContain('SLACK_BOT_TOKEN');
    expect(variables).toContain('DISCORD_PUBLIC_KEY');
  });

  it.each(variables)('%s is in .env.example, after a comment that explains it', (name) => {
    const lines = example.split('\n');
    const at = lines.findIndex((l) => l.startsWith(`${name}=`));
    expect(at, `${name} missing from .env.example`).toBeGreaterThan(0);
    let k = at - 1;
    while (k >= 0 && /^[A-Z_]+=/.test(lines[k]!)) k--;
    expect(lines[k]!.startsWith('#'), `${name} has no comment above it`).toBe(true);
  });

  it.each(variables)('%s is named in the README', (name) => {
    expect(readme).toContain(`\`${name}\``);
  });

  it('.env.example names nothing the schema does not read', () => {
    const listed = [...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]);
    expect(listed.filter((name) => !variables.includes(name!))).toEqual([]);
  });
});
