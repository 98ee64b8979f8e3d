/**
 * POST /discord/interactions: Discord's HTTP interactions transport (no gateway, so it
 * scales out behind a load balancer or on serverless), as a route of the shared server,
 * which reads the body within MAX_BODY_BYTES and its shared budget. Requests without
 * signature headers or with a stale timestamp are refused before any byte of the body is
 * read; then the Ed25519 signature is verified, the body's shape checked (shape.ts), the
 * answer written in the response body, and any follow-ups sent through the interaction webhook.
 */
import type { ServerResponse } from 'node:http';
import type { Logger } from '../core/log.js';
import { isFreshTimestamp, single } from '../http/freshness.js';
import type { BodyRoute } from '../http/server.js';
import type { InteractionPayload, InteractionResult } from './interactions.js';
import { INTERACTIONS_PATH } from './path.js';
import { parseInteraction } from './shape.js';
import type { Verifier } from './verify.js';

export { INTERACTIONS_PATH };

/**
 * The largest body accepted. An interaction is a few kilobytes: a slash command about 1.5 KB,
 * a click on Share (which carries the message it is on) a few more; the largest this app can
 * cause, measured in tests/discord/payload-sizes.test.ts, stays far below this.
 */
export const MAX_BODY_BYTES = 128 * 1024;

export interface InteractionsEndpointOptions {
  verify: Verifier;
  respond(interaction: InteractionPayload): Promise<InteractionResult>;
  /** Runs after the response is written (follow-ups). Must not throw. */
  after(interaction: InteractionPayload, result: InteractionResult): Promise<void>;
  logger: Logger;
  /** False after stop(): refuse new work with 503 so a load balancer retries elsewhere. */
  accepting(): boolean;
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json' });
  res.end(text);
}

export function interactionsEndpoint(options: InteractionsEndpointOptions): BodyRoute {
  return {
    maxBodyBytes: MAX_BODY_BYTES,
    screen(req) {
      if (!options.accepting()) return { status: 503, message: 'shutting down\n' };
      const signature = single(req.headers['x-signature-ed25519']);
      if (!signature || !isFreshTimestamp(req.headers['x-signature-timestamp'])) {
        options.logger.warn('discord_bad_signature', { hasSignature: Boolean(signature), early: true });
        return { status: 401, message: 'invalid request signature\n' };
      }
      return undefined;
    },
    async handle(req, res, body) {
      const signature = single(req.headers['x-signature-ed25519']);
      if (!options.verify(body, signature, single(req.headers['x-signature-timestamp']))) {
        options.logger.warn('discord_bad_signature', { hasSignature: Boolean(signature) });
        return reply(res, 401, 'invalid request signature\n');
      }
      const parsed = parseInteraction(body);
      if (!parsed.ok) {
        options.logger.warn('discord_request_malformed', { problem: parsed.problem });
        return reply(res, 400, `${parsed.problem}\n`);
      }
      const result = await options.respond(parsed.interaction);
      reply(res, 200, result.response);
      void options.after(parsed.interaction, result);
    },
  };
}
