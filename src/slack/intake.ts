/**
 * HTTP mode's intake, before Bolt: POST /slack/events as a route of the shared server, which
 * reads the body within SLACK_MAX_BODY_BYTES and its shared budget. Here: the signature
 * headers are checked before any byte of the body is read, then the signature over the body
 * (see signature.ts for why not by Bolt), then the body's shape (shape.ts). Anything that
 * fails is answered here with a 4xx. What passes is handed on with its body read and parsed
 * (receiver.ts gives it to Bolt).
 */
import { createSecretKey } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BufferedIncomingMessage } from '@slack/bolt';
import type { Logger } from '../core/log.js';
import type { BodyRoute, Refusal } from '../http/server.js';
import { checkSlackBody } from './shape.js';
import { signatureHeadersVerdict, verifySlackSignature } from './signature.js';

/**
 * The largest body accepted. What Slack sends this app is far smaller: a slash command is
 * about 0.5 KB, a click on Share about 2 KB, a mention about 1.5 KB; the worst cases
 * measured in tests/slack/payload-sizes.test.ts (a 40,000-character DM, a click on a
 * long public answer) stay under half of this. Bolt's own limit is 4 MB.
 */
export const SLACK_MAX_BODY_BYTES = 1024 * 1024;

const REFUSED = {
  400: 'could not read the request body\n',
  401: 'invalid request signature\n',
  503: 'shutting down\n',
} as const;

const refusal = (status: keyof typeof REFUSED): Refusal => ({ status, message: REFUSED[status] });

export interface SlackIntakeOptions {
  signingSecret: string;
  logger: Logger;
  /** True once the adapter stops: new requests are refused 503. */
  stopping(): boolean;
  /** A request passed the header checks: the adapter counts it until its response closes. */
  accepted(res: ServerResponse): void;
  /** The signed, well-formed request, body read, and that body parsed. */
  deliver(request: BufferedIncomingMessage, res: ServerResponse, body: Record<string, unknown>): void;
}

function reply(res: ServerResponse, status: 400 | 401): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(REFUSED[status]);
}

export function slackIntake(options: SlackIntakeOptions): BodyRoute {
  const { logger } = options;
  const signingSecret = createSecretKey(Buffer.from(options.signingSecret));
  return {
    maxBodyBytes: SLACK_MAX_BODY_BYTES,
    screen(req: IncomingMessage, res: ServerResponse) {
      if (options.stopping()) return refusal(503);
      const early = signatureHeadersVerdict(req.headers);
      if (early) {
        logger.warn('slack_request_refused', { reason: early });
        return refusal(401);
      }
      options.accepted(res);
      return undefined;
    },
    handle(req, res, rawBody) {
      const verdict = verifySlackSignature({ signingSecret, headers: req.headers, rawBody });
      if (verdict !== 'ok') {
        logger.warn('slack_request_refused', { reason: verdict });
        return reply(res, 401);
      }
      const request = Object.assign(req, { rawBody });
      const shape = checkSlackBody(request);
      if (!shape.ok) {
        logger.warn('slack_request_malformed', { problem: shape.problem });
        return reply(res, 400);
      }
      options.deliver(request, res, shape.body);
    },
  };
}
