/**
 * "And Lena?" after "what did richard publish?" and "when?" said "No publication matches 'Video compression for 3d
 * media'": the question before was about Richard's paper by its name, asked of her as it was. Another person asked
 * after a question about one entry of the first that is their own record (a paper, a role, a project), named by its
 * title, is asked that section; a question naming something people share ("does she know java?") or something else
 * ("what did lena do at dropbox?") is still asked of them as it was.
 */
import { describe, expect, it } from 'vitest';
import { played } from './played.js';

describe('another person, after a question about one entry of the first', () => {
  it('given "and lena?" after "when?" of Richard\'s paper, answers her papers', async () => {
    const turns = await played('directory', ['what did richard publish?', 'when?', 'and lena?']);
    expect(turns[2]).toEqual(['and lena?', 'publications', 'Bounded Staleness for Geo-Replicated Key-Value Stores']);
  });

  it('given "and what about richard?" after "does maya know java?", asks whether he does', async () => {
    const turns = await played('directory', ['does maya know java?', 'and what about richard?']);
    expect(turns[1]).toEqual(['and what about richard?', 'skills', null]);
  });

  it('given "and maya?" after "what did lena do at dropbox?", asks Maya about Dropbox, where she never was', async () => {
    const turns = await played('directory', ['what did lena do at dropbox?', 'and maya?']);
    expect(turns[1]).toEqual(['and maya?', 'experience', null]);
  });
});
