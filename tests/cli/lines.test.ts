import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, ensureBuilt, sandbox, type Sandbox } from './run.js';

let box: Sandbox;
beforeAll(() => {
  ensureBuilt();
  box = sandbox();
});
afterAll(() => box.remove());

// With no message, every line of stdin is a message: scripts can ask many questions in one process.
describe('resume-bot reading stdin', () => {
  it('given --json and piped lines, prints one JSON object per non-blank line, in order', () => {
    const result = ask(box, ['--json'], { input: '/skills kafka\n\nwhere did he study?\n/experience google\n' });
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const [kafka, study, google] = lines.map((l) => JSON.parse(l) as { command: string; results: Array<{ title: string }> });
    expect(kafka!.command).toBe('skills');
    expect(kafka!.results[0]).toMatchObject({ title: 'Kafka' });
    expect(study!.command).toBe('education');
    expect(study!.results.length).toBeGreaterThan(0);
    expect(google).toMatchObject({ command: 'experience', results: [] });
  });

  it('given input without a final newline, still answers the last line', () => {
    const result = ask(box, ['--json'], { input: '/about\n/contact' });
    expect(
      result.stdout
        .trimEnd()
        .split('\n')
        .map((l) => (JSON.parse(l) as { command: string }).command),
    ).toEqual(['about', 'contact']);
  });

  it('given piped lines without --json, answers each as text separated by a blank line', () => {
    const result = ask(box, [], { input: '/contact\n/education\n' });
    expect(result.status).toBe(0);
    const contact = result.stdout.indexOf('Martin Spier');
    const education = result.stdout.indexOf('\n\nB.Sc. Computer Science');
    expect(contact).toBe(0);
    expect(education).toBeGreaterThan(contact);
  });

  it('given /quit among the lines, stops reading there', () => {
    const result = ask(box, ['--json'], { input: '/about\n/quit\n/contact\n' });
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('given empty input, prints nothing and exits 0', () => {
    const result = ask(box, ['--json'], { input: '' });
    expect(result).toMatchObject({ status: 0, stdout: '' });
  });
});
