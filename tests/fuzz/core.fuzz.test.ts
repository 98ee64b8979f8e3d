/**
 * Fuzz: generated questions of every shape through every command, the request pipeline
 * and the terminal renderer. Nothing may throw, every answer must be well formed, and
 * nothing a user typed may reach the terminal as a control sequence.
 * (The Slack and Discord renderers have fuzz tests of their own, beside their adapters.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commands, findCommand } from '../../commands/index.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { renderTerminal } from '../../src/render/terminal.js';
import { martinBot } from '../helpers/bot.js';
import { hostilePhrase, hostilePiece } from '../helpers/hostile-text.js';

const pipeline = createPipeline(martinBot());
const names = [null, ...commands.map((c) => c.data.name), 'nope'];

const piece = hostilePiece();
const text = fc.oneof(
  { weight: 8, arbitrary: hostilePhrase(piece, 8) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.string({ minLength: 290, maxLength: 5000 }) },
);

// ESC, other C0/C1 controls and bidi overrides; newline and tab are layout, allowed.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('fuzzing every command through the pipeline and the terminal renderer', () => {
  it('given 10,000 generated questions, never throws, always answers well formed, never emits a control sequence', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), text, async (command, question) => {
        runs++;
        const { answer, outcome } = await pipeline.handle({
          audience: 'private',
          platform: 'console',
          command,
          text: question,
          userId: 'fuzz',
        });
        expect(outcome).not.toBe('error');
        expect(typeof answer.title).toBe('string');
        expect(answer.title.length).toBeGreaterThan(0);
        for (const m of answer.matches) expect(m.title.length).toBeGreaterThan(0);
        // /match takes a pasted job description (up to its own limit); everything else 300 characters.
        const limit = findCommand(answer.route?.command ?? command ?? '')?.data.longText?.maxLength ?? 300;
        if (question.trim().length > limit) expect(answer.kind).toBe('refusal');
        const plain = renderTerminal(answer, { color: false });
        expect(plain).not.toMatch(UNSAFE);
        const coloured = renderTerminal(answer, { color: true });
        // Colour adds only SGR sequences: strip them and what is left is safe too.
        expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(UNSAFE);
      }),
      { numRuns: 10_000 },
    );
    expect(runs).toBeGreaterThanOrEqual(10_000);
    // CPU-bound: about 12 s alone, past 20 s on a loaded machine; the bound only turns a hang into a failure.
  }, 300_000);

  it('given the same question twice, answers the same (no hidden state between requests)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), text, async (command, question) => {
        const a = (await pipeline.handle({ audience: 'private', platform: 'console', command, text: question })).answer;
        const b = (await pipeline.handle({ audience: 'private', platform: 'console', command, text: question })).answer;
        expect(b).toEqual(a);
      }),
      { numRuns: 500 },
    );
  });
});
