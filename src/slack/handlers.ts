/**
 * What the bot does on Slack: slash commands (private answer with a "Share in channel"
 * button), the Share and Show more buttons, mentions and DMs answered in a thread, and the
 * App Home tab. Every handler turns a failure into a short private error for the user and a
 * log line, never silence and never a crashed process.
 *
 * The handlers are one Bolt global middleware (app.use) that routes on the kind of payload
 * Bolt has parsed (a command, an action, an event), not one listener each: Bolt runs every
 * listener's matcher chain on every request, which cost a slash command some 25-45 µs of CPU
 * more than routing here (measured through App.processEvent, beside a bare one-listener app).
 * A payload it does not handle goes on to Bolt's listeners, so nothing is swallowed.
 */
import type {
  AllMiddlewareArgs,
  AnyMiddlewareArgs,
  BlockAction,
  ButtonAction,
  Context,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackEventMiddlewareArgs,
  Middleware,
  types,
} from '@slack/bolt';
import type { UserLocales } from './locale.js';
import { messagesFor } from '../i18n/catalogue.js';
import type { Answer, AnswerRoute } from '../model/answer.js';
import type { AttachedFile, AttachmentSource } from '../platform/attachments.js';
import type { Logger } from '../core/log.js';
import type { Pipeline } from '../core/pipeline.js';
import type { BotRequest } from '../model/request.js';
import type { Deduplicator } from '../core/dedup.js';
import type { Drain } from '../platform/drain.js';
import { isFirstDelivery } from './events.js';
import { buildHomeView, unavailableHomeView } from './home.js';
import { commandText, mentionedUsers, messageText } from './incoming.js';
import type { SlackMessage } from './limits.js';
import { ACTION_MORE, ACTION_SHARE, decodePayload, type ButtonPayload } from './payload.js';
import { isShareable, renderAnswer, renderError, type RenderOptions } from './render.js';
import { ResponseUrlError, type Responder } from './respond.js';

export interface HandlerDeps {
  pipeline: Pipeline;
  /** Every listener's work is counted here, so that stop() lets it finish. */
  drain: Drain;
  logger: Logger;
  respond: Responder;
  /** Remembers which events were taken, so a retried delivery is answered once. */
  events: Deduplicator;
  /** The files answers carry (the timeline picture, the CV); absent: text only. */
  attachments?: AttachmentSource;
  /**
   * Where Slack can fetch them (HTTP mode with PUBLIC_URL): pictures in image blocks, downloads
   * as links. Absent (Socket Mode): a private answer keeps its text, and the files are uploaded
   * (files:write) where the answer is posted for others (shared, a channel thread) or in a DM.
   */
  publicUrl?: string;
  /** Each user's language (users.info, cached); absent: answers in LOCALE. */
  locales?: UserLocales;
}

/** An attached file, with the URL Slack fetches it from; null where it must be uploaded instead. */
type Carried = AttachedFile & { url: string | null };
const NO_FILES: readonly Carried[] = [];

/** Just the message fields: render metadata (page counts) stays out of what Slack receives. */
function wire(message: SlackMessage): { text: string; blocks: SlackMessage['blocks'] } {
  return { text: message.text, blocks: message.blocks };
}

/** Fields of message and app_mention events we read; Slack's event union is wider than we need. */
interface IncomingMessage {
  type: string;
  subtype?: string;
  channel?: string;
  channel_type?: string;
  user?: string;
  /** The sender's own workspace (Slack Connect). */
  user_team?: string;
  bot_id?: string;
  text?: string;
  ts?: string;
  thread_ts?: string;
  edited?: unknown;
  hidden?: boolean;
}

/**
 * An event the app caused itself, by Bolt's own ignoreSelf rules: its bot's message, or anything its
 * bot user did. Checked here instead of by Bolt, so that a slash command passes one middleware less.
 */
function isOwnEvent(event: { type: string; user?: unknown; subtype?: unknown; bot_id?: unknown }, context: Context): boolean {
  if (event.type === 'message' && event.subtype === 'bot_message' && event.bot_id === context.botId) return true;
  return context.botUserId !== undefined && event.user === context.botUserId;
}

/** A click on one of our buttons (Share, Show more) in a message. */
type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;
type HandlerArgs = AnyMiddlewareArgs & AllMiddlewareArgs;

const EVENTS = new Set(['app_mention', 'message', 'app_home_opened']);

function isButtonClick(args: HandlerArgs): args is ButtonArgs {
  if (!('action' in args) || args.body.type !== 'block_actions' || args.action.type !== 'button' || !('action_id' in args.action))
    return false;
  return args.action.action_id === ACTION_SHARE || args.action.action_id === ACTION_MORE;
}

export function slackHandlers(deps: HandlerDeps): Middleware<AnyMiddlewareArgs> {
  const { pipeline, logger, respond, events, drain } = deps;
  /** The files an answer carries, each with the URL Slack can fetch it from (or null). */
  const carried = async (answer: Answer): Promise<Carried[]> => {
    const source = deps.attachments;
    if (!answer.attachments?.length || !source) return [];
    const files = await Promise.all(answer.attachments.map((a) => source(answer, a)));
    return files.flatMap((f) => (f ? [{ ...f, url: deps.publicUrl ? `${deps.publicUrl}${f.path}` : null }] : []));
  };

  /**
   * The message for an answer and what it carries: a picture Slack can fetch in an image block,
   * a link to each download it can fetch; otherwise a private answer says how to get the file.
   */
  /** "Something went wrong", in LOCALE's words (the failure may come before the asker's language is known). */
  const failed = () => pipeline.bot.messages({}).t('slack.error');

  const render = (answer: Answer, files: readonly Carried[], options: RenderOptions, hint = false): ReturnType<typeof renderAnswer> => {
    // Most answers carry no file: nothing to add to them.
    if (files.length === 0) return renderAnswer(answer, options);
    const picture = files.find((f) => f.attachment.display === 'inline' && f.url);
    const links = files.flatMap((f) => (f.attachment.display === 'download' && f.url ? [{ label: f.attachment.label, url: f.url }] : []));
    const unlinked = files.some((f) => f.attachment.display === 'download' && !f.url);
    // A private answer whose file can only be uploaded, and only where others see it, says how to get it.
    const footer =
      unlinked && hint ? [answer.footer, messagesFor(answer.locale).t('slack.uploadHint')].filter(Boolean).join(' · ') : answer.footer;
    const shown: Answer = { ...answer, links: [...answer.links, ...links], ...(footer ? { footer } : {}) };
    return renderAnswer(shown, { ...options, picture: picture ? { url: picture.url!, alt: picture.attachment.label } : null });
  };

  /**
   * The files Slack cannot fetch, uploaded beside a posted answer (Slack's external upload:
   * files.getUploadURLExternal, the upload, files.completeUploadExternal, through the Web
   * client's uploadV2); pictures only where the answer is public (a DM's answer keeps its
   * text timeline). The answer itself is already posted: a failed upload (the bot not in the
   * channel) is logged, not reported as a failed share.
   */
  const upload = async (
    client: AllMiddlewareArgs['client'],
    answer: Answer,
    files: readonly Carried[],
    channel: string | undefined,
    options: { threadTs?: string; pictures: boolean },
  ) => {
    if (!channel) return;
    for (const file of files) {
      const { attachment } = file;
      if (file.url || (attachment.display === 'inline' && !options.pictures)) continue;
      try {
        const inline = attachment.display === 'inline';
        const sent = {
          channel_id: channel,
          file: file.bytes,
          filename: attachment.filename,
          // A picture is titled like its answer; a document says what kind of file it is.
          title: inline ? answer.title : `${answer.title} (${attachment.filename.split('.').pop()!.toUpperCase()})`,
          ...(inline ? { alt_text: attachment.label.slice(0, 1000) } : {}),
        };
        await client.files.uploadV2(options.threadTs ? { ...sent, thread_ts: options.threadTs } : sent);
      } catch (error) {
        logger.warn('slack_file_upload_failed', { filename: attachment.filename, error });
      }
    }
  };

  /**
   * The request in its asker's language. Looked up only for a workspace the bot serves: one
   * outside the allowlist gets its refusal without a call to Slack on its behalf.
   */
  const inLanguage = (request: BotRequest): BotRequest | Promise<BotRequest> => {
    const { locales } = deps;
    if (!locales || !request.userId || !pipeline.allows(request)) return request;
    // A user known already (nearly every request) is answered without a promise to wait for.
    const known = locales.known(request.tenantId, request.userId);
    if (known) return speaking(request, known.locale);
    return locales.of(request.tenantId, request.userId).then((locale) => speaking(request, locale));
  };
  /** The request is this handler's own literal: given its language in place, not copied. */
  const speaking = (request: BotRequest, locale: string | undefined): BotRequest => {
    if (locale) request.locale = locale;
    return request;
  };
  const answerFor = async (request: BotRequest): Promise<Answer> => {
    const located = inLanguage(request);
    return (await pipeline.handle(located instanceof Promise ? await located : located)).answer;
  };
  /** "Not available here", "slow down", "too long" and errors concern the asker only. */
  const isForAskerOnly = (answer: Answer): boolean => answer.kind === 'refusal' || answer.kind === 'error';

  // Slash commands: answered in the ack itself (one round trip, well inside 3 s, works in
  // channels the bot has not joined), ephemeral, with a Share button.
  const onCommand = async ({ command: body, ack }: SlackCommandMiddlewareArgs): Promise<void> => {
    const name = body.command.replace(/^\//, '');
    let message: SlackMessage;
    try {
      const mentions = mentionedUsers(body.text);
      const answer = await answerFor({
        platform: 'slack',
        audience: 'private',
        command: name,
        text: commandText(body.text),
        userId: body.user_id,
        // With "escape users" on, a slash command's text carries <@U…> for a mentioned user.
        ...(mentions.length ? { mentions } : {}),
        tenantId: body.team_id,
        ...(typeof body.user_team === 'string' ? { userTenantId: body.user_team } : {}),
        // Slash commands have no thread: each user's commands in a channel are one conversation.
        ...(body.channel_id ? { conversation: `channel:${body.channel_id}` } : {}),
      });
      // Most answers carry no file: no promise to wait for.
      const files = answer.attachments?.length ? await carried(answer) : NO_FILES;
      message = render(answer, files, { visibility: 'private', share: true }, true);
    } catch (error) {
      logger.error('slack_command_failed', { command: name, error });
      message = renderError(failed());
    }
    await ack({ response_type: 'ephemeral', ...wire(message) });
  };

  /** Re-runs the query a button carries, for the user who clicked; a public message's button gets a public answer. */
  const rerun = (payload: ButtonPayload, body: BlockAction): Promise<Answer> =>
    answerFor({
      platform: 'slack',
      audience: payload.public ? 'public' : 'private',
      command: payload.command,
      text: payload.query,
      userId: body.user.id,
      tenantId: body.team?.id,
      // The clicker's own workspace: another organisation's for a Slack Connect user.
      ...(body.user.team_id ? { userTenantId: body.user.team_id } : {}),
    });
  const routeOf = (payload: ButtonPayload): AnswerRoute => ({ command: payload.command, query: payload.query });

  /**
   * Tells the clicker, privately, that their click did not work: through the response_url,
   * unless that URL is what failed (expired: 404 after 30 minutes or 5 uses; or hanging), then
   * with chat.postEphemeral, which reaches them wherever the bot is a member (its DM, channels
   * it was invited to). Where neither works there is no one to tell: the log line remains.
   */
  const tellClicker = async (client: ButtonArgs['client'], body: BlockAction, message: SlackMessage, label: string, urlFailed: boolean) => {
    if (body.response_url && !urlFailed) {
      try {
        await respond(body.response_url, { response_type: 'ephemeral', replace_original: false, ...wire(message) });
        return;
      } catch (error) {
        logger.error('slack_error_reply_failed', { action: label, via: 'response_url', error });
      }
    }
    const channel = body.channel?.id ?? body.container?.channel_id;
    if (typeof channel !== 'string') return;
    const thread_ts = typeof body.container?.thread_ts === 'string' ? body.container.thread_ts : undefined;
    try {
      await client.chat.postEphemeral({
        channel,
        user: body.user.id,
        ...(thread_ts ? { thread_ts } : {}),
        text: message.text,
        blocks: message.blocks,
      });
    } catch (error) {
      logger.error('slack_error_reply_failed', { action: label, via: 'chat.postEphemeral', error });
    }
  };

  const buttonListener =
    (label: string, handle: (payload: ButtonPayload, body: BlockAction, client: ButtonArgs['client']) => Promise<void>) =>
    async ({ ack, body, action, client }: ButtonArgs) => {
      await ack();
      try {
        const payload = decodePayload(action.value);
        // LOCALE's words: a dead button is no reason to ask Slack for the clicker's language.
        const expired = () => renderError(pipeline.bot.messages({}).t('slack.buttonExpired'));
        if (!payload) return await tellClicker(client, body, expired(), label, false);
        await handle(payload, body, client);
      } catch (error) {
        logger.error('slack_action_failed', { action: label, error });
        const urlFailed = error instanceof ResponseUrlError;
        const expired = urlFailed && error.status === 404;
        await tellClicker(
          client,
          body,
          renderError(expired ? pipeline.bot.messages({}).t('slack.buttonExpired') : failed()),
          label,
          urlFailed,
        );
      }
    };

  // Share: the same answer, re-run and made public, posted into the channel through the
  // response_url (the bot need not be a member), then the private copy is deleted.
  const share = async (payload: ButtonPayload, body: BlockAction, client: ButtonArgs['client']) => {
    const answer = await rerun({ ...payload, public: true }, body);
    if (!isShareable(answer)) {
      // Re-running can now be refused (rate limit) or fail: that goes to the clicker, not the channel.
      await respond(body.response_url, {
        response_type: 'ephemeral',
        replace_original: false,
        ...wire(renderAnswer(answer, { visibility: 'private' })),
      });
      return;
    }
    const files = await carried(answer);
    const options: RenderOptions = { visibility: 'public', page: payload.page, sharedBy: body.user.id, route: routeOf(payload) };
    await respond(body.response_url, { response_type: 'in_channel', replace_original: false, ...wire(render(answer, files, options)) });
    if (payload.page <= 1) await upload(client, answer, files, body.channel?.id ?? body.container?.channel_id, { pictures: true });
    // The share went out; failing to tidy up the private copy is not worth an error message.
    await respond(body.response_url, { delete_original: true }).catch((error) => logger.warn('slack_delete_original_failed', { error }));
  };

  // Show more: the next page. A private message (ephemeral or DM) is replaced in place; on a
  // public message only the clicker gets the next page, privately, so the channel is not spammed.
  const more = async (payload: ButtonPayload, body: BlockAction) => {
    const answer = await rerun(payload, body);
    if (isForAskerOnly(answer)) {
      // A refusal (rate limit, access) is said next to the page the user has, never over it.
      await respond(body.response_url, {
        response_type: 'ephemeral',
        replace_original: false,
        ...wire(renderAnswer(answer, { visibility: 'private' })),
      });
      return;
    }
    const ephemeral = (body.container as { is_ephemeral?: boolean } | undefined)?.is_ephemeral === true;
    const rendered = render(
      answer,
      await carried(answer),
      {
        visibility: payload.public ? 'public' : 'private',
        share: !payload.public && ephemeral,
        page: payload.page,
        route: routeOf(payload),
      },
      !payload.public,
    );
    if (payload.public) await respond(body.response_url, { response_type: 'ephemeral', replace_original: false, ...wire(rendered) });
    else
      await respond(body.response_url, {
        ...(ephemeral ? { response_type: 'ephemeral' as const } : {}),
        replace_original: true,
        ...wire(rendered),
      });
  };

  const onShare = buttonListener('share', share);
  const onMore = buttonListener('more', more);

  /** Mentions and DMs: free text through the same pipeline, answered in a thread. */
  const converse = async (event: IncomingMessage, args: AllMiddlewareArgs & { body: { team_id?: string } }, where: 'dm' | 'channel') => {
    const { client, context } = args;
    const channel = event.channel;
    const user = event.user;
    if (!channel || !user) return;
    const thread_ts = event.thread_ts ?? event.ts;
    const post = (m: SlackMessage) =>
      client.chat.postMessage({ channel, thread_ts, text: m.text, blocks: m.blocks, unfurl_links: false, unfurl_media: false });
    const whisper = (m: SlackMessage) => client.chat.postEphemeral({ channel, user, thread_ts, text: m.text, blocks: m.blocks });

    // In a channel only a real answer is posted for everyone; a refusal or an error goes to the asker alone.
    let message: SlackMessage;
    let privately: boolean;
    let shown: { answer: Answer; files: Carried[] } | null = null;
    try {
      const text = messageText(event.text, context.botUserId);
      const mentions = mentionedUsers(event.text, context.botUserId);
      // A channel thread is public: the answer comes back without private fields.
      const audience = where === 'channel' ? 'public' : 'private';
      const answer = await answerFor({
        platform: 'slack',
        audience,
        command: null,
        text,
        userId: user,
        ...(mentions.length ? { mentions } : {}),
        tenantId: args.body.team_id,
        ...(event.user_team ? { userTenantId: event.user_team } : {}),
        // A DM is one conversation, threads in it too; in a channel, the thread the answer goes to.
        conversation: where === 'dm' ? `dm:${channel}` : `thread:${channel}:${thread_ts}`,
      });
      privately = where === 'channel' && isForAskerOnly(answer);
      shown = { answer, files: await carried(answer) };
      message = render(answer, shown.files, { visibility: where === 'channel' && !privately ? 'public' : 'private' });
    } catch (error) {
      logger.error('slack_message_failed', { where, error });
      message = renderError(failed());
      privately = where === 'channel';
    }
    try {
      await (privately ? whisper(message) : post(message));
      // The reply is posted by the bot (a channel thread, a DM): what no URL could show goes up beside it.
      if (shown && !privately)
        await upload(client, shown.answer, shown.files, channel, { threadTs: thread_ts, pictures: where === 'channel' });
    } catch (error) {
      // Slack refused the reply or kept failing past the client's retries (5xx, 429s). The
      // asker is told through the other call when that one still works; posting the same
      // way again would only fail again.
      logger.error('slack_message_failed', { where, error });
      if (privately) return;
      await whisper(renderError(failed())).catch((again: unknown) => logger.error('slack_error_reply_failed', { where, error: again }));
    }
  };

  /** Never answer a bot (ourselves included), an edit, a join or any other non-human message: no loops. */
  const isHumanMessage = (event: IncomingMessage, botUserId: string | undefined): boolean =>
    !event.subtype && !event.bot_id && !event.hidden && !event.edited && typeof event.user === 'string' && event.user !== botUserId;

  const home = async (event: types.AppHomeOpenedEvent, teamId: string | undefined, client: AllMiddlewareArgs['client']) => {
    if (event.tab !== undefined && event.tab !== 'home') return;
    try {
      // Opening a tab is not a question (no rate limit, no request log line); the workspace
      // allowlist holds all the same. A workspace outside it sees the same polite refusal as
      // everywhere else instead of a blank or stale tab.
      const allowed = pipeline.allows({ platform: 'slack', tenantId: teamId });
      // The viewer's language is looked up only for a workspace the bot serves (as for a question).
      const locale = allowed && deps.locales ? await deps.locales.of(teamId, event.user) : undefined;
      const view = allowed ? buildHomeView(pipeline, teamId, event.user, locale) : unavailableHomeView();
      await client.views.publish({ user_id: event.user, view });
    } catch (error) {
      logger.error('slack_home_failed', { error });
    }
  };

  // The three events we subscribe to (see BOT_EVENTS in manifest.ts).
  const onEvent = async (args: SlackEventMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    // Checked here, inside the handler work stop() waits for, rather than in a middleware before it.
    if (!(await isFirstDelivery(events, args.body, args.context.retryNum, logger))) return;
    const { event, body } = args;
    const botUserId = args.context.botUserId;
    switch (event.type) {
      case 'app_home_opened':
        return home(event, body.team_id, args.client);
      case 'app_mention': {
        const mention: IncomingMessage = event;
        // A mention inside a DM also arrives as message.im; answer it once, there.
        if (!isHumanMessage(mention, botUserId) || mention.channel?.startsWith('D')) return;
        return converse(mention, args, 'channel');
      }
      case 'message': {
        const message: IncomingMessage = event;
        if (message.channel_type !== 'im' || !isHumanMessage(message, botUserId)) return;
        return converse(message, args, 'dm');
      }
      default:
        return;
    }
  };
  return (args) => {
    // Every slash command: any command a workspace routes here gets the bot's "there is no /x
    // command" answer rather than a Slack timeout.
    if ('command' in args) return drain.track(onCommand(args));
    if (isButtonClick(args)) return drain.track(args.action.action_id === ACTION_SHARE ? onShare(args) : onMore(args));
    if ('event' in args && EVENTS.has(args.event.type)) {
      // The app's own events are dropped first, as Bolt's ignoreSelf would (turned off in start.ts).
      if (isOwnEvent(args.event, args.context)) return Promise.resolve();
      return drain.track(onEvent(args));
    }
    return args.next();
  };
}
