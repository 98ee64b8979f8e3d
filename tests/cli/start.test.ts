import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, MAIN, runNode, sandbox, type Sandbox } from './run.js';

let box: Sandbox;
beforeAll(() => {
  ensureBuilt();
  box = sandbox();
});
afterAll(() => box.remove());

// `npm start` is `node dist/src/main.js`; with no tokens it is the console.
describe('npm start without platform credentials', () => {
  it('given piped questions, answers each and exits 0 at end of input', () => {
    const result = runNode(box, MAIN, [], { input: '/experience netflix\nhow can I contact him?\n/skills kafka\n' });
    expect(result.status).toBe(0);
    const netflix = result.stdout.indexOf('Performance Architect at Netflix');
    const email = result.stdout.indexOf('hello@martinspier.io', netflix);
    const kafka = result.stdout.indexOf('Kafka', email);
    expect(netflix).toBe(0);
    expect(email).toBeGreaterThan(netflix);
    expect(kafka).toBeGreaterThan(email);
  });

  it('keeps stdout to the answers: no prompt, no banner, no request log lines', () => {
    const result = runNode(box, MAIN, [], { input: '/about\n' });
    expect(result.stdout.startsWith('Martin Spier\n')).toBe(true);
    expect(result.stdout).not.toContain('Chatting with');
    expect(result.stderr).toBe('');
  });

  it('given LOG_LEVEL=info, logs one JSON line per request on stderr without the question text', () => {
    const result = runNode(box, MAIN, [], { input: '/skills kafka\n', env: { LOG_LEVEL: 'info' } });
    const lines = result.stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([expect.objectContaining({ event: 'request', platform: 'console', command: 'skills', outcome: 'answered' })]);
    expect(result.stderr).not.toContain('kafka');
  });

  it('given a broken résumé, exits 1 before answering anything', () => {
    const file = join(box.dir, 'broken.json');
    writeFileSync(file, '{ "basics": { "name": "" } }');
    const result = runNode(box, MAIN, [], { input: '/about\n', env: { RESUME_FILE: file } });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(file);
    expect(result.stderr).toContain('basics.name');
  });

  it('given a half-configured platform, exits 1 naming the missing setting', () => {
    const result = runNode(box, MAIN, [], { input: '', env: { SLACK_BOT_TOKEN: 'xoxb-1' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('SLACK_SIGNING_SECRET');
    expect(result.stderr).not.toContain('xoxb-1');
  });
});
