/**
 * One function maps an interaction payload to Discord's response, for both transports:
 * the gateway (discord.js hands us the raw INTERACTION_CREATE) POSTs it to the callback
 * endpoint, the HTTP endpoint writes it as the response body. Follow-ups (later pages,
 * the public copy of a shared answer) go to the interaction webhook afterwards, which
 * needs no bot token, so HTTP-only deployments share answers too.
 */
import { messagesFor, type Messages } from '../i18n/catalogue.js';
import {
  ApplicationCommandOptionType,
  ButtonStyle,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  type APICommandAutocompleteInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import type { Answer } from '../model/answer.js';
import type { AttachmentSource } from '../platform/attachments.js';
import type { Logger } from '../core/log.js';
import type { Pipeline } from '../core/pipeline.js';
import type { BotRequest } from '../model/request.js';
import { PERSON_OPTION } from './commands.js';
import { parseCustomId, shareCustomId, type ShareStore } from './custom-id.js';
import { LIMITS } from './limits.js';
import { NO_MENTIONS, notice, renderAnswer, toBodies, withDownload, withPicture, type ButtonRow, type MessageBody } from './render.js';
import { modalCommand, modalFor, submittedText, type ModalResponse, type SubmittedComponent } from './modal.js';
import { truncate } from './text.js';

/**
 * The parts of an interaction payload this bot reads. Payloads arrive as untrusted JSON
 * on the HTTP transport, so every field is optional and checked where it is used.
 */
export interface InteractionPayload {
  id?: string;
  application_id?: string;
  type?: number;
  token?: string;
  guild_id?: string;
  channel_id?: string;
  member?: { user?: { id?: string } };
  user?: { id?: string };
  /** The clicking or typing user's language (Discord sends it on every interaction but PING). */
  locale?: string;
  data?: {
    name?: string;
    custom_id?: string;
    options?: Array<{ name?: string; type?: number; value?: unknown; focused?: boolean }>;
    /** A modal submission's inputs. */
    components?: SubmittedComponent[];
  };
}

/** Discord's interaction callbacks this bot answers with (InteractionResponseType), each with its own data. */
export type InteractionResponse =
  | { type: InteractionResponseType.Pong }
  | { type: InteractionResponseType.ChannelMessageWithSource; data: MessageBody }
  | { type: InteractionResponseType.UpdateMessage; data: Partial<MessageBody> }
  | { type: InteractionResponseType.ApplicationCommandAutocompleteResult; data: APICommandAutocompleteInteractionResponseCallbackData }
  | ModalResponse;

export interface InteractionResult {
  response: InteractionResponse;
  /** Posted, in order, to the interaction webhook after the response. */
  followUps: MessageBody[];
  /** Replaces the message the button was on when a follow-up fails (the share did not happen). */
  onFollowUpFailure?: Partial<MessageBody>;
  /** The response again, with its picture attached: sent as an edit right after the response. */
  attach?: MessageBody;
}

/**
 * The body with what the answer carries: a picture as the first embed's image, each download
 * as a plain attachment after it. Null when it carries nothing this process can make.
 */
export async function withFiles(body: MessageBody, answer: Answer, ctx: { attachments?: AttachmentSource }): Promise<MessageBody | null> {
  const source = ctx.attachments;
  if (!answer.attachments?.length || !source) return null;
  let out: MessageBody | null = null;
  for (const file of await Promise.all(answer.attachments.map((a) => source(answer, a)))) {
    if (!file) continue;
    const { attachment, bytes } = file;
    out =
      attachment.display === 'inline'
        ? withPicture(out ?? body, { png: bytes, alt: attachment.label })
        : withDownload(out ?? body, {
            name: attachment.filename,
            data: bytes,
            contentType: attachment.contentType,
            description: `${attachment.label}: ${attachment.filename}`,
          });
  }
  return out;
}

export interface InteractionContext {
  pipeline: Pipeline;
  logger: Logger;
  shares: ShareStore;
  /** The files answers carry (the timeline picture, the CV); absent: answers go without them. */
  attachments?: AttachmentSource;
}

const SHAREABLE = new Set<Answer['kind']>(['result', 'list', 'help']);

function userOf(interaction: InteractionPayload): string | undefined {
  return interaction.member?.user?.id ?? interaction.user?.id;
}

function request(interaction: InteractionPayload, command: string, text: string, audience: BotRequest['audience']): BotRequest {
  const req: BotRequest = { platform: 'discord', audience, command, text };
  const person = personOption(interaction);
  if (person) req.person = person;
  // The asker's language: the answer is worded in it (a shared copy in the sharer's).
  if (typeof interaction.locale === 'string') req.locale = interaction.locale;
  const userId = userOf(interaction);
  if (userId) req.userId = userId;
  if (interaction.guild_id) req.tenantId = interaction.guild_id;
  // Slash commands in one channel (a thread, a DM) are one conversation per user.
  if (interaction.channel_id) req.conversation = `channel:${interaction.channel_id}`;
  return req;
}

function stringOption(interaction: InteractionPayload, focused: boolean): string {
  const options = interaction.data?.options ?? [];
  const option =
    (focused ? options.find((o) => o.focused) : undefined) ??
    options.find((o) => o.type === ApplicationCommandOptionType.String && typeof o.value === 'string' && o.name !== PERSON_OPTION);
  return typeof option?.value === 'string' ? option.value : '';
}

/** The `person` option (a directory of résumés): whose résumé the command asks, as chosen or typed. */
function personOption(interaction: InteractionPayload): string | undefined {
  const option = (interaction.data?.options ?? []).find((o) => o.name === PERSON_OPTION && typeof o.value === 'string');
  return typeof option?.value === 'string' && option.value.trim() ? option.value : undefined;
}

function shareButton(customId: string, label = messagesFor(undefined).t('render.share')): ButtonRow {
  return {
    type: ComponentType.ActionRow,
    components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: customId, emoji: { name: '📣' } }],
  };
}

/** The asker's words: Discord sends `locale` on every interaction; without one, LOCALE's. */
function wordsOf(interaction: InteractionPayload, ctx: InteractionContext): Messages {
  return ctx.pipeline.bot.messages(typeof interaction.locale === 'string' ? { locale: interaction.locale } : {});
}

/** A short private notice in the asker's language. */
function ephemeralNotice(
  interaction: InteractionPayload,
  ctx: InteractionContext,
  key: string,
  kind: Answer['kind'] = 'error',
): InteractionResult {
  const text = wordsOf(interaction, ctx).t(key);
  return {
    response: { type: InteractionResponseType.ChannelMessageWithSource, data: notice(text, { ephemeral: true, kind }) },
    followUps: [],
  };
}

async function answerCommand(interaction: InteractionPayload, ctx: InteractionContext): Promise<InteractionResult> {
  const name = interaction.data?.name;
  if (!name) return ephemeralNotice(interaction, ctx, 'discord.noName');
  const text = stringOption(interaction, false);
  // A command that reads a long text, asked without it: the text is asked for in a modal.
  const modal = text.trim()
    ? null
    : modalFor(
        ctx.pipeline.bot.commands.find((c) => c.data.name === name),
        wordsOf(interaction, ctx),
      );
  if (modal) return { response: modal, followUps: [] };
  return answerPrivately(interaction, name, text, ctx);
}

/** A modal's submission: the command it names, asked with the text typed in it, answered like that command. */
async function answerModal(interaction: InteractionPayload, ctx: InteractionContext): Promise<InteractionResult> {
  const name = modalCommand(interaction.data?.custom_id);
  if (!name) return ephemeralNotice(interaction, ctx, 'discord.staleForm', 'empty');
  return answerPrivately(interaction, name, submittedText(interaction.data?.components), ctx);
}

/** The private answer to a question, with its Share button and what it carries (sent as an edit). */
async function answerPrivately(
  interaction: InteractionPayload,
  name: string,
  text: string,
  ctx: InteractionContext,
): Promise<InteractionResult> {
  const { answer } = await ctx.pipeline.handle(request(interaction, name, text, 'private'));
  const route = answer.route;
  // Sharing needs a channel people can see (not a DM) and an answer worth showing.
  const components =
    interaction.guild_id && route?.command && SHAREABLE.has(answer.kind)
      ? [
          shareButton(
            await shareCustomId({ command: route.command, query: route.query }, ctx.shares),
            messagesFor(answer.locale).t('render.share'),
          ),
        ]
      : undefined;
  const bodies = toBodies(renderAnswer(answer), { ephemeral: true, components });
  const attach = await withFiles(bodies[0]!, answer, ctx);
  return {
    response: { type: InteractionResponseType.ChannelMessageWithSource, data: bodies[0]! },
    followUps: bodies.slice(1),
    ...(attach ? { attach } : {}),
  };
}

function answerAutocomplete(interaction: InteractionPayload, ctx: InteractionContext): InteractionResult {
  const focused = (interaction.data?.options ?? []).find((o) => o.focused);
  // The person option completes from the directory's names, whatever the command.
  const name = focused?.name === PERSON_OPTION ? PERSON_OPTION : (interaction.data?.name ?? '');
  const seen = new Set<string>();
  const choices: Array<{ name: string; value: string }> = [];
  // The tenant lets the pipeline's allowlist hold here too: a server outside DISCORD_ALLOWED_GUILDS
  // (or a DM while the list is set) must not learn company or skill names from suggestions.
  const tenant = { platform: 'discord' as const, ...(interaction.guild_id ? { tenantId: interaction.guild_id } : {}) };
  for (const suggestion of ctx.pipeline.complete(name, stringOption(interaction, true), LIMITS.autocompleteChoices, tenant)) {
    const value = truncate(suggestion.trim(), LIMITS.choiceValue);
    if (!value || seen.has(value)) continue;
    seen.add(value);
    choices.push({ name: truncate(suggestion.trim(), LIMITS.choiceName), value });
    if (choices.length === LIMITS.autocompleteChoices) break;
  }
  return { response: { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } }, followUps: [] };
}

async function answerComponent(interaction: InteractionPayload, ctx: InteractionContext): Promise<InteractionResult> {
  const parsed = await parseCustomId(interaction.data?.custom_id ?? '', ctx.shares);
  if (parsed.action === 'expired') return ephemeralNotice(interaction, ctx, 'discord.shareExpired', 'empty');
  if (parsed.action === 'unknown') return ephemeralNotice(interaction, ctx, 'discord.staleButton', 'empty');
  if (!interaction.guild_id) return ephemeralNotice(interaction, ctx, 'discord.noChannel', 'empty');

  // Shared into the channel: asked for a public audience, so the answer comes without private fields.
  const { answer } = await ctx.pipeline.handle(request(interaction, parsed.route.command, parsed.route.query, 'public'));
  if (!SHAREABLE.has(answer.kind)) {
    // A refusal (rate limit, access) or an error now: tell the clicker privately, post nothing.
    return {
      response: { type: InteractionResponseType.ChannelMessageWithSource, data: toBodies(renderAnswer(answer), { ephemeral: true })[0]! },
      followUps: [],
    };
  }
  const user = userOf(interaction);
  const said = messagesFor(answer.locale);
  const lead = user && /^\d+$/.test(user) ? said.t('render.sharedBy', { user: `<@${user}>` }) : said.t('render.shared');
  const followUps = toBodies(renderAnswer(answer), { lead });
  followUps[0] = (await withFiles(followUps[0]!, answer, ctx)) ?? followUps[0]!;
  return {
    response: {
      type: InteractionResponseType.UpdateMessage,
      data: { content: said.t('render.sharedDone'), components: [], allowed_mentions: NO_MENTIONS },
    },
    followUps,
    onFollowUpFailure: {
      content: said.t('discord.shareFailed'),
      components: [shareButton(interaction.data?.custom_id ?? '', said.t('discord.shareAgain'))],
      allowed_mentions: NO_MENTIONS,
    },
  };
}

/** The response to one interaction; never rejects (a failure becomes a short private error). */
export async function respondToInteraction(interaction: InteractionPayload, ctx: InteractionContext): Promise<InteractionResult> {
  try {
    switch (interaction.type) {
      case InteractionType.Ping:
        return { response: { type: InteractionResponseType.Pong }, followUps: [] };
      case InteractionType.ApplicationCommand:
        return await answerCommand(interaction, ctx);
      case InteractionType.ApplicationCommandAutocomplete:
        return answerAutocomplete(interaction, ctx);
      case InteractionType.MessageComponent:
        return await answerComponent(interaction, ctx);
      case InteractionType.ModalSubmit:
        return await answerModal(interaction, ctx);
      default:
        return ephemeralNotice(interaction, ctx, 'discord.unsupported', 'empty');
    }
  } catch (error) {
    ctx.logger.error('discord_interaction_failed', { interactionType: interaction.type, command: interaction.data?.name, error });
    if (interaction.type === InteractionType.ApplicationCommandAutocomplete)
      return { response: { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } }, followUps: [] };
    return ephemeralNotice(interaction, ctx, 'discord.error');
  }
}
