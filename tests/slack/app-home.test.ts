/**
 * The App Home tab: opening it publishes a view (views.publish) that says who this is,
 * lists the roles timeline and explains how to ask, within the Home tab's 100 blocks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSlackMessage } from '../../src/slack/limits.js';
import { expectEveryMessageValid, sendEvent, startHarness, textOf, USER_ID, type Harness } from './harness.js';

describe('App Home', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    expect(expectEveryMessageValid(h)).toBeGreaterThan(0);
    await h.stop();
  });

  it('given the Home tab opened, publishes a view for that user with name, roles and how to ask', async () => {
    await sendEvent(h, { type: 'app_home_opened', user: USER_ID, channel: 'D0HOME001', tab: 'home', event_ts: '1700000000.1' });
    const call = await h.fake.nextCall('views.publish');
    expect(call.body.user_id).toBe(USER_ID);
    const view = call.body.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    const all = textOf({ blocks: view.blocks });
    expect(all).toContain('Martin Spier');
    for (const company of ['PicPay', 'Snowflake', 'Netflix', 'Expedia', 'Dell']) expect(all).toContain(company);
    expect(all).toContain('/experience');
    expect(all).toContain('/resume');
    expect(checkSlackMessage({ text: 'home', blocks: view.blocks }, { surface: 'home' })).toEqual([]);
  });

  it('never shows the private phone number on the Home tab', async () => {
    const call = await h.fake.nextCall('views.publish');
    expect(textOf({ blocks: (call.body.view as { blocks: unknown[] }).blocks })).not.toContain('351-8800');
  });

  it('given the Messages tab opened, publishes nothing more', async () => {
    await sendEvent(h, { type: 'app_home_opened', user: USER_ID, channel: 'D0HOME001', tab: 'messages', event_ts: '1700000000.2' });
    await h.adapter.stop();
    expect(h.fake.callsTo('views.publish')).toHaveLength(1);
  });
});
