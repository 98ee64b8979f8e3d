/**
 * Signs requests the way Slack does: `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>`
 * under the signing secret. The one signer of the tests and the bench.
 */
import { createHmac } from 'node:crypto';

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/** The `x-slack-signature` value for a raw body (the exact bytes sent) at a timestamp (seconds). */
export function slackSignature(secret: string, timestamp: number | string, body: string | Buffer): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest('hex')}`;
}

/** The headers Slack sends with a signed body: content type, timestamp and signature. */
export function slackSignedHeaders(
  secret: string,
  body: string | Buffer,
  options: { timestamp?: number | string; contentType?: string } = {},
): Record<string, string> {
  const timestamp = String(options.timestamp ?? nowSeconds());
  return {
    'content-type': options.contentType ?? 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': timestamp,
    'x-slack-signature': slackSignature(secret, timestamp, body),
  };
}
