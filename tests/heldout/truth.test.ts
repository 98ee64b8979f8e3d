/**
 * The held-out truth questions (truth.json, see README.md): traps that name someone Martin's
 * résumé only mentions (a third party's product, a link, a skill that is not an employer) and
 * evidence questions whose answer must list only entries that literally say the word. They
 * were written before the code that answers them and are never edited to pass; this spec
 * only runs them through the real bot, prints how it did, and holds the two floors: no
 * answer to a question nothing fits, and no entry in an evidence list whose text does not
 * say it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { martinBot } from '../helpers/bot.js';
import { isRight, outcome, ratio, type LabelledQuestion, type Outcome } from '../helpers/labelled.js';

interface TruthQuestion extends LabelledQuestion {
  /** Titles that must not be among the results: their text does not say the word. */
  readonly mustNotMatch?: readonly string[];
}

const QUESTIONS = JSON.parse(readFileSync(new URL('./truth.json', import.meta.url), 'utf8')) as TruthQuestion[];
const bot = martinBot();
const asked = new Map<TruthQuestion, Outcome>(QUESTIONS.map((q) => [q, outcome(bot, q.ask)]));

const traps = QUESTIONS.filter((q) => q.first === null);
const evidence = QUESTIONS.filter((q) => q.mustNotMatch?.length);
const answeredTrap = (q: TruthQuestion) => asked.get(q)!.titles.length > 0;
const notLiteral = (q: TruthQuestion) => asked.get(q)!.titles.filter((t) => q.mustNotMatch!.includes(t));

describe('held-out truth questions (written before the code; never edited to pass)', () => {
  afterAll(() => {
    const right = QUESTIONS.filter((q) => isRight(q, asked.get(q)!)).length;
    console.log(
      `held-out truth: ${ratio(right, QUESTIONS.length)} right first; ` +
        `${traps.filter(answeredTrap).length} answers to no-fit questions; ` +
        `${evidence.filter((q) => notLiteral(q).length > 0).length} evidence lists with non-literal entries`,
    );
  });

  it('holds traps and evidence questions', () => {
    expect(traps.length).toBeGreaterThan(0);
    expect(evidence.length).toBeGreaterThan(0);
  });

  it.each(traps)('given "$ask" (nothing fits), answers with no result', (q) => {
    expect(asked.get(q)!.titles).toEqual([]);
  });

  it.each(evidence)('given "$ask", lists no entry whose text does not say it', (q) => {
    expect(notLiteral(q)).toEqual([]);
  });
});
