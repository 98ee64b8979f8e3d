/**
 * The validator is what every other Discord test trusts, so it must itself catch each way
 * a body breaks Discord's rules (or could ping someone).
 */
import { describe, expect, it } from 'vitest';
import { checkDiscordMessage, hasUnescapedMention, LIMITS } from '../../src/discord/limits.js';

const ok = { embeds: [{ title: 'Netflix', description: 'Performance Architect' }], allowed_mentions: { parse: [] } };

describe('checkDiscordMessage', () => {
  it('given a well-formed body, finds no problem', () => {
    expect(checkDiscordMessage(ok)).toEqual([]);
  });

  it.each([
    ['content over 2,000', { ...ok, content: 'x'.repeat(LIMITS.content + 1) }, /content is 2001/],
    ['11 embeds', { ...ok, embeds: Array.from({ length: 11 }, () => ({ title: 't' })) }, /11 embeds/],
    ['a 257-character title', { ...ok, embeds: [{ title: 't'.repeat(257) }] }, /title is 257/],
    ['a 4,097-character description', { ...ok, embeds: [{ description: 'd'.repeat(4097) }] }, /description is 4097/],
    ['26 fields', { ...ok, embeds: [{ fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })) }] }, /26 fields/],
    ['a 257-character field name', { ...ok, embeds: [{ fields: [{ name: 'n'.repeat(257), value: 'v' }] }] }, /field 0 name is 257/],
    ['a 1,025-character field value', { ...ok, embeds: [{ fields: [{ name: 'n', value: 'v'.repeat(1025) }] }] }, /field 0 value is 1025/],
    ['an empty field value', { ...ok, embeds: [{ fields: [{ name: 'n', value: ' ' }] }] }, /empty value/],
    ['a 2,049-character footer', { ...ok, embeds: [{ title: 't', footer: { text: 'f'.repeat(2049) } }] }, /footer is 2049/],
    [
      'embeds over 6,000 together',
      { ...ok, embeds: [{ description: 'd'.repeat(4000) }, { description: 'd'.repeat(2001) }] },
      /embeds in total is 6001/,
    ],
    [
      '6 buttons in a row',
      {
        ...ok,
        components: [{ type: 1, components: Array.from({ length: 6 }, (_, i) => ({ type: 2, style: 2, label: 'b', custom_id: `b${i}` })) }],
      },
      /6 buttons/,
    ],
    [
      'an 81-character label',
      { ...ok, components: [{ type: 1, components: [{ type: 2, style: 2, label: 'l'.repeat(81), custom_id: 'x' }] }] },
      /label is 81/,
    ],
    [
      'a 101-character custom_id',
      { ...ok, components: [{ type: 1, components: [{ type: 2, style: 2, label: 'l', custom_id: 'c'.repeat(101) }] }] },
      /custom_id is 101/,
    ],
    ['no allowed_mentions', { embeds: ok.embeds }, /allowed_mentions is missing/],
    ['allowed_mentions that parse @everyone', { ...ok, allowed_mentions: { parse: ['everyone'] } }, /parse must be empty/],
    ['allowed_mentions that list a user', { ...ok, allowed_mentions: { parse: [], users: ['1'] } }, /users must be empty/],
    ['a reply that pings its author', { ...ok, allowed_mentions: { parse: [], replied_user: true } }, /replied_user/],
    ['an empty message', { allowed_mentions: { parse: [] } }, /message is empty/],
    ['@everyone in an embed', { ...ok, embeds: [{ description: 'hi @everyone' }] }, /unescaped mention/],
    ['a user mention in content', { ...ok, content: 'hi <@123456789012345678>' }, /content contains an unescaped mention/],
  ])('given %s, reports it', (_what, body, problem) => {
    expect(checkDiscordMessage(body as never).join('\n')).toMatch(problem);
  });

  it('given "Shared by <@id>" in content and the option that allows it, accepts the user mention (allowed_mentions keeps it silent)', () => {
    expect(checkDiscordMessage({ ...ok, content: 'Shared by <@123456789012345678>' }, { allowUserMentionInContent: true })).toEqual([]);
  });
});

describe('hasUnescapedMention', () => {
  it.each(['@everyone', '@here', '<@123>', '<@!123>', '<@&123>', '<#123>'])('finds %s', (text) => {
    expect(hasUnescapedMention(`say ${text} now`)).toBe(true);
  });
  it.each(['@\u200beveryone', '\\<@123>', '<\u200b@123>', 'mail me at a@b.c'])('accepts neutralised or harmless %j', (text) => {
    expect(hasUnescapedMention(text)).toBe(false);
  });
});
