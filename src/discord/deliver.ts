/**
 * Everything this bot sends to Discord goes through discord.js's REST client (@discordjs/rest),
 * which handles rate limits, retries and the API base from DISCORD_API_URL. Interaction
 * callbacks and webhooks are authenticated by the interaction token in the URL, so they
 * work without a bot token (HTTP-interactions-only deployments).
 */
import type { RawFile, REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import type { Logger } from '../core/log.js';
import type { InteractionPayload, InteractionResponse, InteractionResult } from './interactions.js';
import type { MessageBody } from './render.js';

export interface DiscordSender {
  callback(interactionId: string, token: string, response: InteractionResponse): Promise<void>;
  followUp(applicationId: string, token: string, body: MessageBody): Promise<void>;
  editOriginal(applicationId: string, token: string, body: Partial<MessageBody>): Promise<void>;
  createMessage(channelId: string, body: MessageBody): Promise<void>;
}

/** The JSON part and the files of a body: files go as multipart parts (payload_json + files[n]). */
function split(body: Partial<MessageBody>): { body: Partial<MessageBody>; files?: RawFile[] } {
  const { files, ...json } = body;
  return files?.length
    ? { body: json, files: files.map((f) => ({ name: f.name, data: f.data, contentType: f.contentType })) }
    : { body: json };
}

export function restSender(rest: REST): DiscordSender {
  return {
    async callback(id, token, response) {
      await rest.post(Routes.interactionCallback(id, token), { body: response, auth: false });
    },
    async followUp(applicationId, token, body) {
      await rest.post(Routes.webhook(applicationId, token), { ...split(body), auth: false });
    },
    async editOriginal(applicationId, token, body) {
      await rest.patch(Routes.webhookMessage(applicationId, token, '@original'), { ...split(body), auth: false });
    },
    async createMessage(channelId, body) {
      await rest.post(Routes.channelMessages(channelId), split(body));
    },
  };
}

/**
 * Sends what comes after the response: follow-ups in order, and if one fails, the
 * replacement for the clicked message. Failures are logged, never thrown.
 */
export async function sendFollowUps(
  interaction: InteractionPayload,
  result: InteractionResult,
  sender: DiscordSender,
  logger: Logger,
): Promise<void> {
  const { application_id: applicationId, token } = interaction;
  if ((!result.followUps.length && !result.attach) || !applicationId || !token) return;
  if (result.attach) {
    // The picture goes on the answer just sent (an interaction response cannot carry files on the HTTP transport).
    await sender.editOriginal(applicationId, token, result.attach).catch((error: unknown) => {
      logger.warn('discord_attach_failed', { error: describe(error) });
    });
  }
  try {
    for (const body of result.followUps) await sender.followUp(applicationId, token, body);
  } catch (error) {
    logger.warn('discord_followup_failed', { error: describe(error) });
    if (result.onFollowUpFailure) {
      await sender.editOriginal(applicationId, token, result.onFollowUpFailure).catch((editError: unknown) => {
        logger.warn('discord_edit_original_failed', { error: describe(editError) });
      });
    }
  }
}

/** An error as loggable fields, without request bodies (they may carry user text) or URLs (tokens). */
export function describe(error: unknown): Record<string, unknown> {
  if (error && typeof error === 'object') {
    const e = error as { name?: unknown; message?: unknown; status?: unknown; code?: unknown };
    return { name: e.name, status: e.status, code: e.code, message: typeof e.message === 'string' ? redactUrl(e.message) : undefined };
  }
  return { message: String(error) };
}

/** Interaction tokens sit in callback and webhook paths; keep them out of logs. */
function redactUrl(text: string): string {
  return text.replace(/\/(interactions\/\d+|webhooks\/\d+)\/[^/\s]+/g, '/$1/[token]');
}
