/**
 * checkSlackMessage is the yardstick every other Slack test measures with, so it must
 * itself catch each kind of message Slack would reject or that could ping someone.
 */
import { describe, expect, it } from 'vitest';
import { checkSlackMessage, SLACK_LIMITS } from '../../src/slack/limits.js';

const md = (text: string) => ({ type: 'mrkdwn', text, verbatim: true });
const ok = { text: 'fallback', blocks: [{ type: 'section', text: md('hello') }] };

describe('checkSlackMessage', () => {
  it('given a well-formed message, finds nothing', () => {
    expect(checkSlackMessage(ok)).toEqual([]);
  });

  it.each([
    ['51 blocks', { text: 't', blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) }, /51 blocks, limit 50/],
    ['a 3,001-character section', { text: 't', blocks: [{ type: 'section', text: md('x'.repeat(3001)) }] }, /3001 characters, limit 3000/],
    ['11 fields', { text: 't', blocks: [{ type: 'section', fields: Array.from({ length: 11 }, () => md('f')) }] }, /11 fields/],
    ['a 2,001-character field', { text: 't', blocks: [{ type: 'section', fields: [md('x'.repeat(2001))] }] }, /limit 2000/],
    [
      'a 151-character header',
      { text: 't', blocks: [{ type: 'header', text: { type: 'plain_text', text: 'x'.repeat(151) } }] },
      /limit 150/,
    ],
    ['a mrkdwn header', { text: 't', blocks: [{ type: 'header', text: md('x') }] }, /type must be plain_text/],
    [
      'a 76-character button',
      {
        text: 't',
        blocks: [{ type: 'actions', elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'x'.repeat(76) } }] }],
      },
      /limit 75/,
    ],
    [
      'a 2,001-character button value',
      {
        text: 't',
        blocks: [
          {
            type: 'actions',
            elements: [{ type: 'button', action_id: 'a', value: 'v'.repeat(2001), text: { type: 'plain_text', text: 'b' } }],
          },
        ],
      },
      /value: 2001 characters/,
    ],
    [
      'a 256-character action_id',
      {
        text: 't',
        blocks: [{ type: 'actions', elements: [{ type: 'button', action_id: 'a'.repeat(256), text: { type: 'plain_text', text: 'b' } }] }],
      },
      /action_id: 256 characters/,
    ],
    [
      'a repeated action_id',
      {
        text: 't',
        blocks: [
          {
            type: 'actions',
            elements: [
              { type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'b' } },
              { type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'c' } },
            ],
          },
        ],
      },
      /not unique/,
    ],
    ['a 256-character block_id', { text: 't', blocks: [{ type: 'divider', block_id: 'b'.repeat(256) }] }, /block_id: 256/],
    ['no text fallback', { blocks: ok.blocks }, /fallback is required/],
    ['a 4,001-character text', { text: 'x'.repeat(4001), blocks: [] }, /limit 4000/],
    ['an empty section text', { text: 't', blocks: [{ type: 'section', text: md('') }] }, /non-empty/],
    ['a section with neither text nor fields', { text: 't', blocks: [{ type: 'section' }] }, /needs text or fields/],
    ['non-verbatim mrkdwn', { text: 't', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'x' } }] }, /must be verbatim/],
    ['an unknown block', { text: 't', blocks: [{ type: 'video' }] }, /unknown block type/],
    [
      'an image block without alt text',
      { text: 't', blocks: [{ type: 'image', image_url: 'https://x.example/p.png', alt_text: '' }] },
      /alt_text/,
    ],
    [
      'an image block with a non-web URL',
      { text: 't', blocks: [{ type: 'image', image_url: 'javascript:alert(1)', alt_text: 'a' }] },
      /image_url/,
    ],
  ])('given %s, reports it', (_name, message, problem) => {
    expect(checkSlackMessage(message).join('\n')).toMatch(problem);
  });

  it.each(['<!channel>', '<!here>', '<!everyone>', '<!subteam^S1>', '<@U0VICTIM1>', '<#C0CHAN>'])(
    'given %s in any text, reports a ping risk',
    (token) => {
      expect(checkSlackMessage({ text: token, blocks: [] }).join()).toMatch(/control sequence/);
      expect(checkSlackMessage({ text: 't', blocks: [{ type: 'section', text: md(`hi ${token}`) }] }).join()).toMatch(/control sequence/);
      expect(checkSlackMessage({ text: 't', blocks: [{ type: 'header', text: { type: 'plain_text', text: token } }] }).join()).toMatch(
        /control sequence/,
      );
    },
  );

  it('given a bare "&", "<" or "@here", reports it; their escaped forms pass', () => {
    expect(checkSlackMessage({ text: 'Q&A', blocks: [] }).join()).toMatch(/unescaped "&"/);
    expect(checkSlackMessage({ text: 'a < b', blocks: [] }).join()).toMatch(/unescaped "<"/);
    expect(checkSlackMessage({ text: 'ping @here', blocks: [] }).join()).toMatch(/broadcast/);
    expect(checkSlackMessage({ text: 'Q&amp;A a &lt; b @\u2060here', blocks: [] })).toEqual([]);
  });

  it('allows our own links and the mentions the caller allows, nothing more', () => {
    const text = 'Shared by <@U0SHARER1> · <https://example.com/a?b=1&amp;c=2|site> · <mailto:a@b.c|mail>';
    expect(checkSlackMessage({ text, blocks: [] }, { allowedMentions: ['U0SHARER1'] })).toEqual([]);
    expect(checkSlackMessage({ text, blocks: [] }).join()).toMatch(/<@U0SHARER1>/);
  });

  it('allows 100 blocks on the Home tab, not in a message', () => {
    const blocks = Array.from({ length: SLACK_LIMITS.homeBlocks }, () => ({ type: 'divider' }));
    expect(checkSlackMessage({ text: 't', blocks }, { surface: 'home' })).toEqual([]);
    expect(checkSlackMessage({ text: 't', blocks })).not.toEqual([]);
  });
});
