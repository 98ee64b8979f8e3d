/**
 * How big the requests Slack sends this app really are, to size SLACK_MAX_BODY_BYTES: built
 * the way Slack builds them (its JSON escapes `/` and every non-ASCII character as \uXXXX, and
 * interactions arrive form-encoded around that JSON), from the bot's own largest messages.
 * The worst cases use text made only of three-byte characters, the most expensive to encode.
 */
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import { emptyAliases } from '../../src/query/aliases.js';
import { SLACK_MAX_BODY_BYTES } from '../../src/slack/intake.js';
import { renderAnswer } from '../../src/slack/render.js';
import { FIXED_NOW, martinBot } from '../helpers/bot.js';
import { longResume } from './long-resume.js';

/** JSON as Slack writes it: `\/`, and \uXXXX for everything outside ASCII. */
function slackJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\//g, '\\/')
    .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const bytes = (body: string) => Buffer.byteLength(body);

/** Slack's longest message text (characters); anything longer is cut or refused by Slack. */
const SLACK_MESSAGE_CHARACTERS = 40_000;
/** Three UTF-8 bytes, nine once form-encoded, six as \uXXXX. */
const WIDE = '漢';
/** Every letter of every string in a message replaced by a wide character: the same lengths, the most bytes. */
const widen = (value: unknown): unknown =>
  typeof value === 'string'
    ? value.replace(/[A-Za-z]/g, WIDE)
    : Array.isArray(value)
      ? value.map(widen)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'type' || k === 'action_id' ? v : widen(v)]))
        : value;

function slashCommand(text: string): string {
  return form({
    token: 'gIkuvaNzQIHg97ATvDxqgjtO',
    team_id: 'T0001',
    team_domain: 'example',
    enterprise_id: 'E0001',
    enterprise_name: 'Globular Construct Inc',
    channel_id: 'C2147483705',
    channel_name: 'test',
    user_id: 'U2147483697',
    user_name: 'Steve',
    command: '/experience',
    text,
    api_app_id: 'A0000001',
    is_enterprise_install: 'false',
    response_url: 'https://hooks.slack.com/commands/T0001/1234567890123/abcdefghijklmnopqrstuvwx',
    trigger_id: '13345224609.738474920.8088930838d88f008e0',
  });
}

function blockActions(message: object | undefined, ephemeral: boolean): string {
  const payload = {
    type: 'block_actions',
    user: { id: 'U2147483697', username: 'steve', name: 'steve', team_id: 'T0001' },
    api_app_id: 'A0000001',
    token: 'gIkuvaNzQIHg97ATvDxqgjtO',
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C2147483705', is_ephemeral: ephemeral },
    trigger_id: '13345224609.738474920.8088930838d88f008e0',
    team: { id: 'T0001', domain: 'example', enterprise_id: 'E0001', enterprise_name: 'Globular Construct Inc' },
    enterprise: { id: 'E0001', name: 'Globular Construct Inc' },
    is_enterprise_install: false,
    channel: { id: 'C2147483705', name: 'test' },
    ...(message ? { message } : {}),
    state: { values: {} },
    response_url: 'https://hooks.slack.com/actions/T0001/1234567890123/abcdefghijklmnopqrstuvwx',
    actions: [
      {
        action_id: 'resume_more',
        block_id: 'Xy1z',
        text: { type: 'plain_text', text: 'Show more', emoji: true },
        value: '{"c":"experience","q":"","p":2,"v":"pub"}',
        type: 'button',
        action_ts: '1700000001.000200',
      },
    ],
  };
  return form({ payload: slackJson(payload) });
}

/** A bot message as Slack hands it back inside an interaction: our blocks, with block ids and the bot's profile. */
function asPosted(message: { text: string; blocks: unknown[] }): object {
  return {
    type: 'message',
    subtype: 'bot_message',
    text: message.text,
    ts: '1700000000.000100',
    bot_id: 'B0001',
    app_id: 'A0000001',
    bot_profile: {
      id: 'B0001',
      app_id: 'A0000001',
      name: 'resume-bot',
      icons: {
        image_36: 'https://a.slack-edge.com/80588/img/plugins/app/bot_36.png',
        image_48: 'https://a.slack-edge.com/80588/img/plugins/app/bot_48.png',
        image_72: 'https://a.slack-edge.com/80588/img/plugins/app/service_72.png',
      },
      deleted: false,
      updated: 1700000000,
      team_id: 'T0001',
    },
    blocks: message.blocks.map((b, i) => ({ ...(b as object), block_id: `b${i}Xy1` })),
  };
}

function dmEvent(text: string): string {
  const elements = [{ type: 'rich_text_section', elements: [{ type: 'text', text }] }];
  return slackJson({
    token: 'gIkuvaNzQIHg97ATvDxqgjtO',
    team_id: 'T0001',
    context_team_id: 'T0001',
    context_enterprise_id: null,
    api_app_id: 'A0000001',
    event: {
      user: 'U2147483697',
      type: 'message',
      ts: '1700000000.000100',
      client_msg_id: '5a7f0b6c-4e0c-4d1f-9d6a-2f4c3b1e0a9d',
      text,
      team: 'T0001',
      blocks: [{ type: 'rich_text', block_id: 'Xy1z', elements }],
      channel: 'D0001',
      event_ts: '1700000000.000100',
      channel_type: 'im',
    },
    type: 'event_callback',
    event_id: 'Ev0001',
    event_time: 1700000000,
    authorizations: [{ enterprise_id: null, team_id: 'T0001', user_id: 'U0BOT0001', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event_context: '4-eyJldCI6Im1lc3NhZ2UiLCJ0aWQiOiJUMDAwMSIsImFpZCI6IkEwMDAwMDAxIiwiY2lkIjoiRDAwMDEifQ',
  });
}

const longBot = () => createBot({ resume: longResume(), aliases: emptyAliases, clock: () => FIXED_NOW });

/** Sizes in bytes, for the README's table; each test below checks one against the limit. */
function measure() {
  const ours = martinBot();
  const share = renderAnswer(ours.answer({ platform: 'slack', command: 'experience', text: 'netflix' }), {
    visibility: 'private',
    share: true,
  });
  const longest = renderAnswer(longBot().answer({ platform: 'slack', command: 'experience', text: '' }), { visibility: 'public' });
  return {
    slashCommand: bytes(slashCommand('netflix')),
    slashCommandWorst: bytes(slashCommand(WIDE.repeat(SLACK_MESSAGE_CHARACTERS))),
    shareClick: bytes(blockActions(undefined, true)),
    showMoreOnPublicAnswer: bytes(blockActions(asPosted(share), false)),
    showMoreWorst: bytes(blockActions(widen(asPosted(longest)) as object, false)),
    mention: bytes(dmEvent('what did he do at netflix?')),
    dmWorst: bytes(dmEvent(WIDE.repeat(SLACK_MESSAGE_CHARACTERS))),
  };
}

describe('the sizes of Slack’s requests against SLACK_MAX_BODY_BYTES', () => {
  const sizes = measure();

  it('given everyday requests (a slash command, a click on Share, a mention), each is a few kilobytes at most', () => {
    expect(sizes.slashCommand).toBeLessThan(1024);
    expect(sizes.shareClick).toBeLessThan(4 * 1024);
    expect(sizes.mention).toBeLessThan(4 * 1024);
    expect(sizes.showMoreOnPublicAnswer).toBeLessThan(16 * 1024);
  });

  it('given the worst cases (a 40,000-character command or DM of wide characters, Show more on the longest public page), each is under half the limit', () => {
    for (const [what, size] of Object.entries(sizes)) expect(size, what).toBeLessThan(SLACK_MAX_BODY_BYTES / 2);
    // The worst cases are real work for the limit, not a formality: each is over 100 KB.
    expect(Math.min(sizes.slashCommandWorst, sizes.showMoreWorst, sizes.dmWorst)).toBeGreaterThan(100 * 1024);
  });
});
