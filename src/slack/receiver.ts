/**
 * Bolt's receiver in HTTP mode: requests reach it from our intake (intake.ts) with their
 * signature checked and their body already parsed and checked (shape.ts), and it hands them
 * to Bolt through `app.processEvent`, the custom-receiver API. Bolt's HTTPReceiver would read
 * the path again and parse the body a second time; everything after that is done here as it
 * does it, with Bolt's own exported pieces: ssl_check and url_verification answered before
 * routing, HTTPResponseAck (its 3-second unhandled-request answer included), the retry
 * headers, and its default handling of an error thrown while processing.
 */
import type { ServerResponse } from 'node:http';
import {
  type App,
  type BufferedIncomingMessage,
  HTTPModuleFunctions,
  HTTPResponseAck,
  type Logger,
  type Receiver,
  type ReceiverEvent,
} from '@slack/bolt';

export class IntakeReceiver implements Receiver {
  private app: App | undefined;

  constructor(private readonly logger: Logger) {}

  init(app: App): void {
    this.app = app;
  }

  /** Nothing to listen on: the shared HTTP server routes POST /slack/events to `deliver`. */
  start(): Promise<void> {
    return Promise.resolve();
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }

  /** A signed, well-formed request and its parsed body. */
  deliver(request: BufferedIncomingMessage, response: ServerResponse, body: Record<string, unknown>): void {
    if (body.ssl_check === '1') {
      HTTPModuleFunctions.buildSSLCheckResponse(response);
      return;
    }
    if (body.type === 'url_verification') {
      HTTPModuleFunctions.buildUrlVerificationResponse(response, body);
      return;
    }
    const ack = new HTTPResponseAck({
      logger: this.logger,
      processBeforeResponse: false,
      httpRequest: request,
      httpRequestBody: body,
      httpResponse: response,
    });
    const event: ReceiverEvent = {
      body,
      ack: ack.bind(),
      retryNum: HTTPModuleFunctions.extractRetryNumFromHTTPRequest(request),
      retryReason: HTTPModuleFunctions.extractRetryReasonFromHTTPRequest(request),
    };
    const app = this.app;
    if (!app) throw new Error('IntakeReceiver: deliver() before Bolt called init()');
    app
      .processEvent(event)
      .catch(async (error: unknown) => {
        const acknowledged = await HTTPModuleFunctions.defaultProcessEventErrorHandler({
          error: error instanceof Error ? error : new Error(String(error)),
          logger: this.logger,
          request,
          response,
          storedResponse: ack.storedResponse,
        });
        if (acknowledged) ack.ack();
      })
      // Whatever a request makes fail, the process goes on.
      .catch((error: unknown) => this.logger.error(`Slack request failed after its error answer: ${String(error)}`));
  }
}
