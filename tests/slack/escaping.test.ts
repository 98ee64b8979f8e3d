/**
 * Nothing can ping anyone: Slack's control sequences typed into a query, or written in the
 * résumé itself, are escaped wherever they are echoed (private answer, shared message,
 * thread reply).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import { emptyAliases } from '../../src/query/aliases.js';
import { checkSlackMessage } from '../../src/slack/limits.js';
import { ACTION_SHARE, encodePayload } from '../../src/slack/payload.js';
import { FIXED_NOW } from '../helpers/bot.js';
import { longResume } from './long-resume.js';
import {
  clickButton,
  DM_CHANNEL_ID,
  expectEveryMessageValid,
  sendEvent,
  slashCommand,
  startHarness,
  textOf,
  USER_ID,
  type Harness,
} from './harness.js';

const HOSTILE = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U0VICTIM1>',
  '<!subteam^S0TEAM001>',
  '<#C0OTHER01>',
  '<https://evil.example|click me>',
];

describe('mentions typed into a query', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    expect(expectEveryMessageValid(h)).toBeGreaterThan(0);
    await h.stop();
  });

  it.each(HOSTILE)('given /experience zzqqx %s, echoes it escaped, never as markup', async (hostile) => {
    // An unknown word keeps the query from reading as "no query" ("here" alone is a stopword): the answer must echo it.
    const res = await slashCommand(h, '/experience', `zzqqx ${hostile}`);
    const all = textOf(res.json!);
    expect(all).not.toContain(hostile);
    expect(all).toContain(hostile.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    expect(checkSlackMessage(res.json!)).toEqual([]);
  });

  it('given the escaped form Slack itself sends (&lt;!channel&gt;), shows it once-escaped, not double-escaped', async () => {
    const res = await slashCommand(h, '/projects', '&lt;!channel&gt; &amp; co');
    const all = textOf(res.json!);
    expect(all).toContain('&lt;!channel&gt; &amp; co');
    expect(all).not.toContain('&amp;lt;');
  });

  it('given a bare @here, makes sure it cannot read as a broadcast keyword', async () => {
    const res = await slashCommand(h, '/skills', '@here @channel');
    expect(checkSlackMessage(res.json!)).toEqual([]);
    // Echoed with an invisible word joiner after the "@".
    expect(textOf(res.json!)).toContain('@\u2060here @\u2060channel');
    expect(textOf(res.json!)).not.toMatch(/@(here|channel)\b/);
  });

  it('given a DM carrying mention tokens, the threaded answer pings nobody', async () => {
    await sendEvent(h, {
      type: 'message',
      channel_type: 'im',
      user: USER_ID,
      text: '<!channel> <@U0VICTIM1> experience zzqqx',
      ts: '1700001000.1',
      channel: DM_CHANNEL_ID,
    });
    const call = await h.fake.nextCall('chat.postMessage', (c) => c.body.thread_ts === '1700001000.1');
    expect(checkSlackMessage(call.body)).toEqual([]);
    expect(textOf(call.body)).not.toMatch(/<[!@#]/);
  });
});

describe('control sequences written in the résumé itself', () => {
  it('given a shared answer about an entry named "<!channel>", the channel copy is escaped too', async () => {
    const h = await startHarness({ bot: createBot({ resume: longResume(), aliases: emptyAliases, clock: () => FIXED_NOW }) });
    const value = encodePayload({ command: 'experience', query: 'Company0', page: 1, public: true })!;
    await clickButton(h, { action_id: ACTION_SHARE, value }, { responseId: 'esc-share' });
    const shared = await h.fake.nextResponse('esc-share', (p) => p.body.response_type === 'in_channel');
    expect(textOf(shared.body)).toContain('Company0 &lt;!channel&gt;');
    expect(textOf(shared.body)).not.toContain('<!channel>');
    expect(checkSlackMessage(shared.body, { allowedMentions: [USER_ID] })).toEqual([]);
    await h.stop();
  });
});
