/**
 * A team directory on Slack, end to end through the real Bolt against the fake Slack on
 * 127.0.0.1: /people kafka, a person-scoped command, a mention of a user mapped in a résumé's
 * meta.chat, the Home tab of a mapped user, and a broken file dropped into the folder while the
 * bot runs (logged, left out, everyone else still answered).
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DirectoryBot } from '../../src/core/directory.js';
import type { ResumeWatcher } from '../../src/reload/watch.js';
import { watchedFolder } from '../directory/fixture.js';
import { resumePath } from '../query/fixture-bots.js';
import { expectEveryMessageValid, type Harness, mentionEvent, replyIn, sendEvent, slashCommand, startHarness, textOf } from './harness.js';

describe('a directory of people on Slack', () => {
  let h: Harness;
  let bot: DirectoryBot;
  let watcher: ResumeWatcher;
  let dir: string;
  let logs: Array<Record<string, unknown>>;

  beforeAll(async () => {
    ({ dir, bot, watcher, logs } = watchedFolder(['martin', 'senior-engineer', 'new-grad', 'martin-alvarez']));
    h = await startHarness({ bot, privateFields: ['basics.phone'] });
  });
  afterAll(async () => {
    watcher.close();
    expect(expectEveryMessageValid(h)).toBeGreaterThan(0);
    await h.stop();
  });

  it('given /people kafka, lists exactly the people whose résumé says Kafka, each with a line of evidence', async () => {
    const res = await slashCommand(h, '/people', 'kafka', 'dir-people');
    const text = textOf(res.json!);
    expect(text).toContain('Martin Spier — Kafka');
    expect(text).toContain('Dr. Lena Vasquez — Kafka');
    expect(text).not.toContain('Maya Okonkwo');
  });

  it('given a command naming a person, answers about that person and says whose answer it is', async () => {
    const res = await slashCommand(h, '/experience', 'lena confluent', 'dir-scoped');
    const text = textOf(res.json!);
    expect(text).toContain('Staff Software Engineer at Confluent');
    expect(text).toContain('👤 Dr. Lena Vasquez');
    expect(text).not.toContain('Netflix');
  });

  it('given a mention of a user a résumé maps in meta.chat, answers about that person', async () => {
    await sendEvent(h, mentionEvent('what languages does <@U0MARTIN2> speak?', '1700009000.1'));
    const reply = await replyIn(h, '1700009000.1');
    expect(textOf(reply.body)).toContain('Español');
    expect(textOf(reply.body)).toContain('👤 Martín Álvarez Núñez');
  });

  it("given the Home tab opened by a mapped user, shows that user's own résumé", async () => {
    await sendEvent(h, { type: 'app_home_opened', user: 'U0MARTIN2', channel: 'D0HOME009', tab: 'home', event_ts: '1700009100.1' });
    const call = await h.fake.nextCall('views.publish', (c) => c.body.user_id === 'U0MARTIN2');
    const text = textOf({ blocks: (call.body.view as { blocks: unknown[] }).blocks });
    expect(text).toContain('Martín Álvarez Núñez');
    expect(text).not.toContain('Dr. Lena Vasquez');
  });

  it('given a broken file dropped into the folder while it runs, logs it with its place and keeps answering everyone else', async () => {
    writeFileSync(join(dir, 'broken.json'), '{ "basics": { "name": "Broken Person" }, "languages": "Spanish" }');
    await vi.waitFor(
      () => expect(logs.some((l) => l.event === 'resume_reload_refused' && String(l.error).includes('languages'))).toBe(true),
      {
        timeout: 30_000,
        interval: 20,
      },
    );
    copyFileSync(resumePath('career-changer'), join(dir, 'career-changer.json'));
    await vi.waitFor(() => expect(bot.people.map((p) => p.id)).toContain('career-changer'), { timeout: 30_000, interval: 20 });
    const res = await slashCommand(h, '/people', '', 'dir-everyone');
    const text = textOf(res.json!);
    expect(text).toContain('5 people');
    expect(text).toContain('Daniel Reyes');
    expect(text).not.toContain('Broken Person');
  });
});
