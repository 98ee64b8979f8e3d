/**
 * A question across everyone keeps only the people it finds entries for, so each person is asked
 * with `answerIfFound`: what it finds is the answer `answer` gives, and a miss is said plainly,
 * without the searches that look for what else the words could mean.
 */
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { FIXED_NOW, parseLine } from '../helpers/bot.js';

const bot = createBot({
  resume: loadResumeFile('data/resume.json'),
  aliases: loadAliasesFile('data/aliases.json'),
  clock: () => FIXED_NOW,
});
/** Lines that find nothing in Martin's résumé; asked in full, /skills flamescope points at /projects. */
const MISSES = ['/skills flamescope', '/experience google', '/skills kafka streams', '/education harvard'];
const question = (line: string) => ({ ...parseLine(line), platform: 'cli' as const });

describe('given Martin’s résumé, asked only for what it finds', () => {
  it.each(['/experience netflix', '/skills k8s', '/projects flamescope', '/education', 'what did he do at netflix?', '/experience 2015'])(
    'answers %s as the full answer does',
    (line) => {
      expect(bot.answerIfFound(question(line))).toEqual(bot.answer(question(line)));
    },
  );

  it.each(MISSES)('says a miss of %s plainly: no "did you mean", no related entries, nothing found either way', (line) => {
    const full = bot.answer(question(line));
    const plain = bot.answerIfFound(question(line));
    expect(full.matches).toEqual([]);
    expect(plain).toMatchObject({ kind: 'empty', matches: [], suggestions: [], sections: [] });
    expect(plain.title).toBe(full.title);
  });

  it('gives at least one of those misses a suggestion in full, so the plain one leaves something out', () => {
    expect(MISSES.some((line) => bot.answer(question(line)).suggestions.length > 0)).toBe(true);
  });
});
