/** The contract's driver for Discord: the real discord.js gateway client against the fake Discord (tests/fakes/discord.ts). */
import { MessageFlags } from 'discord.js';
import { createBot } from '../../src/core/bot.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { checkDiscordMessage } from '../../src/discord/limits.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { FIXED_NOW } from '../helpers/bot.js';
import { buttonInteraction, commandInteraction, fakeUser, startHarness, type RecordedRequest } from '../discord/harness.js';
import type { ChatDriver, DriverOptions, Reply, SeenMessage } from './contract.js';

interface Body {
  content?: string;
  flags?: number;
  embeds?: Array<{ title?: string; description?: string; footer?: { text: string }; fields?: Array<{ name: string; value: string }> }>;
  components?: Array<{ components?: Array<{ custom_id?: string }> }>;
}

function seen(body: Body): SeenMessage {
  const text = [
    body.content ?? '',
    ...(body.embeds ?? []).flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text ?? '',
    ]),
  ].join('\n');
  return {
    text,
    private: ((body.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
    problems: checkDiscordMessage(body as never, { allowUserMentionInContent: true }),
  };
}

/** "(2/3)" on every part of an answer split over several messages: how many there are. */
const partsOf = (body: Body): number => Number(/\((\d+)\/(\d+)\)/.exec(body.content ?? '')?.[2] ?? 1);

export async function startDiscordDriver(options: DriverOptions): Promise<ChatDriver> {
  const bot = createBot({ resume: options.resume, aliases: loadAliasesFile('data/aliases.json'), clock: () => FIXED_NOW });
  const h = await startHarness({ pipeline: createPipeline(bot, { privateFields: options.privateFields }) });
  const applicationId = h.fake.applicationId;

  /** The follow-ups an interaction sent after its response, once all `count` of them are in. */
  const followUps = async (token: string, from: number, count: number): Promise<Body[]> => {
    const path = `/webhooks/${applicationId}/${token}`;
    const isFollowUp = (r: RecordedRequest) => r.method === 'POST' && r.path === path;
    for (let i = 0; i < count; i++) {
      const index = i;
      await h.fake.waitFor((r) => isFollowUp(r) && h.fake.requests.slice(from).filter(isFollowUp).indexOf(r) === index, { from });
    }
    return h.fake.requests
      .slice(from)
      .filter(isFollowUp)
      .map((r) => r.body as Body);
  };

  return {
    async ask(command, text) {
      const interaction = commandInteraction({
        applicationId,
        user: fakeUser(),
        guildId: h.guildId,
        name: command,
        ...(text ? { query: text } : {}),
      });
      const from = h.fake.requests.length;
      const first = ((await h.interact(interaction)).body as { data: Body }).data;
      const rest = await followUps(interaction.token, from, partsOf(first) - 1);
      const reply: Reply = { messages: [first, ...rest].map(seen) };
      const customId = first.components?.[0]?.components?.[0]?.custom_id;
      if (customId) {
        reply.share = async () => {
          const click = buttonInteraction({ applicationId, user: fakeUser('bob'), guildId: h.guildId, customId });
          const at = h.fake.requests.length;
          await h.interact(click);
          const [lead] = await followUps(click.token, at, 1);
          const all = await followUps(click.token, at, partsOf(lead!));
          return all.map(seen);
        };
      }
      return reply;
    },
    async settledPublicMessages() {
      await h.adapter.stop();
      const sent = h.fake.requests.filter(
        (r) => r.method === 'POST' && (/^\/webhooks\//.test(r.path) || /^\/channels\/\d+\/messages$/.test(r.path)),
      );
      return sent.map((r) => seen(r.body as Body)).filter((m) => !m.private);
    },
    stop: () => h.close(),
  };
}
