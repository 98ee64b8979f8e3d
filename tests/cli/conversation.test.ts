/**
 * `resume-bot --json --conversation`: the lines of stdin are one conversation, one JSON object
 * a line out; an empty line starts a new conversation. Run as a user would, in a fresh process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, ensureBuilt, sandbox, type Sandbox } from './run.js';

let box: Sandbox;
beforeAll(() => {
  ensureBuilt();
  box = sandbox();
});
afterAll(() => box.remove());

type Line = { command: string | null; results: Array<{ title: string }> };

function converse(lines: readonly string[], args = ['--json', '--conversation']): Line[] {
  const result = ask(box, args, { input: `${lines.join('\n')}\n` });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Line);
}

describe('--conversation', () => {
  it('given a question and its follow-ups, answers each follow-up from the answer before it', () => {
    const out = converse(['what did he do at netflix?', 'and before that?', 'and before that?', 'when was that?']);
    expect(out.map((o) => o.results[0]?.title)).toEqual([
      'Performance Architect at Netflix',
      'Performance Engineer at Expedia',
      'Performance Engineer at Dell',
      'Performance Engineer at Dell',
    ]);
  });

  it('given an empty line, starts a new conversation: the follow-up after it has nothing to lean on', () => {
    const out = converse(['what did he do at netflix?', '', 'and before that?']);
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ command: null, results: [] });
  });

  it('given the same lines without --conversation, answers each line on its own', () => {
    const out = converse(['what did he do at netflix?', 'and before that?'], ['--json']);
    expect(out[1]).toMatchObject({ command: null, results: [] });
  });
});
