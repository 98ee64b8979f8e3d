/**
 * PRIVATE_FIELDS on Slack: a private value (the phone number) shows only in private answers
 * (ephemeral, DM). Every public message — Share in channel, a reply to a channel mention, the
 * App Home tab — leaves it out everywhere, including where the résumé repeats it in other
 * text (here: pasted into basics.summary), in the blocks and in the fallback text alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/core/bot.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { ACTION_MORE, ACTION_SHARE, encodePayload } from '../../src/slack/payload.js';
import { FIXED_NOW } from '../helpers/bot.js';
import {
  buttonsOf,
  clickButton,
  dmEvent,
  expectEveryMessageValid,
  mentionEvent,
  replyIn,
  sendEvent,
  slashCommand,
  startHarness,
  textOf,
  USER_ID,
  type Harness,
} from './harness.js';

const PHONE = '+1 (425) 351-8800';
/** First in the summary, so that even the Home tab's shortened summary includes it. */
const PASTED = `Call me on ${PHONE} any time.`;

function botWithPhoneInSummary(): Bot {
  const resume = loadResumeFile('data/resume.json');
  expect(resume.basics.phone).toBe(PHONE);
  return createBot({
    resume: { ...resume, basics: { ...resume.basics, summary: `${PASTED} ${resume.basics.summary ?? ''}` } },
    aliases: loadAliasesFile('data/aliases.json'),
    clock: () => FIXED_NOW,
  });
}

/** Everything that went to Slack in one message: text, blocks, button values. */
const wire = (message: Record<string, unknown>) => JSON.stringify(message);

describe('a private value repeated in the résumé summary', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ bot: botWithPhoneInSummary(), privateFields: ['basics.phone'] });
  });
  afterAll(async () => {
    expect(expectEveryMessageValid(h)).toBeGreaterThan(0);
    await h.stop();
  });

  it('given /about, the private ephemeral answer shows the summary with the phone number', async () => {
    const res = await slashCommand(h, '/about', '', 'priv-about');
    expect(res.json!.response_type).toBe('ephemeral');
    expect(textOf(res.json!)).toContain(PASTED);
    expect(String(res.json!.text)).toContain(PHONE);
  });

  it('given that answer shared in the channel, the shared copy has the summary but the phone number nowhere (blocks, text, buttons)', async () => {
    const asked = await slashCommand(h, '/about', '', 'priv-share');
    await clickButton(h, buttonsOf(asked.json!).find((b) => b.action_id === ACTION_SHARE)!, { responseId: 'priv-share' });
    const shared = await h.fake.nextResponse('priv-share', (p) => p.body.response_type === 'in_channel');
    expect(textOf(shared.body)).toContain('Call me on (private) any time.');
    expect(textOf(shared.body)).toContain(`Shared by <@${USER_ID}>`);
    expect(wire(shared.body)).not.toContain('351-8800');
  });

  it('given a mention in a channel asking who he is, the public reply has the summary but the phone number nowhere', async () => {
    await sendEvent(h, mentionEvent('about', '1700006000.1'));
    const reply = await replyIn(h, '1700006000.1');
    expect(reply.method).toBe('chat.postMessage');
    expect(textOf(reply.body)).toContain('Call me on (private) any time.');
    expect(wire(reply.body)).not.toContain('351-8800');
  });

  it('given Show more on a public message, the next page (sent to the clicker) is scrubbed the same way', async () => {
    const value = encodePayload({ command: 'about', query: '', page: 1, public: true })!;
    await clickButton(h, { action_id: ACTION_MORE, value }, { responseId: 'priv-more', ephemeral: false });
    const page = await h.fake.nextResponse('priv-more');
    expect(textOf(page.body)).toContain('Call me on (private) any time.');
    expect(wire(page.body)).not.toContain('351-8800');
  });

  it('given the same question in a DM (private), the reply keeps the phone number', async () => {
    await sendEvent(h, dmEvent('about', '1700006100.1'));
    const reply = await replyIn(h, '1700006100.1');
    expect(textOf(reply.body)).toContain(PASTED);
  });

  it('given the Home tab opened, shows the summary without the phone number', async () => {
    await sendEvent(h, { type: 'app_home_opened', user: 'U0HOMEPRIV', channel: 'D0HOME004', tab: 'home', event_ts: '1700006200.1' });
    const call = await h.fake.nextCall('views.publish', (c) => c.body.user_id === 'U0HOMEPRIV');
    expect(textOf({ blocks: (call.body.view as { blocks: unknown[] }).blocks })).toContain('Call me on (private) any time.');
    expect(wire(call.body)).not.toContain('351-8800');
  });
});
