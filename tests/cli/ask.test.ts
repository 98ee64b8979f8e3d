/**
 * `npm run ask` works without a POSIX shell (as on Windows, where npm runs scripts with cmd.exe): node starts the same
 * CLI itself. Here a PATH that holds node and nothing else stands for a machine without `sh`.
 */
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, ensureBuilt, ROOT, runNode, runProgram, sandbox, type Sandbox } from './run.js';

const ASK = join(ROOT, 'dist', 'src', 'cli', 'ask.js');
const NPM = join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');

let box: Sandbox;
let nodeOnly: string;
beforeAll(() => {
  ensureBuilt();
  box = sandbox();
  nodeOnly = mkdtempSync(join(tmpdir(), 'resume-bot-path-'));
  symlinkSync(process.execPath, join(nodeOnly, 'node'));
});
afterAll(() => {
  box.remove();
  rmSync(nodeOnly, { recursive: true, force: true });
});

const asked = (args: string[]) => ask(box, args, { env: { RESUME_BOT_CACHE_DIR: 'off' } });

describe('npm run ask', () => {
  it.skipIf(!existsSync(NPM))('given no sh on PATH, answers as resume-bot does', () => {
    // npm itself runs the script with an absolute shell; the script must not need one on PATH.
    const env = { PATH: nodeOnly, HOME: box.dir, npm_config_script_shell: '/bin/sh', npm_config_update_notifier: 'false' };
    const result = runProgram(box, process.execPath, [NPM, 'run', '--silent', '--prefix', ROOT, 'ask', '--', '/experience netflix'], {
      env,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(asked(['/experience netflix']).stdout);
  });

  it('given no sh, starts the CLI in node itself: the same answers and exit codes', () => {
    const env = { PATH: nodeOnly };
    const answer = runNode(box, ASK, ['--json', '/skills k8s'], { env });
    expect(answer.status).toBe(0);
    expect(answer.stdout).toBe(asked(['--json', '/skills k8s']).stdout);
    const wrong = runNode(box, ASK, ['--no-such-option'], { env });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toBe(asked(['--no-such-option']).stderr);
  });

  it('given sh, runs the resume-bot launcher, which passes its exit code on', () => {
    const answer = runNode(box, ASK, ['/skills k8s']);
    expect(answer.status).toBe(0);
    expect(answer.stdout).toBe(asked(['/skills k8s']).stdout);
    // Only the launcher names the snapshot a start would use, so only it lists one to build.
    expect(existsSync(join(box.cacheDir, 'snapshots'))).toBe(true);
    expect(runNode(box, ASK, ['--no-such-option']).status).toBe(2);
  });
});
