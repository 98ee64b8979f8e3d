import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, CLI, ensureBuilt, sandbox, type Sandbox } from './run.js';

let box: Sandbox;
beforeAll(() => {
  ensureBuilt();
  box = sandbox();
});
afterAll(() => box.remove());

describe('resume-bot usage', () => {
  it('given a message, prints the answer as plain text (no colour off a terminal) and exits 0', () => {
    const result = ask(box, ['/experience', 'netflix']);
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('Performance Architect at Netflix\n')).toBe(true);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stderr).toBe('');
  });

  it('given a question with no match, still exits 0 and says nothing fits', () => {
    const result = ask(box, ['/skills', 'cobol']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('cobol');
  });

  it('given an unknown option, exits 2 with the usage line on stderr and nothing on stdout', () => {
    const result = ask(box, ['--verbose', '/about']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("'--verbose'");
    expect(result.stderr).toContain('usage: resume-bot');
  });

  it('given an empty message, exits 2', () => {
    const result = ask(box, ['']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('the message is empty');
  });

  it('given --help, lists options and every command and exits 0', () => {
    const result = ask(box, ['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('usage: resume-bot');
    expect(result.stdout).toContain('--json');
    for (const name of ['/experience', '/skills', '/projects', '/education', '/contact', '/about']) expect(result.stdout).toContain(name);
  });

  it('starts with the #!/usr/bin/env node line, so the installed bin runs', async () => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  // A real terminal on stdin needs a pseudo-terminal; util-linux `script` provides one.
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.runIf(hasScript)('given no message with a terminal on stdin, exits 2 instead of waiting for input', () => {
    const command = `'${process.execPath}' '${CLI}'; echo "exit=$?"`;
    const result = spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: box.dir,
      env: { PATH: process.env.PATH ?? '', RESUME_BOT_CACHE_DIR: box.cacheDir },
      encoding: 'utf8',
      input: '',
      timeout: 60_000,
    });
    expect(result.stdout).toContain('no message');
    expect(result.stdout).toContain('exit=2');
  });
});
