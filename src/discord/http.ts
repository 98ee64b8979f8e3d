/**
 * POST /discord/interactions: Discord's HTTP interactions transport (no gateway, so it
 * scales out behind a load balancer or on serverless). Verify, answer in the response
 * body, then send any follow-ups through the interaction webhook.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../core/log.js';
import type { RouteHandler } from '../http/server.js';
import type { InteractionPayload, InteractionResult } from './interactions.js';
import type { Verifier } from './verify.js';

export const INTERACTIONS_PATH = '/discord/interactions';

/** Interaction payloads are a few kilobytes; anything this big is not from Discord. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface InteractionsEndpointOptions {
  verify: Verifier;
  respond(interaction: InteractionPayload): Promise<InteractionResult>;
  /** Runs after the response is written (follow-ups). Must not throw. */
  after(interaction: InteractionPayload, result: InteractionResult): Promise<void>;
  logger: Logger;
  /** False after stop(): refuse new work with 503 so a load balancer retries elsewhere. */
  accepting(): boolean;
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop reading; the 413 is written, then the connection closed (see tooLarge).
        req.pause();
        req.removeAllListeners('data');
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json' });
  res.end(text);
}

function tooLarge(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('connection', 'close');
  res.once('finish', () => req.socket.destroy());
  reply(res, 413, 'request body too large\n');
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function interactionsEndpoint(options: InteractionsEndpointOptions): RouteHandler {
  return async (req, res) => {
    if (!options.accepting()) return reply(res, 503, 'shutting down\n');
    const declared = Number(header(req, 'content-length') ?? 0);
    if (declared > MAX_BODY_BYTES) return tooLarge(req, res);
    let body: Buffer;
    try {
      body = await readBody(req, MAX_BODY_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLarge) return tooLarge(req, res);
      return reply(res, 400, 'could not read the request body\n');
    }

    if (!options.verify(body, header(req, 'x-signature-ed25519'), header(req, 'x-signature-timestamp'))) {
      options.logger.warn('discord_bad_signature', { hasSignature: Boolean(header(req, 'x-signature-ed25519')) });
      return reply(res, 401, 'invalid request signature\n');
    }

    let interaction: InteractionPayload;
    try {
      const parsed: unknown = JSON.parse(body.toString('utf8'));
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || typeof (parsed as { type?: unknown }).type !== 'number') {
        return reply(res, 400, 'expected an interaction object with a numeric "type"\n');
      }
      interaction = parsed as InteractionPayload;
    } catch {
      return reply(res, 400, 'request body is not valid JSON\n');
    }

    const result = await options.respond(interaction);
    reply(res, 200, result.response);
    void options.after(interaction, result);
  };
}
