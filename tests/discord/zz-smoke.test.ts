import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHarness, commandInteraction, fakeUser, type Harness } from './fake-discord.js';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

it('smoke', async () => {
  const i = commandInteraction({ applicationId: h.fake.applicationId, user: fakeUser(), guildId: h.guildId, name: 'experience', query: 'netflix' });
  const cb = await h.interact(i);
  console.log(JSON.stringify(cb.body, null, 1).slice(0, 3000));
  console.log(h.fake.requests.map(r => r.method + ' ' + r.path + r.query));
  console.log(JSON.stringify(h.fake.identifies), h.fake.gatewayQueries.map(String));
  expect(cb.body).toBeTruthy();
});
