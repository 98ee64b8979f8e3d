import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, ensureBuilt, ROOT, sandbox, type Sandbox } from './run.js';

let box: Sandbox;
beforeAll(() => {
  ensureBuilt();
  box = sandbox();
});
afterAll(() => box.remove());

function resumeWith(edit: (resume: { work: Array<Record<string, unknown>> }) => void): string {
  const resume = JSON.parse(readFileSync(join(ROOT, 'data', 'resume.json'), 'utf8')) as { work: Array<Record<string, unknown>> };
  edit(resume);
  return JSON.stringify(resume, null, 2);
}

// A broken résumé stops the program before it answers anything, with what to fix and where.
describe('resume-bot with a broken résumé', () => {
  it('given an impossible date, exits 1 naming the file, the JSON path and the problem', () => {
    const file = join(box.dir, 'bad-date.json');
    writeFileSync(
      file,
      resumeWith((r) => (r.work[1]!.startDate = '2015-13')),
    );
    const result = ask(box, ['/about'], { env: { RESUME_FILE: file } });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(file);
    expect(result.stderr).toContain('work[1].startDate');
    expect(result.stderr).toContain('month');
  });

  it('given invalid JSON, exits 1 naming the line and column', () => {
    const file = join(box.dir, 'bad-json.json');
    writeFileSync(file, '{\n  "basics": { "name": "A" },\n  "work": [ }\n}\n');
    const result = ask(box, ['--json', '/about'], { env: { RESUME_FILE: file } });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(file);
    expect(result.stderr).toMatch(/line 3, column 13/);
  });

  it('given a file that does not exist, exits 1 saying so', () => {
    const file = join(box.dir, 'nowhere.json');
    const result = ask(box, ['/about'], { env: { RESUME_FILE: file } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(file);
    expect(result.stderr).toContain('not found');
  });

  it('given a relative RESUME_FILE, reads it from the working directory', () => {
    writeFileSync(
      join(box.dir, 'mine.json'),
      resumeWith((r) => (r.work[0]!.name = 'Initech')),
    );
    const result = ask(box, ['--json', '/experience initech'], { env: { RESUME_FILE: 'mine.json' } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('at Initech');
  });

  it('given an invalid setting, exits 1 naming the variable', () => {
    const result = ask(box, ['/about'], { env: { MAX_QUERY_LENGTH: 'lots' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('MAX_QUERY_LENGTH');
  });
});
