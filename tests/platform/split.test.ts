/** Splitting long text for message limits, shared by every platform (src/platform/split.ts). */
import { describe, expect, it } from 'vitest';
import { splitText, takeChunk, type SplitRules } from '../../src/platform/split.js';

const words: SplitRules = { boundaries: ['\n\n', '\n', '. ', ' '], minShare: 1 / 3 };

describe('splitting text for a message limit', () => {
  it('given text under the limit, keeps it whole', () => {
    expect(splitText('short enough', 100, words)).toEqual(['short enough']);
  });

  it('given paragraphs, cuts at the paragraph break rather than inside a sentence, and loses nothing but the break', () => {
    const first = 'First paragraph, which is long enough. It has two sentences.';
    const second = 'Second paragraph. Also long enough to matter here.';
    const chunks = splitText(`${first}\n\n${second}`, 80, words);
    expect(chunks).toEqual([first, second]);
  });

  it('given a sentence boundary, keeps the full stop with the first chunk', () => {
    expect(takeChunk('One sentence here. Another one that goes on and on', 30, words)).toEqual([
      'One sentence here.',
      'Another one that goes on and on',
    ]);
  });

  it('given a boundary too early in the window, cuts hard at the limit instead of leaving a tiny chunk', () => {
    const [head, rest] = takeChunk(`a ${'x'.repeat(50)}`, 20, words);
    expect(head).toBe(`a ${'x'.repeat(18)}`);
    expect(rest).toBe('x'.repeat(32));
  });

  it('given a platform rule against some cuts, never cuts there (an entity kept whole)', () => {
    const entity: SplitRules = {
      ...words,
      safeCut: (text, at) =>
        text.lastIndexOf('&', at - 1) > at - 5 && !text.slice(text.lastIndexOf('&', at - 1), at).includes(';')
          ? text.lastIndexOf('&', at - 1)
          : at,
    };
    const chunks = splitText('&amp;'.repeat(50), 12, entity);
    expect(chunks.join('')).toBe('&amp;'.repeat(50));
    for (const chunk of chunks) expect(chunk).toMatch(/^(&amp;)+$/);
  });

  it('given emoji (surrogate pairs) at every cut, never splits one, whatever the platform rule', () => {
    const chunks = splitText('😀'.repeat(100), 7, words);
    expect(chunks.join('')).toBe('😀'.repeat(100));
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(7);
      expect(chunk).toMatch(/^(😀)+$/u);
    }
  });

  it('given a limit below one character, takes nothing and returns the text as the rest', () => {
    expect(takeChunk('abc', 0, words)).toEqual(['', 'abc']);
  });
});
