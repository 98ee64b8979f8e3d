/**
 * The server process's last resort (src/app/last-resort.ts): a rejection nobody handled or an
 * exception thrown from a timer is logged, and the process goes on serving. Run in a child
 * process of its own, since both would end a process that has no such handler, the test
 * runner's included.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './run.js';

beforeAll(() => ensureBuilt());

const module = (path: string) => JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'src', path)).href);

/** A server that, once listening, suffers an unhandled rejection and an uncaught exception, then answers a request. */
const script = (install: boolean) => `
import { createServer } from 'node:http';
const { createLogger } = await import(${module('core/log.js')});
const { installLastResort } = await import(${module('app/last-resort.js')});
const logger = createLogger('error');
const guard = ${install} ? installLastResort(logger) : null;
const server = createServer((req, res) => res.end('still serving'));
server.listen(0, '127.0.0.1', () => {
  Promise.reject(new Error('nobody awaited this'));
  setTimeout(() => { throw new Error('thrown from a timer'); }, 0);
  setTimeout(async () => {
    const text = await (await fetch('http://127.0.0.1:' + server.address().port + '/')).text();
    process.stdout.write(text + ' after ' + guard?.caught + ' caught');
    server.close();
  }, 20);
});
`;

function run(install: boolean) {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script(install)], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the last-resort handler', () => {
  it('given an unhandled rejection and an uncaught exception, logs both and keeps serving', () => {
    const result = run(true);
    expect(result.stdout).toBe('still serving after 2 caught');
    expect(result.status).toBe(0);
    const events = result.stderr
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { event: string }).event);
    expect(events).toEqual(['unhandled_rejection', 'uncaught_exception']);
    expect(result.stderr).toContain('nobody awaited this');
    expect(result.stderr).toContain('thrown from a timer');
  });

  it('without it, the same rejection ends the process (the check can fail)', () => {
    const result = run(false);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
  });
});
