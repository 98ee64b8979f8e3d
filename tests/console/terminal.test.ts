/**
 * `npm start` in a real terminal (a pseudo-terminal from util-linux's `script`): the console
 * colours its prompt and answers there, and never when NO_COLOR is set (https://no-color.org);
 * piped, it writes no colour either. The README promises all three.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensureBuilt, MAIN, runNode, sandbox, type Sandbox } from '../cli/run.js';
import { describeWith, SCRIPT } from '../helpers/external.js';

const CYAN_BOLD = '\u001b[1;36m';
/** Any colour or weight (SGR) sequence; readline's cursor moves (`\u001b[1G`, `\u001b[0J`) are not colour. */
const SGR = /\u001b\[[0-9;]*m/;

let box: Sandbox;
beforeAll(() => {
  ensureBuilt();
  box = sandbox();
});
afterAll(() => box.remove());

/** Runs the console on a terminal: asks /about once the prompt shows, /quit once it is answered. */
function onTerminal(env: Record<string, string>): Promise<{ screen: string; code: number | null }> {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const proc = spawn('script', ['-qfec', `${quote(process.execPath)} ${quote(MAIN)}`, '/dev/null'], {
    cwd: box.dir,
    env: { PATH: process.env.PATH ?? '', TERM: 'xterm', RESUME_BOT_CACHE_DIR: box.cacheDir, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let screen = '';
  let step = 0;
  proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    screen += chunk;
    if (step === 0 && screen.includes('resume>')) {
      step = 1;
      proc.stdin.write('/about\r');
    } else if (step === 1 && screen.includes('Current role')) {
      step = 2;
      proc.stdin.write('/quit\r');
    }
  });
  return new Promise((resolve) => proc.on('close', (code) => resolve({ screen, code })));
}

describeWith(SCRIPT, 'the console on a terminal', () => {
  it('given a terminal, colours the prompt and the answer', async () => {
    const { screen, code } = await onTerminal({});
    expect(code).toBe(0);
    expect(screen).toContain('Bye.');
    expect(screen).toContain(`${CYAN_BOLD}resume>`);
    expect(screen).toContain(`${CYAN_BOLD}Martin Spier`);
  });

  it('given NO_COLOR set, writes no colour at all on the same terminal', async () => {
    const { screen, code } = await onTerminal({ NO_COLOR: '1' });
    expect(code).toBe(0);
    expect(screen).toContain('Current role');
    expect(screen).toContain('Bye.');
    expect(screen).not.toMatch(SGR);
  });
});

it('given input piped in (no terminal), writes no colour', () => {
  const { stdout, status } = runNode(box, MAIN, [], { input: '/about\n' });
  expect(status).toBe(0);
  expect(stdout).toContain('Current role');
  expect(stdout).not.toMatch(SGR);
});
