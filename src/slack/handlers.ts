/**
 * What the bot does on Slack, as Bolt listeners: slash commands (private answer with a
 * "Share in channel" button), the Share and Show more buttons, mentions and DMs answered
 * in a thread, and the App Home tab. Every listener turns a failure into a short private
 * error for the user and a log line, never silence and never a crashed process.
 */
import type { AllMiddlewareArgs, App, BlockAction, ButtonAction, RespondArguments, SlackActionMiddlewareArgs, types } from '@slack/bolt';
import type { Answer, AnswerRoute } from '../core/answer.js';
import type { Logger } from '../core/log.js';
import type { Pipeline } from '../core/pipeline.js';
import { publicView } from '../core/privacy.js';
import type { BotRequest } from '../core/request.js';
import { buildHomeView } from './home.js';
import { commandText, messageText } from './incoming.js';
import type { SlackMessage } from './limits.js';
import { ACTION_MORE, ACTION_SHARE, decodePayload, type ButtonPayload } from './payload.js';
import { isShareable, renderAnswer, renderError, type RenderOptions } from './render.js';
import type { Responder } from './respond.js';

export interface HandlerDeps {
  pipeline: Pipeline;
  privateFields: readonly string[];
  logger: Logger;
  respond: Responder;
}

/** Just the message fields: render metadata (page counts) stays out of what Slack receives. */
function wire(message: SlackMessage): { text: string; blocks: SlackMessage['blocks'] } {
  return { text: message.text, blocks: message.blocks };
}

// Bolt's block types are a superset of ours; checkSlackMessage is what vouches for the shape.
const asRespond = (body: object) => body as unknown as RespondArguments;
const asBlocks = (blocks: SlackMessage['blocks']) => blocks as unknown as types.KnownBlock[];

const BUTTON_EXPIRED = 'That button is from an older message and cannot be used any more. Please ask again.';

/** Fields of message and app_mention events we read; Slack's event union is wider than we need. */
interface IncomingMessage {
  type: string;
  subtype?: string;
  channel?: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts?: string;
  thread_ts?: string;
  edited?: unknown;
  hidden?: boolean;
}

export function registerHandlers(app: App, deps: HandlerDeps): void {
  const { pipeline, privateFields, logger, respond } = deps;

  const answerFor = (request: BotRequest): Answer => pipeline.handle(request).answer;

  // Slash commands: answered in the ack itself (one round trip, well inside 3 s, works in
  // channels the bot has not joined), ephemeral, with a Share button. One listener serves
  // every registry command (Bolt runs each listener's matcher on every request), and any
  // other command a workspace routes here gets the bot's "there is no /x command" answer
  // instead of a Slack timeout.
  app.command(/^\/./, async ({ command: body, ack }) => {
    const name = body.command.replace(/^\//, '');
    let message: SlackMessage;
    try {
      const answer = answerFor({ platform: 'slack', command: name, text: commandText(body.text), userId: body.user_id, tenantId: body.team_id });
      message = renderAnswer(answer, { visibility: 'private', share: true });
    } catch (error) {
      logger.error('slack_command_failed', { command: name, error });
      message = renderError();
    }
    await ack(asRespond({ response_type: 'ephemeral', ...wire(message) }));
  });

  /** Re-runs the query a button carries, for the user who clicked. */
  const rerun = (payload: ButtonPayload, body: BlockAction): Answer => {
    const answer = answerFor({ platform: 'slack', command: payload.command, text: payload.query, userId: body.user.id, tenantId: body.team?.id });
    return payload.public ? publicView(answer, privateFields) : answer;
  };
  const routeOf = (payload: ButtonPayload): AnswerRoute => ({ command: payload.command, query: payload.query });

  type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;
  const buttonListener =
    (label: string, handle: (payload: ButtonPayload, body: BlockAction) => Promise<void>) =>
    async ({ ack, body, action }: ButtonArgs) => {
      await ack();
      const url = body.response_url;
      try {
        const payload = decodePayload(action.value);
        if (!payload) {
          if (url) await respond(url, { response_type: 'ephemeral', replace_original: false, ...wire(renderError(BUTTON_EXPIRED)) });
          return;
        }
        await handle(payload, body);
      } catch (error) {
        logger.error('slack_action_failed', { action: label, error });
        if (url) {
          await respond(url, { response_type: 'ephemeral', replace_original: false, ...wire(renderError()) }).catch((again) =>
            logger.error('slack_error_reply_failed', { action: label, error: again }),
          );
        }
      }
    };

  // Share: the same answer, re-run and made public, posted into the channel through the
  // response_url (the bot need not be a member), then the private copy is deleted.
  const share = async (payload: ButtonPayload, body: BlockAction) => {
    const answer = rerun({ ...payload, public: true }, body);
    if (!isShareable(answer)) {
      // Re-running can now be refused (rate limit) or fail: that goes to the clicker, not the channel.
      await respond(body.response_url, { response_type: 'ephemeral', replace_original: false, ...wire(renderAnswer(answer, { visibility: 'private' })) });
      return;
    }
    const options: RenderOptions = { visibility: 'public', page: payload.page, sharedBy: body.user.id, route: routeOf(payload) };
    await respond(body.response_url, { response_type: 'in_channel', replace_original: false, ...wire(renderAnswer(answer, options)) });
    // The share went out; failing to tidy up the private copy is not worth an error message.
    await respond(body.response_url, { delete_original: true }).catch((error) => logger.warn('slack_delete_original_failed', { error }));
  };

  // Show more: the next page. A private message (ephemeral or DM) is replaced in place; on a
  // public message only the clicker gets the next page, privately, so the channel is not spammed.
  const more = async (payload: ButtonPayload, body: BlockAction) => {
    const answer = rerun(payload, body);
    const ephemeral = (body.container as { is_ephemeral?: boolean } | undefined)?.is_ephemeral === true;
    const rendered = renderAnswer(answer, {
      visibility: payload.public ? 'public' : 'private',
      share: !payload.public && ephemeral,
      page: payload.page,
      route: routeOf(payload),
    });
    if (payload.public) await respond(body.response_url, { response_type: 'ephemeral', replace_original: false, ...wire(rendered) });
    else await respond(body.response_url, { ...(ephemeral ? { response_type: 'ephemeral' as const } : {}), replace_original: true, ...wire(rendered) });
  };

  const onShare = buttonListener('share', share);
  const onMore = buttonListener('more', more);
  app.action<BlockAction<ButtonAction>>(new RegExp(`^(${ACTION_SHARE}|${ACTION_MORE})$`), (args) =>
    args.action.action_id === ACTION_SHARE ? onShare(args) : onMore(args),
  );

  /** Mentions and DMs: free text through the same pipeline, answered in a thread. */
  const converse = async (event: IncomingMessage, args: AllMiddlewareArgs & { body: { team_id?: string } }, where: 'dm' | 'channel') => {
    const { client, context } = args;
    const channel = event.channel;
    if (!channel) return;
    const thread_ts = event.thread_ts ?? event.ts;
    try {
      const text = messageText(event.text, context.botUserId);
      const answer = answerFor({ platform: 'slack', command: null, text, userId: event.user, tenantId: args.body.team_id });
      if (where === 'channel' && answer.kind === 'refusal') {
        // "Too long", "slow down", "not allowed here" concern the asker only, not the channel.
        const note = renderAnswer(answer, { visibility: 'private' });
        await client.chat.postEphemeral({ channel, user: event.user!, thread_ts, text: note.text, blocks: asBlocks(note.blocks) });
        return;
      }
      const rendered =
        where === 'dm'
          ? renderAnswer(answer, { visibility: 'private' })
          : renderAnswer(publicView(answer, privateFields), { visibility: 'public' });
      await client.chat.postMessage({ channel, thread_ts, text: rendered.text, blocks: asBlocks(rendered.blocks), unfurl_links: false, unfurl_media: false });
    } catch (error) {
      logger.error('slack_message_failed', { where, error });
      const sorry = renderError();
      try {
        if (where === 'dm') await client.chat.postMessage({ channel, thread_ts, text: sorry.text, blocks: asBlocks(sorry.blocks) });
        else if (event.user) await client.chat.postEphemeral({ channel, user: event.user, thread_ts, text: sorry.text, blocks: asBlocks(sorry.blocks) });
      } catch (again) {
        logger.error('slack_error_reply_failed', { where, error: again });
      }
    }
  };

  /** Never answer a bot (ourselves included), an edit, a join or any other non-human message: no loops. */
  const isHumanMessage = (event: IncomingMessage, botUserId: string | undefined): boolean =>
    !event.subtype && !event.bot_id && !event.hidden && !event.edited && typeof event.user === 'string' && event.user !== botUserId;

  const home = async (event: { user: string; tab?: string }, client: AllMiddlewareArgs['client']) => {
    if (event.tab !== undefined && event.tab !== 'home') return;
    try {
      const view = buildHomeView(pipeline.bot, privateFields);
      await client.views.publish({ user_id: event.user, view: view as unknown as Parameters<typeof client.views.publish>[0]['view'] });
    } catch (error) {
      logger.error('slack_home_failed', { error });
    }
  };

  // One listener for the three events we subscribe to (see BOT_EVENTS in manifest.ts).
  app.event(/^(app_mention|message|app_home_opened)$/, async (args) => {
    const event = args.event as IncomingMessage;
    const botUserId = args.context.botUserId;
    switch (event.type) {
      case 'app_home_opened':
        return home(args.event as unknown as { user: string; tab?: string }, args.client);
      case 'app_mention':
        // A mention inside a DM also arrives as message.im; answer it once, there.
        if (!isHumanMessage(event, botUserId) || event.channel?.startsWith('D')) return;
        return converse(event, args as typeof args & { body: { team_id?: string } }, 'channel');
      case 'message':
        if (event.channel_type !== 'im' || !isHumanMessage(event, botUserId)) return;
        return converse(event, args as typeof args & { body: { team_id?: string } }, 'dm');
      default:
        return;
    }
  });
}
