/**
 * A résumé with entries far longer than any Slack limit, answered through the real Bolt
 * app: every message (slash command acks, thread replies, shares, Show more pages, the
 * Home tab) is accepted by Slack's limits and pings nobody.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import { emptyAliases } from '../../src/query/aliases.js';
import { ACTION_MORE, ACTION_SHARE } from '../../src/slack/payload.js';
import { FIXED_NOW } from '../helpers/bot.js';
import { BOT_USER_ID } from '../fakes/slack.js';
import {
  buttonsOf,
  CHANNEL_ID,
  clickButton,
  DM_CHANNEL_ID,
  expectEveryMessageValid,
  sendEvent,
  slashCommand,
  startHarness,
  USER_ID,
  type Harness,
} from './harness.js';
import { longResume } from './long-resume.js';

const QUERIES: Array<[string, string]> = [
  ['/experience', ''],
  ['/experience', 'Company3'],
  ['/experience', 'current'],
  ['/experience', '2005'],
  ['/experience', 'mentored'],
  ['/skills', ''],
  ['/skills', 'kw3x7'],
  ['/skills', 'Group2'],
  ['/projects', ''],
  ['/projects', 'Project7'],
  ['/education', ''],
  ['/education', 'University 3'],
  ['/contact', ''],
  ['/about', ''],
  ['/resume', ''],
  ['/resume', 'what did Dana do at Company12?'],
];

describe('a résumé with very long entries', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ bot: createBot({ resume: longResume(), aliases: emptyAliases, clock: () => FIXED_NOW }) });
  });
  afterAll(async () => {
    await h.stop();
  });

  it.each(QUERIES)('given %s %s, answers within every limit', async (command, text) => {
    const res = await slashCommand(h, command, text, `long-${command}-${text}`);
    expect(res.status).toBe(200);
    expect((res.json!.blocks as unknown[]).length).toBeGreaterThan(1);
  });

  it('given a long answer, pages through it with Show more and shares a page into the channel', async () => {
    const first = await slashCommand(h, '/experience', 'Company3', 'long-pages');
    let more = buttonsOf(first.json!).find((b) => b.action_id === ACTION_MORE);
    expect(more).toBeDefined();
    let pages = 1;
    while (more) {
      await clickButton(h, more, { responseId: 'long-pages' });
      pages += 1;
      const next = await h.fake.nextResponse(
        'long-pages',
        (p) => h.fake.responses.filter((r) => r.id === 'long-pages').indexOf(p) === pages - 2,
      );
      expect(next.body.replace_original).toBe(true);
      more = buttonsOf(next.body).find((b) => b.action_id === ACTION_MORE);
      if (!more) {
        const share = buttonsOf(next.body).find((b) => b.action_id === ACTION_SHARE)!;
        await clickButton(h, share, { responseId: 'long-share' });
        await h.fake.nextResponse('long-share', (p) => p.body.response_type === 'in_channel');
      }
    }
    expect(pages).toBeGreaterThan(1);
  });

  it('given mentions, DMs and the Home tab, answers them within every limit too', async () => {
    await sendEvent(h, { type: 'app_mention', user: USER_ID, text: `<@${BOT_USER_ID}> about`, ts: '1700002000.1', channel: CHANNEL_ID });
    await sendEvent(h, {
      type: 'message',
      channel_type: 'im',
      user: USER_ID,
      text: 'projects',
      ts: '1700002001.1',
      channel: DM_CHANNEL_ID,
    });
    await sendEvent(h, { type: 'app_home_opened', user: USER_ID, tab: 'home', channel: DM_CHANNEL_ID, event_ts: '1700002002.1' });
    await h.fake.nextCall('chat.postMessage', (c) => c.body.thread_ts === '1700002000.1');
    await h.fake.nextCall('chat.postMessage', (c) => c.body.thread_ts === '1700002001.1');
    await h.fake.nextCall('views.publish');
  });

  it('produced only messages Slack accepts and that ping nobody', () => {
    expect(expectEveryMessageValid(h)).toBeGreaterThan(QUERIES.length + 4);
  });
});
