/**
 * The Slack renderer: a neutral Answer of any size becomes messages Slack accepts, with
 * every piece of résumé or user text escaped, long text split across blocks, and long
 * answers paged behind "Show more" without losing a word.
 */
import { describe, expect, it } from 'vitest';
import { makeAnswer, type Answer } from '../../src/model/answer.js';
import { checkSlackMessage, SLACK_LIMITS, type Block } from '../../src/slack/limits.js';
import { ACTION_MORE, ACTION_SHARE, decodePayload } from '../../src/slack/payload.js';
import { fallbackText, renderAnswer } from '../../src/slack/render.js';
import { escapeSlack, splitEscaped, truncateEscaped } from '../../src/slack/text.js';

const route = { command: 'experience', query: 'netflix' };
const words = (n: number, word = 'lorem') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

function allPages(answer: Answer, options: Parameters<typeof renderAnswer>[1] = { visibility: 'private', share: true }) {
  const first = renderAnswer(answer, options);
  const pages = [first];
  for (let p = 2; p <= first.pages; p += 1) pages.push(renderAnswer(answer, { ...options, page: p }));
  return pages;
}

const blockText = (blocks: Block[]) =>
  blocks
    .map((b) =>
      b.type === 'section'
        ? [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)].join('\n')
        : b.type === 'context'
          ? b.elements.map((e) => ('text' in e ? e.text : '')).join('\n')
          : '',
    )
    .join('\n');

describe('renderAnswer', () => {
  it('given a short answer, renders one page: header, content and a Share button carrying the route', () => {
    const msg = renderAnswer(makeAnswer({ kind: 'result', title: 'Netflix', body: 'Performance Architect', route }), {
      visibility: 'private',
      share: true,
    });
    expect(msg.pages).toBe(1);
    expect(msg.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Netflix' } });
    const actions = msg.blocks.at(-1) as Extract<Block, { type: 'actions' }>;
    expect(actions.elements.map((e) => e.action_id)).toEqual([ACTION_SHARE]);
    const button = actions.elements[0]!;
    expect(decodePayload('value' in button ? button.value : undefined)).toEqual({
      command: 'experience',
      query: 'netflix',
      page: 1,
      public: true,
    });
    expect(checkSlackMessage(msg)).toEqual([]);
  });

  it('given a public rendering, offers no Share button', () => {
    const msg = renderAnswer(makeAnswer({ kind: 'result', title: 'x', route }), { visibility: 'public', share: true });
    expect(msg.blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('given a 20,000-character body, splits it into sections of at most 3,000 and pages it, losing no word', () => {
    const body = words(2500);
    const pages = allPages(makeAnswer({ kind: 'result', title: 'Long', body, route }));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(checkSlackMessage(page)).toEqual([]);
    const seen = pages.map((p) => blockText(p.blocks)).join(' ');
    for (const w of ['lorem0', 'lorem1249', 'lorem2499']) expect(seen).toMatch(new RegExp(`\\b${w}\\b`));
  });

  it('given a 300-character title, cuts the header at 150 and still shows the whole title', () => {
    const title = `${'T'.repeat(290)} the end`;
    const msg = renderAnswer(makeAnswer({ kind: 'result', title, route }), { visibility: 'private' });
    const header = msg.blocks[0] as Extract<Block, { type: 'header' }>;
    expect(header.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
    expect(header.text.text.endsWith('…')).toBe(true);
    expect(blockText(msg.blocks)).toContain('the end');
    expect(checkSlackMessage(msg)).toEqual([]);
  });

  it('given 25 inline fields and one 5,000-character field, keeps ≤ 10 fields per section and ≤ 2,000 per field', () => {
    const fields = Array.from({ length: 25 }, (_, i) => ({ label: `L${i}`, value: `v${i}`, inline: true }));
    fields.push({ label: 'Huge', value: words(700), inline: true });
    const msg = renderAnswer(makeAnswer({ kind: 'result', title: 'Fields', fields, route }), { visibility: 'private' });
    expect(checkSlackMessage(msg)).toEqual([]);
    const grids = msg.blocks.filter((b): b is Extract<Block, { type: 'section' }> => b.type === 'section' && b.fields !== undefined);
    expect(grids.map((g) => g.fields!.length)).toEqual([10, 10, 5]);
    expect(blockText(msg.blocks)).toContain('lorem699');
  });

  it('given 300 long bullets, pages within 50 blocks each, with Show more pointing at the next page until the last', () => {
    const bullets = Array.from({ length: 300 }, (_, i) => `bullet-${i} ${words(60)}`);
    const answer = makeAnswer({ kind: 'list', title: 'Many', sections: [{ heading: 'All', bullets }], route });
    const pages = allPages(answer);
    pages.forEach((page, i) => {
      expect(checkSlackMessage(page)).toEqual([]);
      expect(page.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.messageBlocks);
      const more = page.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])).find((e) => e.action_id === ACTION_MORE);
      if (i < pages.length - 1)
        expect(decodePayload(more && 'value' in more ? more.value : undefined)).toMatchObject({ page: i + 2, query: 'netflix' });
      else expect(more).toBeUndefined();
    });
    const seen = pages.map((p) => blockText(p.blocks)).join('\n');
    for (let i = 0; i < 300; i += 1) expect(seen).toContain(`bullet-${i} `);
  });

  it('given a query too long to fit in a button, truncates with a pointer instead of a Show more button', () => {
    const answer = makeAnswer({ kind: 'result', title: 'Long', body: words(4000), route: { command: 'resume', query: 'q'.repeat(2100) } });
    const msg = renderAnswer(answer, { visibility: 'private', share: true });
    expect(msg.pages).toBeGreaterThan(1);
    expect(msg.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(blockText(msg.blocks)).toMatch(/too long for one message/);
    expect(checkSlackMessage(msg)).toEqual([]);
  });

  it('given résumé text full of control sequences, escapes every part of the answer', () => {
    const evil = '<!channel> & <@U0VICTIM1> @here <https://x.example|x>';
    const answer = makeAnswer({
      kind: 'result',
      title: evil,
      subtitle: evil,
      body: evil,
      fields: [
        { label: evil, value: evil, inline: true },
        { label: evil, value: evil },
      ],
      sections: [{ heading: evil, bullets: [evil, evil] }],
      links: [
        { label: evil, url: 'https://example.com/?a=1&b=<2>' },
        { label: 'js', url: 'javascript:alert(1)' },
      ],
      footer: evil,
      suggestions: [evil],
      route,
    });
    const msg = renderAnswer(answer, { visibility: 'private', share: true });
    expect(checkSlackMessage(msg)).toEqual([]);
    expect(blockText(msg.blocks)).toContain('&lt;!channel&gt; &amp; &lt;@U0VICTIM1&gt;');
    expect(blockText(msg.blocks)).toContain('<https://example.com/?a=1&amp;b=%3C2%3E|');
    expect(blockText(msg.blocks)).not.toContain('<javascript:');
  });

  it('given a shared answer, says who shared it with a mention of that user only', () => {
    const msg = renderAnswer(makeAnswer({ kind: 'result', title: 'x', route }), { visibility: 'public', sharedBy: 'U0SHARER1' });
    expect(blockText(msg.blocks)).toContain('Shared by <@U0SHARER1>');
    expect(checkSlackMessage(msg, { allowedMentions: ['U0SHARER1'] })).toEqual([]);
    const forged = renderAnswer(makeAnswer({ kind: 'result', title: 'x', route }), { visibility: 'public', sharedBy: '<!channel>' });
    expect(checkSlackMessage(forged)).toEqual([]);
  });

  it('given a 5,000-character answer, keeps the text fallback within 4,000', () => {
    const msg = renderAnswer(makeAnswer({ kind: 'result', title: 'x', body: words(1000), route }), { visibility: 'private' });
    expect(msg.text.length).toBeLessThanOrEqual(SLACK_LIMITS.messageText);
    expect(msg.text).toMatch(/more in the message\)$/);
  });
  it('given an answer far past the text limit, the fallback is exactly everything escaped, then cut', () => {
    // The fallback stops gathering once the text is sure to be cut; the result must be the same.
    const answer = makeAnswer({
      kind: 'result',
      title: 'R&D <lead>',
      subtitle: 'x & y',
      fields: [{ label: 'Email', value: 'a@b.example', inline: true }],
      sections: [
        { heading: 'Highlights', bullets: Array.from({ length: 60 }, (_, i) => `${words(12)} & <b>${i}</b> @here`) },
        { heading: 'More', bullets: [words(50)] },
      ],
      links: [{ label: 'Site', url: 'https://example.com' }],
      footer: 'the end',
      route,
    });
    const everything = [
      answer.title,
      answer.subtitle,
      ...answer.fields.map((f) => `${f.label}: ${f.value}`),
      ...answer.sections.map((s) => [s.heading, ...s.bullets.map((b) => `• ${b}`)].join('\n')),
      'Site: https://example.com',
      answer.footer,
    ].join('\n');
    const lead = ['Shared by <@U0SHARER1>'];
    const expected = truncateEscaped([...lead, escapeSlack(everything)].join('\n'), SLACK_LIMITS.messageText, '… (more in the message)');
    expect(fallbackText(answer, lead)).toBe(expected);
    expect(expected.length).toBeLessThanOrEqual(SLACK_LIMITS.messageText);
  });
});

describe('escaping', () => {
  it('escapes &, < and > (& first, so nothing is escaped twice) and guards every broadcast keyword', () => {
    expect(escapeSlack('R&D <!channel> a>b &amp;')).toBe('R&amp;D &lt;!channel&gt; a&gt;b &amp;amp;');
    expect(escapeSlack('@here @Channel @everyone! @heretic mail@here.com')).toBe(
      '@\u2060here @\u2060Channel @\u2060everyone! @heretic mail@\u2060here.com',
    );
    expect(escapeSlack('plain text, no specials’')).toBe('plain text, no specials’');
  });
});

describe('cutting escaped text', () => {
  it('never cuts an entity in half', () => {
    const text = '&amp;'.repeat(1000);
    for (const chunk of splitEscaped(text, 3000)) expect(chunk).toMatch(/^(&amp;)+$/);
    expect(truncateEscaped(text, 101)).toMatch(/^(&amp;)+…$/);
  });

  it('never cuts an emoji in half', () => {
    const text = '😀'.repeat(2000);
    for (const chunk of splitEscaped(text, 2999)) expect(chunk).toMatch(/^(😀)+$/u);
  });

  it('prefers word boundaries', () => {
    const chunks = splitEscaped(words(1000), 3000);
    for (const chunk of chunks) expect(chunk).toMatch(/^lorem\d+( lorem\d+)*$/);
  });
});
