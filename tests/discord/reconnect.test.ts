/** The gateway closing the connection costs nothing: discord.js resumes and the bot keeps answering. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { commandInteraction, fakeUser, startHarness, type Harness } from './fake-discord.js';
import { until } from './until.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

it('given the gateway drops the connection, resumes the session and answers the next command', async () => {
  const connectionsBefore = h.fake.gatewayQueries.length;
  h.fake.dropConnections(4000);
  await until(() => h.fake.gatewayQueries.length > connectionsBefore && h.fake.openConnections === 1);
  await until(() => h.fake.resumes.length === 1);
  expect(h.fake.resumes[0]).toMatchObject({ session_id: 'fake-session', token: h.fake.token });
  const body = (await h.interact(commandInteraction({ applicationId: h.fake.applicationId, user: fakeUser(), guildId: h.guildId, name: 'skills', query: 'kubernetes' }))).body;
  expect(body).toMatchObject({ type: 4, data: { flags: 64 } });
});
