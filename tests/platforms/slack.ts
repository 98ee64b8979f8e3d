/** The contract's driver for Slack: the real Bolt app over HTTP, against the fake Slack (tests/fakes/slack.ts). */
import { createBot } from '../../src/core/bot.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { checkSlackMessage } from '../../src/slack/limits.js';
import { ACTION_MORE, ACTION_SHARE } from '../../src/slack/payload.js';
import type { ResponseUrlPost } from '../fakes/slack.js';
import { FIXED_NOW } from '../helpers/bot.js';
import { buttonsOf, clickButton, slashCommand, startHarness, textOf, USER_ID } from '../slack/harness.js';
import type { ChatDriver, DriverOptions, Reply, SeenMessage } from './contract.js';

type Message = Record<string, unknown>;

function seen(message: Message): SeenMessage {
  return {
    text: textOf(message),
    // An ack or a response_url post is ephemeral unless it says in_channel; chat.postMessage is public.
    private: message.response_type !== 'in_channel',
    problems: checkSlackMessage(message, { allowedMentions: [USER_ID] }),
  };
}

export async function startSlackDriver(options: DriverOptions): Promise<ChatDriver> {
  const bot = createBot({ resume: options.resume, aliases: loadAliasesFile('data/aliases.json'), clock: () => FIXED_NOW });
  const h = await startHarness({ bot, privateFields: options.privateFields });
  let asked = 0;

  /** The next response_url post for `id` that was not seen yet. */
  const nextNew = (id: string, seenPosts: Set<ResponseUrlPost>, match: (p: ResponseUrlPost) => boolean) =>
    h.fake.nextResponse(id, (p) => !seenPosts.has(p) && match(p));

  return {
    async ask(command, text) {
      const id = `contract-${++asked}`;
      const first = (await slashCommand(h, `/${command}`, text, id)).json!;
      const messages: Message[] = [first];
      // Later pages come one click on "Show more" at a time, each replacing the one before.
      const posts = new Set<ResponseUrlPost>();
      let more = buttonsOf(first).find((b) => b.action_id === ACTION_MORE);
      while (more) {
        await clickButton(h, more, { responseId: id });
        const page = await nextNew(id, posts, (p) => p.body.replace_original === true);
        posts.add(page);
        messages.push(page.body);
        more = buttonsOf(page.body).find((b) => b.action_id === ACTION_MORE);
      }
      const share = buttonsOf(first).find((b) => b.action_id === ACTION_SHARE);
      const reply: Reply = { messages: messages.map(seen) };
      if (share) {
        reply.share = async () => {
          await clickButton(h, share, { responseId: id });
          const shared = await nextNew(id, posts, (p) => p.body.response_type === 'in_channel');
          return [seen(shared.body)];
        };
      }
      return reply;
    },
    async settledPublicMessages() {
      await h.settle();
      const published = [
        ...h.fake.responses.filter((r) => r.body.response_type === 'in_channel').map((r) => r.body),
        ...h.fake.calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.body),
      ];
      return published.map((m) => ({ ...seen(m), private: false }));
    },
    stop: () => h.stop(),
  };
}
