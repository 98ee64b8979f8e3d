/**
 * Fuzz: generated text of every shape — unicode, control characters, broken UTF-16, very long
 * strings, Discord and Slack mention syntax, markdown, masked links, nothing at all — through
 * every registry command and free text, on every Discord surface: the private answer and its
 * pages, the shared (public) copy, a mention reply in a server, a DM (free text only: that is
 * all a mention carries), autocomplete. Every
 * message must pass checkDiscordMessage, carry allowed_mentions that parse nothing, keep
 * user text out of `content` (the only place a mention could form outside an embed), and
 * keep the private phone out of public copies. Most runs are in-process (fast); a smaller
 * number go end to end through the real discord.js client and the HTTP interactions endpoint.
 */
import type { AddressInfo } from 'node:net';
import { InteractionResponseType } from 'discord.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { makeAnswer, type Answer } from '../../src/model/answer.js';
import { createBot } from '../../src/core/bot.js';
import { silentLogger } from '../../src/core/log.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { publicView } from '../../src/core/privacy.js';
import { createShareStore } from '../../src/discord/custom-id.js';
import {
  respondToInteraction,
  type InteractionContext,
  type InteractionPayload,
  type InteractionResponse,
} from '../../src/discord/interactions.js';
import { checkDiscordMessage, LIMITS, type MessageBodyLike } from '../../src/discord/limits.js';
import { replyToMessage } from '../../src/discord/messages.js';
import { renderAnswer, toBodies } from '../../src/discord/render.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { FIXED_NOW } from '../helpers/bot.js';
import { hostilePhrase, hostilePiece } from '../helpers/hostile-text.js';
import {
  autocompleteInteraction,
  buttonInteraction,
  commandInteraction,
  fakeUser,
  invalidModal,
  messageCreate,
  modalSubmitInteraction,
  PRIVATE_FIELDS,
  snowflake,
  startHarness,
  type Harness,
} from './harness.js';
import { signedHeaders, signingKey, type SigningKey } from '../fakes/discord-signing.js';

/* ---------------- generated input ---------------- */

const piece = hostilePiece();
/** Hundreds to a few thousand characters. */
const long = fc.oneof(
  fc.array(piece, { minLength: 40, maxLength: 150 }).map((parts) => parts.join(' ')),
  fc.string({ unit: 'grapheme', minLength: 500, maxLength: 3000 }),
);
/**
 * What a user types: mostly mixtures of the pieces above; sometimes nothing; about one in
 * twenty-five a few thousand characters (routing free text that long costs ~10 ms, so more
 * would make the run slow without finding more).
 */
const text = fc.oneof(
  { weight: 24, arbitrary: hostilePhrase(piece, 10) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: long },
);
/** Every registry command, a name that is not a command, and (a quarter of the time) free text: null. */
const commandName = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom<string | null>(...commands.map((c) => c.data.name), 'nope') },
  { weight: 1, arbitrary: fc.constant(null) },
);

/* ---------------- the bot ---------------- */

const resume = loadResumeFile('data/resume.json');
const phone = resume.basics.phone!;
// The longest question allowed (MAX_QUERY_LENGTH's maximum), so long text reaches the handlers and their echoes.
const bot = createBot({ resume, aliases: loadAliasesFile('data/aliases.json'), clock: () => FIXED_NOW, maxQueryLength: 3000 });
const pipeline = createPipeline(bot, { privateFields: PRIVATE_FIELDS });
/** About 2,850 of the 10,000 runs get an answer with a Share button (command, query and seed vary it). */
const SHARES_AT_LEAST = 2_000;

/* ---------------- what every message must satisfy ---------------- */

type Body = MessageBodyLike & {
  components?: ReadonlyArray<{ type: number; components?: ReadonlyArray<{ type: number; custom_id?: string }> }>;
};
/** The message a response carries (a Pong carries none). */
const dataOf = (response: InteractionResponse): Body => ('data' in response ? (response.data as Body) : {});

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Texts a user can see (content and every embed string); custom_ids are not shown. */
function visibleStrings(body: Body): string[] {
  return [
    body.content,
    ...(body.embeds ?? []).flatMap((e) => [
      e.title,
      e.description,
      e.footer?.text,
      e.author?.name,
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
    ...(body.components ?? []).flatMap((row) => (row.components ?? []).map((c) => (c as { label?: string }).label)),
  ].filter((s): s is string => typeof s === 'string');
}

/** The bot's own words are all `content` may hold: page numbers, "Shared by <@clicker>", the share notices. */
function contentIsOurs(content: string | undefined, clicker: string | undefined): boolean {
  if (content === undefined) return true;
  let rest = content;
  if (clicker && rest.startsWith(`Shared by <@${clicker}>`)) rest = rest.slice(`Shared by <@${clicker}>`.length).trimStart();
  return rest === '' || /^\(\d+\/\d+\)$/.test(rest) || rest === '✅ Shared in the channel.';
}

function problemsOf(body: Body, options: { publicCopy: boolean; clicker?: string }): string[] {
  const problems = checkDiscordMessage(body, { allowUserMentionInContent: options.clicker !== undefined });
  if (!Array.isArray(body.allowed_mentions?.parse) || body.allowed_mentions.parse.length !== 0)
    problems.push('allowed_mentions.parse is not []');
  if (!contentIsOurs(body.content, options.clicker))
    problems.push(`content holds more than the bot's own words: ${JSON.stringify(body.content)}`);
  for (const s of visibleStrings(body)) {
    if (LONE_SURROGATE.test(s)) problems.push(`broken UTF-16 in ${JSON.stringify(s.slice(0, 40))}`);
    if (CONTROL.test(s)) problems.push(`control character in ${JSON.stringify(s.slice(0, 40))}`);
  }
  if (options.publicCopy && JSON.stringify(body).includes(phone)) problems.push('the private phone number is in a public message');
  return problems;
}

function expectFine(bodies: readonly Body[], options: { publicCopy: boolean; clicker?: string }, input: unknown): void {
  bodies.forEach((body, i) => {
    const problems = problemsOf(body, {
      publicCopy: options.publicCopy,
      ...(i === 0 && options.clicker ? { clicker: options.clicker } : {}),
    });
    if (problems.length) throw new Error(`message ${i} of ${bodies.length} for ${JSON.stringify(input)}: ${problems.join('; ')}`);
  });
}

function expectChoicesFine(response: { type: number; data?: unknown }, input: unknown): void {
  expect(response.type, JSON.stringify(input)).toBe(8);
  const { choices } = response.data as { choices: Array<{ name: string; value: string }> };
  expect(choices.length).toBeLessThanOrEqual(LIMITS.autocompleteChoices);
  for (const choice of choices) {
    expect(choice.name.length).toBeGreaterThan(0);
    expect(choice.name.length).toBeLessThanOrEqual(LIMITS.choiceName);
    expect(choice.value.length).toBeGreaterThan(0);
    expect(choice.value.length).toBeLessThanOrEqual(LIMITS.choiceValue);
  }
}

/* ---------------- in process ---------------- */

describe('in process, every surface', () => {
  const applicationId = snowflake();
  const guildId = snowflake();
  const botUserId = snowflake();
  const ctx: InteractionContext = { pipeline, logger: silentLogger, shares: createShareStore() };

  it('given 10,000 generated questions to every command and as free text, every message of every copy is valid, pings no one and keeps the phone private', async () => {
    let runs = 0;
    let shares = 0;
    let publicMessages = 0;
    await fc.assert(
      fc.asyncProperty(commandName, text, fc.boolean(), async (name, question, inGuild) => {
        runs++;
        const user = fakeUser();
        const input = { name, question, inGuild };
        const where = { applicationId, user, ...(inGuild ? { guildId } : {}) };

        // The slash command (free text goes through /resume): the private answer and its pages.
        const command = commandInteraction({ ...where, name: name ?? 'resume', query: question }) as InteractionPayload;
        let answered = await respondToInteraction(command, ctx);
        if (answered.response.type === InteractionResponseType.Modal) {
          // A long-text command asked without text opens its form: valid for Discord, and the
          // question typed into it is answered like the command.
          expect(question.trim()).toBe('');
          expect(invalidModal({ ...answered.response.data })).toBeNull();
          const customId = answered.response.data.custom_id;
          answered = await respondToInteraction(
            modalSubmitInteraction({ ...where, customId, inputId: 'text', value: question }) as InteractionPayload,
            ctx,
          );
        }
        expect(answered.response.type).toBe(4);
        const privateBodies = [dataOf(answered.response), ...answered.followUps];
        expectFine(privateBodies, { publicCopy: false }, input);

        // Its Share button, when it has one: the public copy and its pages, "shared by" the clicker.
        const customId = dataOf(answered.response).components?.[0]?.components?.[0]?.custom_id;
        if (customId) {
          const clicker = fakeUser();
          const click = buttonInteraction({ applicationId, user: clicker, guildId, customId }) as InteractionPayload;
          const shared = await respondToInteraction(click, ctx);
          expectFine([dataOf(shared.response)], { publicCopy: false }, input);
          expectFine(shared.followUps, { publicCopy: shared.response.type === 7, clicker: clicker.id }, input);
          shares++;
          if (shared.response.type === 7) publicMessages += shared.followUps.length;
        }

        // Free text also as a mention in a server (public) or a DM (private).
        if (name === null) {
          const message = messageCreate({
            author: user,
            content: `<@${botUserId}> ${question}`,
            ...(inGuild ? { guildId, mentions: [{ id: botUserId, username: 'resume-bot' }] } : {}),
          });
          const replies = await replyToMessage(message, botUserId, ctx);
          expect(replies).not.toBeNull();
          expectFine(replies!, { publicCopy: inGuild }, input);
        }
      }),
      { numRuns: 10_000 },
    );
    expect(runs).toBe(10_000);
    // Counted, not assumed: answers with no Share button skip the public-copy checks, so a
    // change that dropped the button (or the public copy) must not pass by checking nothing.
    expect(shares).toBeGreaterThanOrEqual(SHARES_AT_LEAST);
    expect(publicMessages).toBeGreaterThanOrEqual(shares);
    // A bound on a hang, not a speed assertion: the machine is shared, and this takes ~7 s alone.
  }, 300_000);

  it('given 1,000 generated texts typed into every command option, autocomplete answers at most 25 choices within the limits', async () => {
    await fc.assert(
      fc.asyncProperty(commandName, text, async (name, partial) => {
        const typing = autocompleteInteraction({
          applicationId,
          user: fakeUser(),
          guildId,
          name: name ?? 'resume',
          partial,
        }) as InteractionPayload;
        expectChoicesFine((await respondToInteraction(typing, ctx)).response, { name, partial });
      }),
      { numRuns: 1_000 },
    );
  });

  /** A generated answer: every slot of the neutral Answer filled with generated text, some of it long. */
  const slot = fc.oneof({ weight: 6, arbitrary: text }, { weight: 1, arbitrary: long });
  const answer: fc.Arbitrary<Answer> = fc
    .record({
      kind: fc.constantFrom('result', 'list', 'empty', 'help', 'refusal', 'error'),
      title: slot,
      subtitle: fc.option(slot, { nil: undefined }),
      body: fc.option(slot, { nil: undefined }),
      footer: fc.option(slot, { nil: undefined }),
      fields: fc.array(
        fc.record({
          label: text,
          value: slot,
          inline: fc.boolean(),
          sourcePath: fc.constantFrom(undefined, 'basics.phone', 'basics.email'),
        }),
        { maxLength: 30 },
      ),
      sections: fc.array(fc.record({ heading: text, bullets: fc.array(slot, { maxLength: 10 }) }), { maxLength: 6 }),
      links: fc.array(fc.record({ label: text, url: fc.oneof(fc.webUrl(), text, fc.constant(`tel:${phone}`)) }), { maxLength: 6 }),
      suggestions: fc.array(text, { maxLength: 8 }),
    })
    .map((parts) => makeAnswer({ ...parts, title: parts.title }));

  it('given 1,000 generated answers with text of every shape in every slot, renders every page of the private and public copies validly', () => {
    fc.assert(
      fc.property(answer, (generated) => {
        const clicker = snowflake();
        expectFine(toBodies(renderAnswer(generated), { ephemeral: true }), { publicCopy: false }, generated.title.slice(0, 40));
        const shown = publicView(generated, PRIVATE_FIELDS, resume);
        expectFine(
          toBodies(renderAnswer(shown), { lead: `Shared by <@${clicker}>` }),
          { publicCopy: true, clicker },
          generated.title.slice(0, 40),
        );
      }),
      { numRuns: 1_000 },
    );
  });
});

/* ---------------- end to end ---------------- */

describe('end to end, through discord.js over the fake gateway and through the HTTP interactions endpoint', () => {
  let h: Harness;
  let key: SigningKey;
  let url: string;

  beforeAll(async () => {
    key = signingKey();
    h = await startHarness({ pipeline: createPipeline(bot, { privateFields: PRIVATE_FIELDS }), config: { publicKey: key.publicKeyHex } });
    const address: AddressInfo = await h.http.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${address.port}/discord/interactions`;
  });
  afterAll(async () => {
    await h.close();
  });

  it('given 200 generated questions as commands (over either transport) and as mentions, Discord receives only valid messages that ping no one', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(commandName, text, fc.boolean(), async (name, question, overHttp) => {
        runs++;
        const input = { name, question, overHttp };
        const interaction = commandInteraction({
          applicationId: h.fake.applicationId,
          user: fakeUser(),
          guildId: h.guildId,
          name: name ?? 'resume',
          query: question,
        });
        let response: { type: number; data: Body };
        if (overHttp) {
          const body = JSON.stringify(interaction);
          const res = await fetch(url, { method: 'POST', body, headers: signedHeaders(key, body) });
          expect(res.status).toBe(200);
          response = (await res.json()) as typeof response;
        } else {
          response = (await h.interact(interaction)).body as typeof response;
        }
        if (response.type === InteractionResponseType.Modal) {
          // /match without its text opens its form (what is typed into it is checked above).
          expect(question.trim()).toBe('');
        } else {
          expect(response.type).toBe(4);
          expectFine([response.data], { publicCopy: false }, input);
        }

        const message = messageCreate({
          author: fakeUser(),
          guildId: h.guildId,
          content: `<@${h.fake.botUser.id}> ${question}`,
          mentions: [h.fake.botUser],
        });
        const from = h.fake.requests.length;
        h.fake.dispatch('MESSAGE_CREATE', message);
        const reply = await h.fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${message.channel_id}/messages`, { from });
        expectFine([reply.body as Body], { publicCopy: true }, input);
      }),
      { numRuns: 200 },
    );
    expect(runs).toBe(200);

    // Everything still in flight (later pages, follow-ups) is sent before stop() resolves; then check all of it.
    await h.adapter.stop();
    const sent = h.fake.requests.filter(
      (r) => r.method === 'POST' && (/^\/channels\/\d+\/messages$/.test(r.path) || /^\/webhooks\//.test(r.path)),
    );
    expect(sent.length).toBeGreaterThanOrEqual(200);
    for (const request of sent) expectFine([request.body as Body], { publicCopy: request.path.startsWith('/channels/') }, request.path);
    // Modals (a long-text command asked with nothing) are checked above; every other callback is a message.
    const callbacks = h.fake.requests.filter(
      (r) => /\/callback$/.test(r.path) && (r.body as { type: number }).type !== InteractionResponseType.Modal,
    );
    expect(callbacks.length).toBeGreaterThan(0);
    for (const request of callbacks) {
      const { type, data } = request.body as { type: number; data: Body };
      // A form (/match without its text) is no message: it is held to Discord's rules for modals.
      if (type === InteractionResponseType.Modal) expect(invalidModal({ ...data })).toBeNull();
      else expectFine([data], { publicCopy: false }, request.path);
    }
  }, 300_000);
});
