/**
 * The plain-text fallback of a Slack answer: every part once, in order, blank parts left out,
 * and a link whose address the text before the links already says not said again.
 */
import { describe, expect, it } from 'vitest';
import { makeAnswer } from '../../src/model/answer.js';
import { fallbackText } from '../../src/slack/render.js';

describe('the fallback text of an answer', () => {
  it('given a blank body and heading, leaves them out and keeps the fields, bullets and footer in order', () => {
    const answer = makeAnswer({
      kind: 'result',
      title: 'Contact',
      body: '   ',
      fields: [{ label: 'Email', value: 'ana@example.com' }],
      sections: [{ heading: ' ', bullets: ['first', 'second'] }],
      footer: 'Lisbon',
    });
    expect(fallbackText(answer)).toBe('Contact\nEmail: ana@example.com\n• first\n• second\nLisbon');
  });

  it('given links that repeat a field, says each address once; a link only another link names is still said', () => {
    const answer = makeAnswer({
      kind: 'result',
      title: 'Contact',
      fields: [{ label: 'Email', value: 'ana@example.com' }],
      links: [
        { label: 'Email', url: 'mailto:ana@example.com' },
        { label: 'Site', url: 'https://ana.dev' },
        { label: 'Blog', url: 'https://ana.dev/blog' },
        { label: 'Site again', url: 'https://ana.dev' },
      ],
    });
    expect(fallbackText(answer)).toBe(
      'Contact\nEmail: ana@example.com\nSite: https://ana.dev\nBlog: https://ana.dev/blog\nSite again: https://ana.dev',
    );
  });

  it('given a link whose address spans two lines said before it, does not say it again', () => {
    const answer = makeAnswer({
      kind: 'result',
      title: 'Odd',
      body: 'see https://a',
      fields: [{ label: 'b.example', value: 'x' }],
      links: [{ label: 'Odd', url: 'https://a\nb.example' }],
    });
    expect(fallbackText(answer)).toBe('Odd\nsee https://a\nb.example: x');
  });
});
