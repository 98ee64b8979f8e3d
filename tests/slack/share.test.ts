/**
 * "Share in channel": Slack sends the click (a signed block_actions payload) with a
 * response_url; the bot re-runs the query the button carries and posts the answer
 * in_channel through that URL (so it works where the bot is not a member), says who
 * shared it, and deletes the private copy. Private résumé fields stay out of the channel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_SHARE, encodePayload } from '../../src/slack/payload.js';
import { buttonsOf, clickButton, expectEveryMessageValid, slashCommand, startHarness, textOf, USER_ID, type Harness } from './harness.js';

describe('sharing an answer into the channel', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    expect(expectEveryMessageValid(h)).toBeGreaterThan(0);
    await h.stop();
  });

  it('given a click on Share, posts the same answer in_channel to the response_url, shared by the clicker, then deletes the private copy', async () => {
    const asked = await slashCommand(h, '/experience', 'netflix', 'share-1');
    const share = buttonsOf(asked.json!).find((b) => b.action_id === ACTION_SHARE)!;

    const click = await clickButton(h, share, { responseId: 'share-1' });
    expect(click.status).toBe(200);

    const shared = await h.fake.nextResponse('share-1', (p) => p.body.response_type === 'in_channel');
    expect(shared.body.replace_original).toBe(false);
    const all = textOf(shared.body);
    expect(all).toContain(`Shared by <@${USER_ID}>`);
    expect(all).toMatch(/Performance Architect/);
    // Public messages carry no Share button of their own.
    expect(buttonsOf(shared.body).find((b) => b.action_id === ACTION_SHARE)).toBeUndefined();

    const deleted = await h.fake.nextResponse('share-1', (p) => p.body.delete_original === true);
    expect(h.fake.responses.indexOf(deleted)).toBeGreaterThan(h.fake.responses.indexOf(shared));
    // No Web API call was needed: the bot does not have to be in the channel.
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('given a shared /contact, leaves the private phone number out of the channel', async () => {
    const asked = await slashCommand(h, '/contact', '', 'share-2');
    expect(textOf(asked.json!)).toContain('351-8800');
    const share = buttonsOf(asked.json!).find((b) => b.action_id === ACTION_SHARE)!;
    await clickButton(h, share, { responseId: 'share-2' });
    const shared = await h.fake.nextResponse('share-2', (p) => p.body.response_type === 'in_channel');
    expect(textOf(shared.body)).not.toContain('351-8800');
    expect(textOf(shared.body)).toContain('hello@martinspier.io');
  });

  it('given a button value we did not write, tells the clicker privately and shares nothing', async () => {
    await clickButton(h, { action_id: ACTION_SHARE, value: '{"not":"ours"}' }, { responseId: 'share-3' });
    const reply = await h.fake.nextResponse('share-3');
    expect(reply.body.response_type).toBe('ephemeral');
    expect(textOf(reply.body)).toMatch(/older message/);
    expect(h.fake.responses.filter((r) => r.id === 'share-3' && r.body.response_type === 'in_channel')).toEqual([]);
  });

  it('given a free-text question shared later, re-runs the routed query', async () => {
    const value = encodePayload({ command: 'projects', query: 'flamescope', page: 1, public: true })!;
    await clickButton(h, { action_id: ACTION_SHARE, value }, { responseId: 'share-4' });
    const shared = await h.fake.nextResponse('share-4', (p) => p.body.response_type === 'in_channel');
    expect(textOf(shared.body)).toContain('FlameScope');
  });

  it('given a free-text answer held to a stated time, shares the same entries, never the whole section', async () => {
    const asked = await slashCommand(h, '/resume', 'what did he do before 2015?', 'share-6');
    expect(textOf(asked.json!)).not.toContain('PicPay');
    const share = buttonsOf(asked.json!).find((b) => b.action_id === ACTION_SHARE)!;
    await clickButton(h, share, { responseId: 'share-6' });
    const shared = textOf((await h.fake.nextResponse('share-6', (p) => p.body.response_type === 'in_channel')).body);
    for (const company of ['Netflix', 'Expedia', 'Dell']) expect(shared).toContain(company);
    expect(shared).not.toContain('PicPay');
    expect(shared).not.toContain('Snowflake');
  });

  it('given a share whose re-run is refused, tells the clicker privately and posts nothing in the channel', async () => {
    const value = encodePayload({ command: 'skills', query: 'kubernetes '.repeat(40), page: 1, public: true })!;
    await clickButton(h, { action_id: ACTION_SHARE, value }, { responseId: 'share-5' });
    const reply = await h.fake.nextResponse('share-5');
    expect(reply.body.response_type).toBe('ephemeral');
    expect(textOf(reply.body)).toMatch(/too long/i);
    await h.adapter.stop();
    expect(h.fake.responses.filter((r) => r.id === 'share-5')).toHaveLength(1);
  });
});
