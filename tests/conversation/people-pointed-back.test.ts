/**
 * "How long was he there?" after "who worked at netflix?" listed Martin found nobody, and "where did they study?"
 * after "who has a phd?" listed everyone's schools: a pronoun after a list of people points at those listed, each
 * asked as if they had been asked the list's question themselves (Martin's Netflix role is "there"); "what was it
 * for?" and "which ones?" ask them of what listed them.
 */
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/core/pipeline.js';
import { directoryBot } from '../directory/fixture.js';
import { parseLine } from '../helpers/bot.js';
import { played } from './played.js';

describe('a pronoun after a list of people', () => {
  it('given one person listed, asks them, leaning on what listed them', async () => {
    expect(await played('directory', ['who worked at netflix?', 'how long was he there?', 'what did he do before?'])).toEqual([
      ['who worked at netflix?', 'people', 'Martin Spier'],
      ['how long was he there?', 'experience', 'Performance Architect at Netflix'],
      ['what did he do before?', 'experience', 'Performance Engineer at Expedia'],
    ]);
    const dropbox = await played('directory', ['who worked at dropbox?', 'what did she do there?']);
    expect(dropbox[1]).toEqual(['what did she do there?', 'experience', 'Senior Software Engineer at Dropbox']);
  });

  it('given several listed, asks each of them and nobody else', async () => {
    const pipeline = createPipeline(directoryBot());
    const ask = (text: string) =>
      pipeline.handle({ ...parseLine(text), audience: 'private', conversation: 'phd', userId: 'U1', locale: 'en' });
    await ask('who has a phd?');
    const { answer } = await ask('where did they study?');
    expect([...new Set(answer.matches.map((m) => m.person?.id))].sort()).toEqual(['martin-alvarez', 'senior-engineer']);
  });

  it('given "what was it for?" or "which ones?", asks the listed of what listed them', async () => {
    const award = await played('directory', ['who won an award in 2014?', 'what was it for?']);
    expect(award[1]).toEqual(['what was it for?', 'awards', 'Best Paper Award']);
    const pipeline = createPipeline(directoryBot());
    const ask = (text: string) =>
      pipeline.handle({ ...parseLine(text), audience: 'private', conversation: 'which', userId: 'U1', locale: 'en' });
    await ask('who has certificates?');
    const { answer } = await ask('which ones?');
    expect(answer.route?.command).toBe('certificates');
    expect(answer.matches.map((m) => m.title)).toContain('AWS Certified Solutions Architect - Professional');
    expect([...new Set(answer.matches.map((m) => m.person?.id))].sort()).toEqual(['career-changer', 'senior-engineer']);
  });

  it('given a new question of everyone, or no pronoun, asks everyone as before', async () => {
    const turns = await played('directory', ['who knows kafka?', 'who else knows it?']);
    expect(turns[1]?.[1]).toBe('people');
    const again = await played('directory', ['who knows kafka?', 'who speaks spanish?']);
    expect(again[1]).toEqual(['who speaks spanish?', 'people', 'Daniel Reyes']);
  });
});
