/**
 * "Which of them also knows sql?" after "who knows python?" (Daniel, Lena, Maya) listed Martín Álvarez too, who was
 * not among them: "which of them" asked everyone. Asked among those a list named ("which of them", "of those",
 * "among them", "quais deles"), only they are asked.
 */
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/core/pipeline.js';
import { directoryBot } from '../directory/fixture.js';
import { parseLine } from '../helpers/bot.js';

/** The people each answer of a conversation lists, in name order. */
async function listedIn(conversation: readonly string[]): Promise<string[][]> {
  const pipeline = createPipeline(directoryBot());
  const lists: string[][] = [];
  for (const text of conversation) {
    const { answer } = await pipeline.handle({
      ...parseLine(text),
      audience: 'private',
      conversation: 'among',
      userId: 'U1',
      locale: 'en',
    });
    lists.push([...new Set(answer.matches.map((m) => m.person?.id ?? ''))].sort());
  }
  return lists;
}

describe('a question among those a list named', () => {
  it('given "which of them also knows sql?" after "who knows python?", lists only those of them who do', async () => {
    expect(await listedIn(['who knows python?', 'which of them also knows sql?'])).toEqual([
      ['career-changer', 'new-grad', 'senior-engineer'],
      ['career-changer', 'new-grad'],
    ]);
  });

  it('given "which of them" or "among them" after "who speaks spanish?", lists the speakers who know python', async () => {
    expect((await listedIn(['who speaks spanish?', 'which of them knows python?']))[1]).toEqual(['career-changer', 'senior-engineer']);
    expect((await listedIn(['who speaks spanish?', 'and among them, who knows python?']))[1]).toEqual([
      'career-changer',
      'senior-engineer',
    ]);
  });

  it('given no list before, asks everyone', async () => {
    expect((await listedIn(['which of them knows sql?']))[0]).toEqual(['career-changer', 'martin-alvarez', 'new-grad']);
  });
});
