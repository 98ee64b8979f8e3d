/**
 * /timeline on Slack. With PUBLIC_URL (HTTP mode) the answer shows the picture in an image
 * block served by the bot at a content-hashed URL. Without it the private answer keeps its text
 * timeline, and sharing uploads the PNG through Slack's external upload flow
 * (files.getUploadURLExternal → the upload → files.completeUploadExternal), on loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTimelineImages } from '../../src/render/timeline/image.js';
import { ACTION_SHARE } from '../../src/slack/payload.js';
import { FIXED_NOW } from '../helpers/bot.js';
import { BOT_USER_ID, TEAM_ID } from '../fakes/slack.js';
import {
  buttonsOf,
  CHANNEL_ID,
  clickButton,
  expectEveryMessageValid,
  slashCommand,
  startHarness,
  textOf,
  type Harness,
} from './harness.js';

const images = () => createTimelineImages({ privateFields: ['basics.phone'], clock: () => FIXED_NOW });
type ImageBlock = { type: 'image'; image_url: string; alt_text: string };
const imageBlocks = (message: Record<string, unknown>) =>
  ((message.blocks ?? []) as Array<{ type: string }>).filter((b): b is ImageBlock => b.type === 'image');

describe('/timeline on Slack with PUBLIC_URL (HTTP mode)', () => {
  let h: Harness;
  const pictures = images();
  beforeAll(async () => {
    h = await startHarness({ images: pictures, publicUrl: 'https://cv.example.com' });
  });
  afterAll(async () => {
    expect(expectEveryMessageValid(h)).toBeGreaterThan(0);
    await h.stop();
  });

  it("given /timeline, answers privately with an image block at the bot's content-hashed picture URL", async () => {
    const asked = await slashCommand(h, '/timeline', '', 'tl-1');
    const [image, ...more] = imageBlocks(asked.json!);
    expect(more).toEqual([]);
    expect(image!.image_url).toMatch(/^https:\/\/cv\.example\.com\/timeline\/[0-9a-f]{16}\.png$/);
    const key = /([0-9a-f]{16})\.png$/.exec(image!.image_url)![1]!;
    expect(pictures.byKey(key)?.png.readUInt32BE(16)).toBe(1200);
    expect(image!.alt_text).toMatch(/^Career timeline of Martin Spier: PicPay/);
    expect(asked.json!.response_type).toBe('ephemeral');
  });

  it('given Share, posts the answer with the same picture in the channel, and uploads nothing', async () => {
    const asked = await slashCommand(h, '/timeline', '', 'tl-2');
    await clickButton(h, buttonsOf(asked.json!).find((b) => b.action_id === ACTION_SHARE)!, { responseId: 'tl-2' });
    const shared = await h.fake.nextResponse('tl-2', (p) => p.body.response_type === 'in_channel');
    expect(imageBlocks(shared.body)[0]!.image_url).toBe(imageBlocks(asked.json!)[0]!.image_url);
    await h.settle();
    expect(h.fake.callsTo('files.getUploadURLExternal')).toEqual([]);
  });
});

describe('/timeline on Slack without a public URL', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ images: images() });
  });
  afterAll(async () => {
    expect(expectEveryMessageValid(h)).toBeGreaterThan(0);
    await h.stop();
  });

  it('given /timeline, answers privately with the text timeline and no image block', async () => {
    const asked = await slashCommand(h, '/timeline', '', 'tl-3');
    expect(imageBlocks(asked.json!)).toEqual([]);
    expect(textOf(asked.json!)).toMatch(/[░█]{24} {2}PicPay · VP, Platform Engineering/);
  });

  it('given Share, posts the text answer in the channel, then uploads the PNG there through the external upload flow', async () => {
    const asked = await slashCommand(h, '/timeline', '', 'tl-4');
    await clickButton(h, buttonsOf(asked.json!).find((b) => b.action_id === ACTION_SHARE)!, { responseId: 'tl-4' });
    await h.fake.nextResponse('tl-4', (p) => p.body.response_type === 'in_channel');
    const url = await h.fake.nextCall('files.getUploadURLExternal');
    expect(url.body).toMatchObject({ filename: 'timeline.png', alt_text: expect.stringMatching(/^Career timeline of Martin Spier/) });
    const upload = await h.fake.nextUpload();
    expect(upload.data.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(upload.data.readUInt32BE(16)).toBe(1200);
    expect(Number(url.body.length)).toBe(upload.data.length);
    const complete = await h.fake.nextCall('files.completeUploadExternal');
    expect(complete.body).toMatchObject({ channel_id: CHANNEL_ID, files: [{ id: upload.fileId, title: 'Career timeline' }] });
  });

  it('given Share on an answer without a picture, uploads nothing', async () => {
    const before = h.fake.callsTo('files.getUploadURLExternal').length;
    const asked = await slashCommand(h, '/skills', 'k8s', 'tl-5');
    await clickButton(h, buttonsOf(asked.json!).find((b) => b.action_id === ACTION_SHARE)!, { responseId: 'tl-5' });
    await h.fake.nextResponse('tl-5', (p) => p.body.delete_original === true);
    await h.settle();
    expect(h.fake.callsTo('files.getUploadURLExternal')).toHaveLength(before);
  });
});

describe('/timeline on Slack in Socket Mode, even with PUBLIC_URL set', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ socketMode: true, images: images(), publicUrl: 'https://cv.example.com' });
  });
  afterAll(async () => {
    expect(expectEveryMessageValid(h)).toBeGreaterThan(0);
    await h.stop();
  });

  it('given /timeline, acks with the text timeline (Slack cannot fetch a picture from the bot here)', async () => {
    await h.fake.sendEnvelope({
      envelope_id: 'tl-env-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        token: 'legacy',
        team_id: TEAM_ID,
        channel_id: CHANNEL_ID,
        user_id: 'U0USER001',
        command: '/timeline',
        text: '',
        api_app_id: 'A0000001',
        response_url: h.fake.responseUrl('tl-socket'),
        trigger_id: '1.2.3',
      },
    });
    const ack = await h.fake.nextAck('tl-env-1');
    expect(imageBlocks(ack.payload!)).toEqual([]);
    expect(textOf(ack.payload!)).toMatch(/[░█]{24} {2}PicPay/);
  });

  it('given "@bot show me his career" in a channel, answers in the thread and uploads the picture into that thread', async () => {
    await h.fake.sendEnvelope({
      envelope_id: 'tl-env-2',
      type: 'events_api',
      accepts_response_payload: false,
      payload: {
        team_id: TEAM_ID,
        api_app_id: 'A0000001',
        type: 'event_callback',
        event_id: 'EvTimeline1',
        event_time: 1700000000,
        authorizations: [{ team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true }],
        event: {
          type: 'app_mention',
          user: 'U0USER001',
          text: `<@${BOT_USER_ID}> show me his career`,
          ts: '1700000600.1',
          channel: CHANNEL_ID,
        },
      },
    });
    const posted = await h.fake.nextCall('chat.postMessage', (c) => c.body.thread_ts === '1700000600.1');
    expect(textOf(posted.body)).toContain('Career timeline');
    const upload = await h.fake.nextUpload();
    expect(upload.data.readUInt32BE(16)).toBe(1200);
    const complete = await h.fake.nextCall('files.completeUploadExternal');
    expect(complete.body).toMatchObject({ channel_id: CHANNEL_ID, thread_ts: '1700000600.1', files: [{ id: upload.fileId }] });
  });
});
