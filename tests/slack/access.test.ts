/**
 * SLACK_ALLOWED_TEAMS on every Slack surface: slash commands, the Share and Show more buttons,
 * mentions, DMs and the App Home tab. A workspace not on the list gets a polite refusal, in
 * private, and nothing of the résumé; the listed workspace is served as usual.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkSlackMessage } from '../../src/slack/limits.js';
import { ACTION_MORE, ACTION_SHARE, encodePayload } from '../../src/slack/payload.js';
import { TEAM_ID } from '../fakes/slack.js';
import {
  buttonsOf,
  CHANNEL_ID,
  clickButton,
  DM_CHANNEL_ID,
  dmEvent,
  expectEveryMessageValid,
  mentionEvent,
  OTHER_TEAM_ID,
  post,
  replyIn,
  sendEvent,
  slashCommandAs,
  slashCommandForm,
  startHarness,
  textOf,
  USER_ID,
  type Harness,
} from './harness.js';

/** Anything from the résumé: names, companies, skills, contact details. */
const RESUME_DATA = /Martin|Spier|Netflix|PicPay|Kubernetes|Performance Architect|351-8800|martinspier/i;
const REFUSAL = /not enabled for this workspace/;

describe('a workspace outside SLACK_ALLOWED_TEAMS', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ allowedTeams: [TEAM_ID] });
  });
  afterAll(async () => {
    expect(expectEveryMessageValid(h)).toBeGreaterThan(0);
    await h.stop();
  });

  it('given a slash command from it, refuses politely and privately, with no résumé data and no Share button', async () => {
    const res = await slashCommandAs(h, '/experience', 'netflix', { team: OTHER_TEAM_ID });
    expect(res.status).toBe(200);
    expect(res.json!.response_type).toBe('ephemeral');
    expect(textOf(res.json!)).toMatch(REFUSAL);
    expect(JSON.stringify(res.json)).not.toMatch(RESUME_DATA);
    expect(buttonsOf(res.json!)).toEqual([]);
  });

  it('given the same slash command from the listed workspace, answers it (the list is not a blanket refusal)', async () => {
    const res = await slashCommandAs(h, '/experience', 'netflix', { team: TEAM_ID });
    expect(textOf(res.json!)).toMatch(/Performance Architect/);
    expect(textOf(res.json!)).not.toMatch(REFUSAL);
  });

  it('given a Show more click from it, refuses privately beside the message instead of replacing it, and shows no more of the answer', async () => {
    const value = encodePayload({ command: 'experience', query: '', page: 2, public: false })!;
    await clickButton(h, { action_id: ACTION_MORE, value }, { responseId: 'acc-more', team: OTHER_TEAM_ID });
    const reply = await h.fake.nextResponse('acc-more');
    expect(reply.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(textOf(reply.body)).toMatch(REFUSAL);
    expect(JSON.stringify(reply.body)).not.toMatch(RESUME_DATA);
  });

  it('given a DM from it, refuses in the DM thread, with no résumé data', async () => {
    await sendEvent(h, dmEvent('how can I contact him?', '1700004100.1'), OTHER_TEAM_ID);
    const reply = await replyIn(h, '1700004100.1');
    expect(reply.body.channel).toBe(DM_CHANNEL_ID);
    expect(textOf(reply.body)).toMatch(REFUSAL);
    expect(JSON.stringify(reply.body)).not.toMatch(RESUME_DATA);
  });

  it('given the Home tab opened from it, publishes a Home view that says the bot is not available here, with no résumé data', async () => {
    await sendEvent(
      h,
      { type: 'app_home_opened', user: 'U0OUTSIDE1', channel: 'D0HOME002', tab: 'home', event_ts: '1700004200.1' },
      OTHER_TEAM_ID,
    );
    const call = await h.fake.nextCall('views.publish', (c) => c.body.user_id === 'U0OUTSIDE1');
    const view = call.body.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    expect(textOf({ blocks: view.blocks })).toMatch(/Not available here/);
    expect(textOf({ blocks: view.blocks })).toMatch(REFUSAL);
    expect(JSON.stringify(view)).not.toMatch(RESUME_DATA);
    expect(checkSlackMessage({ text: 'home', blocks: view.blocks }, { surface: 'home' })).toEqual([]);
  });

  it('given the Home tab opened from the listed workspace, publishes the résumé', async () => {
    await sendEvent(
      h,
      { type: 'app_home_opened', user: 'U0INSIDE01', channel: 'D0HOME003', tab: 'home', event_ts: '1700004300.1' },
      TEAM_ID,
    );
    const call = await h.fake.nextCall('views.publish', (c) => c.body.user_id === 'U0INSIDE01');
    const all = textOf({ blocks: (call.body.view as { blocks: unknown[] }).blocks });
    expect(all).toContain('Martin Spier');
    expect(all).not.toMatch(REFUSAL);
  });
});

/**
 * "Nothing in the channel" can only be told once the bot has finished: each of these stops the
 * adapter (which waits for all work in flight) before looking at everything the fake saw.
 */
describe('a workspace outside SLACK_ALLOWED_TEAMS, once the bot has finished', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ allowedTeams: [TEAM_ID] });
  });
  afterEach(async () => {
    await h.stop();
  });

  /** Every public surface: a channel post, an in-channel response_url post, an in-channel ack. */
  const publicPosts = () => [
    ...h.fake.callsTo('chat.postMessage').map((c) => ({ where: 'chat.postMessage', body: c.body })),
    ...h.fake.responses.filter((r) => r.body.response_type === 'in_channel').map((r) => ({ where: `response_url ${r.id}`, body: r.body })),
    ...h.httpAcks.filter((a) => a.response_type === 'in_channel').map((body) => ({ where: 'ack', body })),
  ];

  it('given a Share click from it, tells the clicker privately and posts nothing in the channel', async () => {
    const value = encodePayload({ command: 'experience', query: 'netflix', page: 1, public: true })!;
    expect((await clickButton(h, { action_id: ACTION_SHARE, value }, { responseId: 'acc-share', team: OTHER_TEAM_ID })).status).toBe(200);
    const reply = await h.fake.nextResponse('acc-share');
    expect(reply.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(textOf(reply.body)).toMatch(REFUSAL);
    await h.settle();
    expect(h.fake.responses.map((r) => r.id)).toEqual(['acc-share']);
    expect(publicPosts()).toEqual([]);
    expect(JSON.stringify([h.fake.calls, h.fake.responses])).not.toMatch(RESUME_DATA);
  });

  it('given a mention in a channel from it, refuses to the asker only (ephemeral), nothing in the channel', async () => {
    await sendEvent(h, mentionEvent('what did he do at netflix?', '1700004000.1'), OTHER_TEAM_ID);
    const reply = await replyIn(h, '1700004000.1');
    expect(reply.method).toBe('chat.postEphemeral');
    expect(reply.body).toMatchObject({ channel: CHANNEL_ID, user: USER_ID });
    expect(textOf(reply.body)).toMatch(REFUSAL);
    await h.settle();
    expect(h.fake.calls.filter((c) => c.method.startsWith('chat.')).map((c) => c.method)).toEqual(['chat.postEphemeral']);
    expect(publicPosts()).toEqual([]);
    expect(JSON.stringify([h.fake.calls, h.fake.responses])).not.toMatch(RESUME_DATA);
  });

  it('given the same Share click from the listed workspace, does post in the channel (the check sees a public post when there is one)', async () => {
    const value = encodePayload({ command: 'experience', query: 'netflix', page: 1, public: true })!;
    await clickButton(h, { action_id: ACTION_SHARE, value }, { responseId: 'acc-share-ok', team: TEAM_ID });
    await h.settle();
    expect(publicPosts().map((p) => p.where)).toEqual(['response_url acc-share-ok']);
  });
});

/**
 * Slack Connect: a user from another organisation asks in a channel of a listed workspace.
 * Slack delivers the request as the listed workspace's (team_id), and names the asker's own
 * workspace apart (user_team, user.team_id): that one must be on the list too.
 */
describe('a Slack Connect user whose own workspace is outside SLACK_ALLOWED_TEAMS', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ allowedTeams: [TEAM_ID] });
  });
  afterAll(async () => {
    await h.stop();
  });

  const slashFrom = (userTeam: string) =>
    post(
      h,
      `${slashCommandForm(h, '/experience', 'netflix', 'sc-cmd', 'U0EXTERN1', TEAM_ID)}&user_team=${userTeam}`,
      'application/x-www-form-urlencoded',
    );

  it('given a slash command from them, refuses privately with no résumé data', async () => {
    const res = await slashFrom(OTHER_TEAM_ID);
    expect(textOf(res.json!)).toMatch(REFUSAL);
    expect(JSON.stringify(res.json)).not.toMatch(RESUME_DATA);
  });

  it('given a slash command from a user of the listed workspace itself (user_team the same), answers it', async () => {
    const res = await slashFrom(TEAM_ID);
    expect(textOf(res.json!)).toMatch(/Performance Architect/);
  });

  it('given a mention from them in the listed workspace’s channel, refuses to them only, with no résumé data', async () => {
    await sendEvent(
      h,
      mentionEvent('what did he do at netflix?', '1700004500.1', {
        user: 'U0EXTERN1',
        user_team: OTHER_TEAM_ID,
        source_team: OTHER_TEAM_ID,
      }),
      TEAM_ID,
    );
    const reply = await replyIn(h, '1700004500.1');
    expect(reply.method).toBe('chat.postEphemeral');
    expect(textOf(reply.body)).toMatch(REFUSAL);
    expect(JSON.stringify(reply.body)).not.toMatch(RESUME_DATA);
  });

  it('given a Show more click from them, refuses privately', async () => {
    const value = encodePayload({ command: 'experience', query: '', page: 2, public: false })!;
    await clickButton(
      h,
      { action_id: ACTION_MORE, value },
      { responseId: 'sc-more', team: TEAM_ID, userTeam: OTHER_TEAM_ID, user: 'U0EXTERN1' },
    );
    const reply = await h.fake.nextResponse('sc-more');
    expect(textOf(reply.body)).toMatch(REFUSAL);
    expect(JSON.stringify(reply.body)).not.toMatch(RESUME_DATA);
  });
});
