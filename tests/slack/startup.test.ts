/**
 * Starting up: a token Slack refuses, or an API it cannot reach, stops the start with a
 * message that names the setting to check, before anything is served.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/log.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { createHttpServer } from '../../src/http/server.js';
import { startSlack } from '../../src/slack/start.js';
import { martinBot } from '../helpers/bot.js';
import { FakeSlack } from '../fakes/slack.js';

describe('starting the Slack adapter', () => {
  let fake: FakeSlack;
  beforeEach(async () => {
    fake = new FakeSlack({ botToken: 'xoxb-ok', appToken: 'xapp-ok' });
    await fake.start();
  });
  afterEach(async () => {
    await fake.stop();
  });

  const start = (botToken: string, appToken?: string) =>
    startSlack({
      pipeline: createPipeline(martinBot()),
      config: { botToken, signingSecret: 's', appToken, apiUrl: fake.apiUrl, allowedTeams: [] },
      http: createHttpServer(),
      logger: silentLogger,
    });

  it('given a bot token Slack refuses, fails naming SLACK_BOT_TOKEN', async () => {
    // The fake answers a token it does not know as Slack does: ok false, invalid_auth.
    await expect(start('xoxb-wrong')).rejects.toThrow(/invalid_auth.*SLACK_BOT_TOKEN and SLACK_API_URL/);
  });

  it('given an app-level token Slack refuses, fails naming SLACK_APP_TOKEN', async () => {
    await expect(start('xoxb-ok', 'xapp-wrong')).rejects.toThrow(/invalid_auth.*SLACK_APP_TOKEN/);
  });

  it('given valid tokens in HTTP mode, mounts POST /slack/events (401 unsigned, 405 GET) and refuses new work after stop (503)', async () => {
    const http = createHttpServer();
    const adapter = await startSlack({
      pipeline: createPipeline(martinBot()),
      config: { botToken: 'xoxb-ok', signingSecret: 's', apiUrl: fake.apiUrl, allowedTeams: [] },
      http,
      logger: silentLogger,
    });
    const { port } = await http.listen(0, '127.0.0.1');
    http.setReady(true);
    expect((await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body: '' })).status).toBe(401);
    expect((await fetch(`http://127.0.0.1:${port}/slack/events`)).status).toBe(405);
    await adapter.stop();
    // After stop the route refuses new work instead of half-answering it.
    expect((await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body: '' })).status).toBe(503);
    await http.close({ deadlineMs: 0 });
  });
});
