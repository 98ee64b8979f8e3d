/**
 * Conversation: an @mention in a server channel or any DM is a question; the reply goes to
 * that message. Bots (this one included) are never answered, so two bots cannot loop.
 */
import { MessageType } from 'discord-api-types/v10';
import type { Logger } from '../core/log.js';
import type { Pipeline } from '../core/pipeline.js';
import type { BotRequest } from '../model/request.js';
import type { AttachmentSource } from '../platform/attachments.js';
import { withFiles } from './interactions.js';
import { notice, renderAnswer, toBodies, type MessageBody } from './render.js';

/** The parts of a MESSAGE_CREATE dispatch this bot reads. */
export interface MessagePayload {
  id?: string;
  channel_id?: string;
  guild_id?: string;
  content?: string;
  webhook_id?: string;
  type?: number;
  author?: { id?: string; bot?: boolean; system?: boolean };
  mentions?: Array<{ id?: string }>;
}

export interface MessageContext {
  pipeline: Pipeline;
  logger: Logger;
  /**
   * Users already told, in a server channel, that they are over the rate limit. A reply there
   * is public, so a burst of mentions gets one notice, not one per mention (that would let
   * anyone make the bot flood a channel). Cleared once the user is answered again.
   */
  toldRateLimited?: Set<string>;
  /** The files answers carry (the timeline picture, the CV); absent: answers go without them. */
  attachments?: AttachmentSource;
}

/** Bounds the memory of told users; the oldest are forgotten first. */
const MAX_TOLD = 10_000;

/** False when this user was already told about the limit and is still over it: stay quiet. */
function shouldReply(ctx: MessageContext, userId: string, rateLimited: boolean): boolean {
  const told = ctx.toldRateLimited;
  if (!told) return true;
  if (!rateLimited) {
    told.delete(userId);
    return true;
  }
  if (told.has(userId)) return false;
  if (told.size >= MAX_TOLD) told.delete(told.values().next().value!);
  told.add(userId);
  return true;
}

/** Joins, pins, boosts and the like are not questions. */
const USER_MESSAGE_TYPES = new Set<number>([MessageType.Default, MessageType.Reply]);

/** What the user asked, with every mention of the bot taken out; null when the message is not for the bot. */
export function questionOf(message: MessagePayload, botUserId: string | undefined): string | null {
  const author = message.author;
  if (!author?.id || author.bot || author.system || message.webhook_id) return null;
  if (botUserId && author.id === botUserId) return null;
  if (message.type !== undefined && !USER_MESSAGE_TYPES.has(message.type)) return null;
  const content = message.content ?? '';
  const isDm = !message.guild_id;
  if (!isDm) {
    if (!botUserId) return null;
    const mentioned =
      (message.mentions ?? []).some((u) => u.id === botUserId) ||
      content.includes(`<@${botUserId}>`) ||
      content.includes(`<@!${botUserId}>`);
    if (!mentioned) return null;
  }
  const text = botUserId ? content.replaceAll(`<@${botUserId}>`, ' ').replaceAll(`<@!${botUserId}>`, ' ') : content;
  return text.replace(/\s+/g, ' ').trim();
}

/** Replies (the first one referencing the question) or null when the message is not for the bot. */
export async function replyToMessage(
  message: MessagePayload,
  botUserId: string | undefined,
  ctx: MessageContext,
): Promise<MessageBody[] | null> {
  const text = questionOf(message, botUserId);
  if (text === null || !message.id || !message.channel_id) return null;
  const reference: NonNullable<MessageBody['message_reference']> = {
    message_id: message.id,
    channel_id: message.channel_id,
    // The question may have been deleted by the time we answer; post anyway.
    fail_if_not_exists: false,
  };
  if (message.guild_id) reference.guild_id = message.guild_id;

  let bodies: MessageBody[];
  try {
    // A server channel is public; a DM is as private as an ephemeral reply.
    // Other users mentioned (<@id>) name people a directory may know (meta.chat.discord); as text they are noise.
    const mentions = [...new Set([...text.matchAll(/<@!?(\d+)>/g)].map((m) => m[1]!))];
    const request: BotRequest = {
      platform: 'discord',
      audience: message.guild_id ? 'public' : 'private',
      command: null,
      text: mentions.length
        ? text
            .replace(/<@!?\d+>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim()
        : text,
      ...(mentions.length ? { mentions } : {}),
      userId: message.author!.id!,
      // A thread and a DM are channels of their own; in a plain channel the key's user keeps askers apart.
      conversation: `channel:${message.channel_id}`,
    };
    if (message.guild_id) request.tenantId = message.guild_id;
    const { answer, outcome } = await ctx.pipeline.handle(request);
    if (message.guild_id && !shouldReply(ctx, request.userId!, outcome === 'rate_limited')) {
      ctx.logger.debug('discord_rate_limit_notice_skipped', {});
      return null;
    }
    bodies = toBodies(renderAnswer(answer));
    bodies[0] = (await withFiles(bodies[0]!, answer, ctx)) ?? bodies[0]!;
  } catch (error) {
    ctx.logger.error('discord_message_failed', { error });
    // A message names no language (only interactions do): LOCALE's words.
    bodies = [notice(ctx.pipeline.bot.messages({}).t('discord.error'))];
  }
  bodies[0] = { ...bodies[0]!, message_reference: reference };
  return bodies;
}
