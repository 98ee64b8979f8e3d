/**
 * Stopping with replies in flight: stop() turns new work away at once (HTTP interactions get
 * 503, gateway events are ignored) but resolves only after the replies already being sent
 * have been delivered — here, REST calls the fake Discord holds until the test releases them,
 * so "in flight" is a fact the test decides, not a race against a clock.
 */
import type { AddressInfo } from 'node:net';
import { expect, it } from 'vitest';
import { buttonInteraction, commandInteraction, fakeUser, messageCreate, startHarness, type RecordedRequest } from './harness.js';
import { signedHeaders, signingKey } from '../fakes/discord-signing.js';

it('given a mention reply and a shared answer in flight, stop() resolves only after both are delivered, and turns new interactions away meanwhile', async () => {
  const key = signingKey();
  const h = await startHarness({ config: { publicKey: key.publicKeyHex } });
  const { port }: AddressInfo = await h.http.listen(0, '127.0.0.1');
  try {
    const bot = h.fake.botUser;
    const question = messageCreate({
      author: fakeUser(),
      guildId: h.guildId,
      content: `<@${bot.id}> what did he do at netflix?`,
      mentions: [bot],
    });
    const channel = `/channels/${question.channel_id}/messages`;
    const click = buttonInteraction({
      applicationId: h.fake.applicationId,
      user: fakeUser(),
      guildId: h.guildId,
      customId: 'share:skills:kubernetes',
    });
    const callback = `/interactions/${click.id}/${click.token}/callback`;
    const webhook = `/webhooks/${h.fake.applicationId}/${click.token}`;
    const is = (path: string) => (r: RecordedRequest) => r.method === 'POST' && r.path === path;
    const heldReply = h.fake.hold(is(channel));
    // The share's callback is held; its public copy (a follow-up) can only be sent after it.
    const heldCallback = h.fake.hold(is(callback));

    const from = h.fake.requests.length;
    h.fake.dispatch('MESSAGE_CREATE', question);
    h.fake.dispatch('INTERACTION_CREATE', click);
    const reply = await heldReply.arrived;
    const clickCallback = await heldCallback.arrived;
    expect(reply.respondedAt).toBeUndefined();
    expect(clickCallback.respondedAt).toBeUndefined();

    let stoppedAt: number | undefined;
    const stopping = h.adapter.stop().then(() => (stoppedAt = performance.now()));

    // While draining: HTTP interactions are refused so a load balancer retries elsewhere…
    const body = JSON.stringify(
      commandInteraction({ applicationId: h.fake.applicationId, user: fakeUser(), guildId: h.guildId, name: 'skills', query: 'go' }),
    );
    const res = await fetch(`http://127.0.0.1:${port}/discord/interactions`, { method: 'POST', body, headers: signedHeaders(key, body) });
    expect(res.status).toBe(503);
    // …and gateway events are not started.
    const late = commandInteraction({
      applicationId: h.fake.applicationId,
      user: fakeUser(),
      guildId: h.guildId,
      name: 'skills',
      query: 'go',
    });
    h.fake.dispatch('INTERACTION_CREATE', late);
    // A whole HTTP round trip after stop() began, with two replies still held: a stop() that did
    // not wait for them would have closed the gateway by now.
    expect(stoppedAt).toBeUndefined();
    expect(h.fake.openConnections).toBe(1);

    heldReply.release();
    heldCallback.release();
    await stopping;
    const shared = h.fake.requests.slice(from).find(is(webhook));
    for (const [what, request] of [
      ['mention reply', reply],
      ['share callback', clickCallback],
      ['shared copy', shared],
    ] as const) {
      expect(request, what).toBeDefined();
      expect(request!.respondedAt, what).toBeDefined();
      expect(request!.respondedAt!, what).toBeLessThan(stoppedAt!);
    }
    expect(JSON.stringify(shared!.body)).toMatch(/Kubernetes/i);
    expect(h.fake.requests.filter((r) => r.path.startsWith(`/interactions/${late.id}/`))).toEqual([]);
    expect(h.logs.filter((line) => /_failed"/.test(line))).toEqual([]);
    expect(h.logs.some((line) => line.includes('"discord_stopped"'))).toBe(true);
  } finally {
    await h.adapter.stop();
    await h.http.close({ deadlineMs: 0 });
    await h.fake.close();
  }
});
