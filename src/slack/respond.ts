/**
 * Posting to an interaction's `response_url`: the only way to reach a channel the bot has
 * not joined (no chat.postMessage there), and the way to replace or delete an ephemeral
 * message. Bounded by a timeout so a dead URL costs one request, not a stuck handler.
 */
import type { SlackMessage } from './limits.js';

export class ResponseUrlError extends Error {
  override readonly name = 'ResponseUrlError';
  constructor(
    readonly status: number | null,
    message: string,
  ) {
    super(message);
  }
}

export type ResponseBody = Partial<SlackMessage> & { response_type?: 'ephemeral' | 'in_channel' };

export interface ResponderOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export type Responder = (url: string, body: ResponseBody) => Promise<void>;

export function createResponder(options: ResponderOptions = {}): Responder {
  const timeoutMs = options.timeoutMs ?? 5000;
  const fetchFn = options.fetch ?? fetch;
  return async (url, body) => {
    let response: Response;
    try {
      response = await fetchFn(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const reason =
        error instanceof Error && error.name === 'TimeoutError'
          ? `timed out after ${timeoutMs} ms`
          : String((error as Error)?.message ?? error);
      throw new ResponseUrlError(null, `response_url request failed: ${reason}`);
    }
    const text = await response.text().catch(() => '');
    if (!response.ok) throw new ResponseUrlError(response.status, `response_url answered ${response.status}: ${text.slice(0, 200)}`);
  };
}
