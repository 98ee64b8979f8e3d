/**
 * The held-out follow-up conversations (tests/heldout/followups.json), written by an examiner
 * who never saw the code, run through the real bot as a user would: the CLI's
 * `--json --conversation` path, one process per résumé, conversations apart by an empty line.
 * Each turn is right when its command and first result are the labelled ones (an opening
 * follow-up must answer with no command and no result). The floor in the brief is 98% right
 * first on fresh follow-ups, not met yet (88% on the first run): the guard holds the level reached,
 * and the run prints where it stands.
 * Never tuned on: its questions are read only to score (tests/heldout/README.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, ensureBuilt, ROOT, sandbox, type Sandbox } from '../cli/run.js';
import { resumePath } from '../query/fixture-bots.js';

interface Turn {
  ask: string;
  command: string | null;
  first: string | null;
}
interface Conversation {
  resume: string;
  locale: string;
  turns: Turn[];
}

const TARGET = 0.98;
const GUARD = 0.93;

const conversations = JSON.parse(readFileSync('tests/heldout/followups.json', 'utf8')) as Conversation[];

let box: Sandbox;
beforeAll(() => {
  ensureBuilt();
  box = sandbox();
});
afterAll(() => box.remove());

/** Every conversation of one résumé and locale through one CLI process; the answers, turn by turn. */
function play(group: readonly Conversation[], resume: string, locale: string): Array<{ command: string | null; first: string | null }> {
  const input = group.map((c) => c.turns.map((t) => t.ask.replace(/\n/g, ' ')).join('\n')).join('\n\n');
  const result = ask(box, ['--json', '--conversation'], {
    input: `${input}\n`,
    env: { RESUME_FILE: join(ROOT, resumePath(resume)), LOCALE: locale },
  });
  if (result.status !== 0) throw new Error(`exit ${result.status}: ${result.stderr}`);
  return result.stdout
    .trimEnd()
    .split('\n')
    .map((line) => {
      const json = JSON.parse(line) as { command: string | null; results: Array<{ title: string }> };
      return { command: json.command, first: json.results[0]?.title ?? null };
    });
}

describe('held-out follow-up conversations (written before the code; never edited to pass)', () => {
  it('reports its accuracy and its misses, and does not slide below where it stands', () => {
    const groups = new Map<string, Conversation[]>();
    for (const c of conversations) groups.set(`${c.resume}\u0000${c.locale}`, [...(groups.get(`${c.resume}\u0000${c.locale}`) ?? []), c]);
    let right = 0;
    let total = 0;
    const misses: string[] = [];
    for (const [key, group] of groups) {
      const [resume, locale] = key.split('\u0000') as [string, string];
      const answers = play(group, resume, locale);
      const turns = group.flatMap((c) => c.turns);
      expect(answers).toHaveLength(turns.length);
      turns.forEach((turn, i) => {
        const got = answers[i]!;
        total++;
        if (got.command === turn.command && got.first === turn.first) right++;
        else
          misses.push(
            `[${resume} ${locale}] "${turn.ask}": expected ${turn.command} → ${turn.first ?? '(nothing)'}, got ${got.command} → ${got.first ?? '(nothing)'}`,
          );
      });
    }
    const share = right / total;
    const line = `held-out followups.json: ${right}/${total} turns right first (${(100 * share).toFixed(1)}%); target ${TARGET * 100}% ${share >= TARGET ? 'met' : 'NOT met'}`;
    console.log([line, ...misses.map((m) => `  miss: ${m}`)].join('\n'));
    expect(total).toBe(conversations.reduce((n, c) => n + c.turns.length, 0));
    expect(share, line).toBeGreaterThanOrEqual(GUARD);
  });
});
