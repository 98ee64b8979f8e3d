/** Résumé text and queries are plain text: on Discord they must read as typed and ping no one. */
import { describe, expect, it } from 'vitest';
import { hasUnescapedMention } from '../../src/discord/limits.js';
import { escapeMarkdown, neutralizeMentions, sanitize, splitText, truncate } from '../../src/discord/text.js';

describe('escapeMarkdown', () => {
  it('given markdown characters, escapes each so it shows literally', () => {
    expect(escapeMarkdown('*bold* _it_ ~~s~~ `code` ||spoiler|| [x](y)')).toBe(
      '\\*bold\\* \\_it\\_ \\~\\~s\\~\\~ \\`code\\` \\|\\|spoiler\\|\\| \\[x\\](y)',
    );
  });

  it('given line-start markers (heading, quote, list, numbered list), escapes them', () => {
    expect(escapeMarkdown('# h\n> q\n- l\n1. n')).toBe('\\# h\n\\> q\n\\- l\n1\\. n');
  });

  it('given mention syntax, leaves nothing that renders as a mention', () => {
    const out = escapeMarkdown('@everyone @here <@123456789012345678> <@&1> <#2>');
    expect(hasUnescapedMention(out)).toBe(false);
  });

  it('given a URL with underscores, leaves it whole so it still links', () => {
    expect(escapeMarkdown('see https://example.com/a_b*c for_more')).toBe('see https://example.com/a_b*c for\\_more');
  });

  it('given control characters and a lone surrogate, drops or replaces them', () => {
    expect(sanitize('a\u0000b\u0007c\ud800d\r\ne')).toBe('abc\uFFFDd\ne');
  });
});

describe('neutralizeMentions', () => {
  it('given mentions in verbatim text (footers), keeps them from rendering', () => {
    expect(hasUnescapedMention(neutralizeMentions('@here <@1> <#2> <@&3>'))).toBe(false);
    expect(neutralizeMentions('2019 – 2021')).toBe('2019 – 2021');
  });
});

describe('splitText and truncate', () => {
  it('given a long text, cuts it into chunks within the limit at spaces, keeping every word', () => {
    const text = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const chunks = splitText(text, 100);
    expect(chunks.every((c) => c.length <= 100)).toBe(true);
    expect(chunks.join(' ')).toBe(text);
  });

  it('given emoji at the cut, never splits a surrogate pair', () => {
    const chunks = splitText('😀'.repeat(300), 101);
    expect(chunks.every((c) => c.length <= 101 && !/[\ud800-\udbff]$/.test(c))).toBe(true);
    expect(chunks.join('')).toBe('😀'.repeat(300));
  });

  it('given escapes at the cut, never ends a chunk on an escaping backslash', () => {
    const escaped = escapeMarkdown('*'.repeat(500));
    for (const chunk of splitText(escaped, 99)) {
      expect(chunk.length).toBeLessThanOrEqual(99);
      expect((/\\+$/.exec(chunk)?.[0].length ?? 0) % 2).toBe(0);
    }
  });

  it('given a title over the limit, shortens it with an ellipsis', () => {
    const out = truncate('t'.repeat(300), 256);
    expect(out).toHaveLength(256);
    expect(out.endsWith('…')).toBe(true);
    expect(truncate('short', 256)).toBe('short');
  });
});
