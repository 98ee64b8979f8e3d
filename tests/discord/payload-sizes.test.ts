/**
 * How big the interactions Discord posts to this app really are, to size MAX_BODY_BYTES: the
 * fields Discord sends (a member with the most roles a server can have, the channel, a full
 * interaction token), and for a click the message the button is on — the bot's own largest
 * answer, its text made of three-byte characters and, to be safe, written with \uXXXX escapes
 * (six bytes each) rather than the raw UTF-8 Discord sends.
 */
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import { MAX_BODY_BYTES } from '../../src/discord/http.js';
import { renderAnswer, toBodies } from '../../src/discord/render.js';
import { emptyAliases } from '../../src/query/aliases.js';
import { FIXED_NOW, martinBot } from '../helpers/bot.js';
import { longResume } from '../slack/long-resume.js';
import { buttonInteraction, commandInteraction, fakeUser, snowflake } from '../fakes/discord.js';

const escaped = (value: unknown) =>
  JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const widen = (value: unknown): unknown =>
  typeof value === 'string'
    ? value.replace(/[A-Za-z]/g, '漢')
    : Array.isArray(value)
      ? value.map(widen)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'custom_id' ? v : widen(v)]))
        : value;

/** What Discord adds to every interaction beyond the builders' essentials: 250 roles, a full token, the channel and guild objects. */
function asDiscordSends(interaction: object): object {
  return {
    ...interaction,
    token: `aW50ZXJhY3Rpb246${'x'.repeat(220)}`,
    member: {
      ...Reflect.get(interaction, 'member'),
      roles: Array.from({ length: 250 }, () => snowflake()),
      nick: 'Steve',
      avatar: null,
      premium_since: null,
      pending: false,
      communication_disabled_until: null,
    },
    guild: {
      id: snowflake(),
      locale: 'en-US',
      features: ['COMMUNITY', 'NEWS', 'ANIMATED_ICON', 'INVITE_SPLASH', 'ROLE_ICONS', 'THREADS_ENABLED'],
    },
    channel: {
      id: snowflake(),
      type: 0,
      name: 'general',
      topic: 'x'.repeat(1024),
      guild_id: snowflake(),
      permissions: '2248473465835073',
      nsfw: false,
      rate_limit_per_user: 0,
      flags: 0,
      last_message_id: snowflake(),
      parent_id: snowflake(),
      position: 3,
    },
    entitlement_sku_ids: [],
    attachment_size_limit: 10485760,
  };
}

function measure() {
  const applicationId = snowflake();
  const guildId = snowflake();
  const user = fakeUser('steve');
  const command = asDiscordSends(commandInteraction({ applicationId, user, guildId, name: 'experience', query: 'netflix' }));
  const ours = toBodies(renderAnswer(martinBot().answer({ platform: 'discord', command: 'experience', text: 'netflix' })), {
    ephemeral: true,
  })[0]!;
  const longest = toBodies(
    renderAnswer(
      createBot({ resume: longResume(), aliases: emptyAliases, clock: () => FIXED_NOW }).answer({
        platform: 'discord',
        command: 'experience',
        text: '',
      }),
    ),
    { ephemeral: true },
  )[0]!;
  const click = (message: object) =>
    asDiscordSends(
      buttonInteraction({
        applicationId,
        user,
        guildId,
        customId: 'share:1',
        message: { id: snowflake(), type: 20, flags: 64, ...message },
      }),
    );
  return {
    command: Buffer.byteLength(JSON.stringify(command)),
    shareClick: Buffer.byteLength(JSON.stringify(click(ours))),
    shareClickWorst: Buffer.byteLength(escaped(click(widen(longest) as object))),
  };
}

describe('the sizes of Discord’s interactions against MAX_BODY_BYTES', () => {
  const sizes = measure();

  it('given a slash command or a click on Share, each is a few kilobytes', () => {
    expect(sizes.command).toBeLessThan(12 * 1024);
    expect(sizes.shareClick).toBeLessThan(16 * 1024);
  });

  it('given a click on the longest answer the bot sends, written in wide characters, stays under half the limit', () => {
    for (const [what, size] of Object.entries(sizes)) expect(size, what).toBeLessThan(MAX_BODY_BYTES / 2);
    expect(sizes.shareClickWorst).toBeGreaterThan(20 * 1024);
  });
});
