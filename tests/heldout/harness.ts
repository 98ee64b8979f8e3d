/**
 * How a held-out set is run and reported, shared by its specs: each prints where it stands and
 * what it misses, checks that its items are well formed (a label naming an unknown person or
 * command is a typo in the set, not a miss), and holds the guard its spec sets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCommand } from '../../commands/index.js';
import { ask, ensureBuilt, ROOT, sandbox, type Sandbox } from '../cli/run.js';
import { directoryBot, FIVE } from '../directory/fixture.js';
import { type DirectoryQuestion, describeMiss, scoreDirectory } from '../directory/labelled.js';
import { type Labelled, outcome, resumePath, summary } from '../query/fixture-bots.js';

export interface Floor {
  /** Share of items right first. */
  right: number;
  /** Answers to questions nothing fits. */
  noFitAnswers: number;
}

export const isPerson = (id: string): boolean => (FIVE as readonly string[]).includes(id);
export const isCommand = (name: string | null): boolean => name !== null && findCommand(name)?.data.name === name;

function read<T>(file: string): T[] {
  return JSON.parse(readFileSync(join('tests/heldout', file), 'utf8')) as T[];
}

/** A set of `{ resume, ask, command, first }` questions, each asked on its own. */
export function labelledSetSpec(file: string, target: Floor, guard: Floor): void {
  const questions = read<Labelled>(file);
  describe(`held-out questions (${file})`, () => {
    it('holds only well-formed items: one of the five people and a command the bot has', () => {
      expect(questions.filter((q) => !isPerson(q.resume) || !isCommand(q.command))).toEqual([]);
    });

    const result = summary(questions.map(outcome));
    const share = result.right / result.total;
    const met = share >= target.right && result.answeredNoFit <= target.noFitAnswers;
    const line = `held-out ${file}: ${result.right}/${result.total} right first (${(100 * share).toFixed(1)}%), ${result.answeredNoFit} answers to no-fit questions; target ${met ? 'met' : 'NOT met'}`;

    it('reports its accuracy and its misses', () => {
      console.log([line, ...result.misses.map((miss) => `  miss: ${miss}`)].join('\n'));
      expect(result.total).toBe(questions.length);
    });

    it('does not slide below its floor', () => {
      expect(share, line).toBeGreaterThanOrEqual(guard.right);
      expect(result.answeredNoFit, line).toBeLessThanOrEqual(guard.noFitAnswers);
    });
  });
}

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

/**
 * Conversations run as a user would: the CLI's `--json --conversation` path, one process per
 * résumé and locale, conversations apart by an empty line. A turn is right when its command and
 * first result are the labelled ones (an opening follow-up: no command and no result).
 */
export function conversationSpec(file: string, target: number, guard: number): void {
  const conversations = read<Conversation>(file);
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

  describe(`held-out follow-up conversations (${file})`, () => {
    it('holds only well-formed conversations: one of the five people, a locale, known commands', () => {
      const wrong = (t: Turn) => (t.command === null ? t.first !== null : !isCommand(t.command));
      expect(conversations.filter((c) => !isPerson(c.resume) || !['en', 'pt-BR'].includes(c.locale) || c.turns.some(wrong))).toEqual([]);
    });

    it('reports its accuracy and its misses, and does not slide below its floor', () => {
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
      const line = `held-out ${file}: ${right}/${total} turns right first (${(100 * share).toFixed(1)}%); target ${target * 100}% ${share >= target ? 'met' : 'NOT met'}`;
      console.log([line, ...misses.map((m) => `  miss: ${m}`)].join('\n'));
      expect(total).toBe(conversations.reduce((n, c) => n + c.turns.length, 0));
      expect(share, line).toBeGreaterThanOrEqual(guard);
    });
  });
}

/** All five people at once: people questions' exact sets, person-scoped questions' right person first. */
export function directorySpec(file: string, guard: Floor): void {
  const questions = read<DirectoryQuestion>(file);
  describe(`held-out directory questions (${file})`, () => {
    it('holds only well-formed items: people among the five, a command the bot has for one person', () => {
      expect(questions.filter((q) => ('people' in q ? !q.people.every(isPerson) : !isPerson(q.person) || !isCommand(q.command)))).toEqual(
        [],
      );
    });

    const bot = directoryBot(FIVE);
    const outcomes = questions.map((q) => scoreDirectory(bot, q));
    const right = outcomes.filter((o) => o.right).length;
    const noFit = outcomes.filter((o) => o.answeredNoFit).length;
    const count = (list: typeof outcomes) => `${list.filter((o) => o.right).length}/${list.length}`;
    const people = count(outcomes.filter((o) => 'people' in o.question));
    const scoped = count(outcomes.filter((o) => !('people' in o.question)));
    const line = `held-out ${file}: ${right}/${outcomes.length} right (${((100 * right) / outcomes.length).toFixed(1)}%; people ${people}, person-scoped ${scoped}), ${noFit} answers to no-fit questions`;

    it('reports its accuracy and its misses', () => {
      console.log([line, ...outcomes.filter((o) => !o.right).map((o) => `  miss: ${describeMiss(o)}`)].join('\n'));
      expect(outcomes.length).toBe(questions.length);
    });

    it('does not slide below its floor', () => {
      expect(right / outcomes.length, line).toBeGreaterThanOrEqual(guard.right);
      expect(noFit, line).toBeLessThanOrEqual(guard.noFitAnswers);
    });
  });
}
