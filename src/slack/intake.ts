/**
 * HTTP mode's intake, before Bolt: the body is read (within Bolt's own size limit) and its
 * signature checked here (see signature.ts for why not by Bolt), and anything that fails is
 * answered here with a 4xx. What passes is handed on with its body already read, the way
 * Bolt's HTTPReceiver accepts requests from serverless hosts (`signatureVerification: false`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPModuleFunctions, defaultBodyLimit, isRawBodyError, type BufferedIncomingMessage } from '@slack/bolt';
import type { Logger } from '../core/log.js';
import { signatureHeadersVerdict, verifySlackSignature } from './signature.js';

const REFUSALS = {
  400: 'could not read the request body\n',
  401: 'invalid request signature\n',
  413: 'request body too large\n',
  503: 'shutting down\n',
} as const;

export function refuse(res: ServerResponse, status: keyof typeof REFUSALS): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(REFUSALS[status]);
}

/** The request with its body read and its signature good; null once a refusal has been sent. */
export async function readSignedRequest(req: IncomingMessage, res: ServerResponse, signingSecret: string, logger: Logger): Promise<BufferedIncomingMessage | null> {
  const early = signatureHeadersVerdict(req.headers);
  if (early) {
    logger.warn('slack_request_refused', { reason: early });
    refuse(res, 401);
    return null;
  }
  let buffered: BufferedIncomingMessage;
  try {
    buffered = await HTTPModuleFunctions.bufferIncomingMessage(req, defaultBodyLimit);
  } catch (error) {
    const tooLarge = isRawBodyError(error) && (error.type === 'entity.too.large' || error.statusCode === 413);
    logger.warn('slack_request_unreadable', { reason: tooLarge ? 'too_large' : 'read_failed' });
    refuse(res, tooLarge ? 413 : 400);
    return null;
  }
  const verdict = verifySlackSignature({ signingSecret, headers: req.headers, rawBody: buffered.rawBody });
  if (verdict !== 'ok') {
    logger.warn('slack_request_refused', { reason: verdict });
    refuse(res, 401);
    return null;
  }
  return buffered;
}
