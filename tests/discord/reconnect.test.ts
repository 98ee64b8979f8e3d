/**
 * The gateway closing the connection costs nothing: discord.js resumes (or, when the session
 * cannot be resumed, identifies again) and the bot keeps answering.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { commandInteraction, fakeUser, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const answersACommand = async () => {
  const body = (
    await h.interact(
      commandInteraction({
        applicationId: h.fake.applicationId,
        user: fakeUser(),
        guildId: h.guildId,
        name: 'skills',
        query: 'kubernetes',
      }),
    )
  ).body;
  expect(body).toMatchObject({ type: 4, data: { flags: 64 } });
};

it('given the gateway drops the connection, resumes the session and answers the next command', async () => {
  const connectionsBefore = h.fake.gatewayQueries.length;
  h.fake.dropConnections(4000);
  await h.fake.gatewayUntil(
    () => h.fake.gatewayQueries.length > connectionsBefore && h.fake.openConnections === 1 && h.fake.resumes.length === 1,
  );
  expect(h.fake.resumes[0]).toMatchObject({ session_id: 'fake-session', token: h.fake.token });
  expect(h.fake.identifies).toHaveLength(1);
  await answersACommand();
});

// The harness replaces discord.js's identify throttle (5 s between IDENTIFYs, a limit of the real
// Discord the fake does not have), so this waits for the new IDENTIFY, not for a clock.
it('given the gateway drops the connection and then refuses to resume (invalid session), identifies again and answers the next command', async () => {
  const resumesBefore = h.fake.resumes.length;
  const identifiesBefore = h.fake.identifies.length;
  h.fake.rejectResumes(1);
  h.fake.dropConnections(4000);
  await h.fake.gatewayUntil(
    () => h.fake.resumes.length === resumesBefore + 1 && h.fake.identifies.length === identifiesBefore + 1 && h.fake.openConnections === 1,
  );
  expect(h.fake.identifies.at(-1)).toMatchObject({ token: h.fake.token });
  await answersACommand();
});
