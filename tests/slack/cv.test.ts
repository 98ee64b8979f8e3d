/**
 * /cv on Slack, real Bolt against the fake Slack. With PUBLIC_URL (HTTP mode) the answer links
 * to the PDF the bot serves at a content-hashed URL. Without it the private answer says how to
 * get the file, and sharing (or asking in a DM) uploads the PDF through Slack's external upload
 * flow (files.getUploadURLExternal → the upload → files.completeUploadExternal).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCvCache } from '../../src/cv/cache.js';
import { ACTION_SHARE } from '../../src/slack/payload.js';
import { readPdf } from '../helpers/pdf-text.js';
import {
  buttonsOf,
  CHANNEL_ID,
  clickButton,
  DM_CHANNEL_ID,
  dmEvent,
  expectEveryMessageValid,
  sendEvent,
  slashCommand,
  startHarness,
  textOf,
  type Harness,
} from './harness.js';

const CV_LINK = /<(https:\/\/cv\.example\.com\/cv\/([0-9a-f]{16})\.pdf)\|Download PDF>/;
const shareOf = (message: Record<string, unknown>) => buttonsOf(message).find((b) => b.action_id === ACTION_SHARE)!;

describe('/cv on Slack with PUBLIC_URL (HTTP mode)', () => {
  let h: Harness;
  const cv = createCvCache(['basics.phone']);
  beforeAll(async () => {
    h = await startHarness({ cv, publicUrl: 'https://cv.example.com' });
  });
  afterAll(async () => {
    expect(expectEveryMessageValid(h)).toBeGreaterThan(0);
    await h.stop();
  });

  it("given /cv, answers privately with a link to the PDF at the bot's content-hashed URL", async () => {
    const asked = await slashCommand(h, '/cv', '', 'cv-1');
    expect(asked.json!.response_type).toBe('ephemeral');
    const link = CV_LINK.exec(textOf(asked.json!));
    expect(link).not.toBeNull();
    const file = cv.byKey(link![2]!);
    expect(file?.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(file?.sha256.startsWith(link![2]!)).toBe(true);
  });

  it('given Share, posts the same link in the channel and uploads nothing', async () => {
    const asked = await slashCommand(h, '/cv', '', 'cv-2');
    await clickButton(h, shareOf(asked.json!), { responseId: 'cv-2' });
    const shared = await h.fake.nextResponse('cv-2', (p) => p.body.response_type === 'in_channel');
    const link = CV_LINK.exec(textOf(shared.body))?.[1];
    expect(link).toMatch(/^https:\/\/cv\.example\.com\/cv\//);
    expect(link).toBe(CV_LINK.exec(textOf(asked.json!))?.[1]);
    await h.settle();
    expect(h.fake.callsTo('files.getUploadURLExternal')).toEqual([]);
  });
});

describe('/cv on Slack without a public URL', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ cv: createCvCache(['basics.phone']) });
  });
  afterAll(async () => {
    expect(expectEveryMessageValid(h)).toBeGreaterThan(0);
    await h.stop();
  });

  it('given /cv, answers privately without a link, saying how to get the file', async () => {
    const asked = await slashCommand(h, '/cv', '', 'cv-3');
    expect(textOf(asked.json!)).not.toMatch(/\/cv\/[0-9a-f]{16}\.pdf/);
    expect(textOf(asked.json!)).toContain('Share it in the channel');
    expect(shareOf(asked.json!)).toBeDefined();
  });

  it('given Share, posts the answer in the channel, then uploads the PDF there through the external upload flow', async () => {
    const asked = await slashCommand(h, '/cv', '', 'cv-4');
    await clickButton(h, shareOf(asked.json!), { responseId: 'cv-4' });
    const shared = await h.fake.nextResponse('cv-4', (p) => p.body.response_type === 'in_channel');
    expect(textOf(shared.body)).not.toContain('Share it in the channel');
    const url = await h.fake.nextCall('files.getUploadURLExternal');
    expect(url.body).toMatchObject({ filename: 'Martin-Spier-CV.pdf' });
    const upload = await h.fake.nextUpload();
    expect(upload.data.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Number(url.body.length)).toBe(upload.data.length);
    const text = (await readPdf(upload.data)).pages.map((p) => p.text).join(' ');
    expect(text).toContain('Netflix');
    expect(text).not.toContain('351-8800');
    const complete = await h.fake.nextCall('files.completeUploadExternal');
    expect(complete.body).toMatchObject({ channel_id: CHANNEL_ID, files: [{ id: upload.fileId, title: 'Martin Spier — CV (PDF)' }] });
  });

  it('given "can I get his cv?" in a DM, answers in the thread and uploads the PDF into that DM thread', async () => {
    await sendEvent(h, dmEvent('can I get his cv?', '1700000900.000900'));
    const posted = await h.fake.nextCall('chat.postMessage', (c) => c.body.thread_ts === '1700000900.000900');
    expect(textOf(posted.body)).toContain('CV');
    const complete = await h.fake.nextCall('files.completeUploadExternal', (c) => c.body.channel_id === DM_CHANNEL_ID);
    expect(complete.body).toMatchObject({ thread_ts: '1700000900.000900' });
  });
});
