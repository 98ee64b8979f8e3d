/**
 * The App Home tab: opening it publishes a view (views.publish) that says who this is,
 * lists the roles timeline and explains how to ask, within the Home tab's 100 blocks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { createBot } from '../../src/core/bot.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { messagesFor } from '../../src/i18n/catalogue.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { buildHomeView } from '../../src/slack/home.js';
import { checkSlackMessage } from '../../src/slack/limits.js';
import { FIXED_NOW } from '../helpers/bot.js';
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

describe('App Home of a registry whose commands go by other names', () => {
  const renamed: Record<string, string> = { about: 'whois', experience: 'jobs', resume: 'ask' };
  const rename = (name: string) => (example: string) => example.replace(/^\S+/, name);
  const registry = commands.map((c) => {
    const name = renamed[c.data.name];
    return name ? { ...c, data: { ...c.data, name, examples: c.data.examples.map(rename(name)) } } : c;
  });
  const bot = createBot({
    resume: loadResumeFile('data/resume.json'),
    aliases: loadAliasesFile('data/aliases.json'),
    clock: () => FIXED_NOW,
    commands: registry,
  });

  it('given the person, timeline and fallback commands renamed, still shows who, the roles and an example question', () => {
    const view = buildHomeView(createPipeline(bot, { privateFields: ['basics.phone'] }), 'T1', 'U1');
    const all = textOf({ blocks: view.blocks });
    // The person command's subtitle (the headline) and the timeline command's roles.
    expect(all).toContain(bot.resume.basics.label!);
    for (const company of ['PicPay', 'Snowflake', 'Netflix']) expect(all).toContain(company);
    expect(all).not.toContain(messagesFor(undefined).t('home.noRoles'));
    // The example comes from the fallback command's examples, without its name.
    expect(all).toContain('what did he do at netflix?');
    expect(all).toContain('`/ask');
    expect(all).not.toContain('`/resume');
  });
});
