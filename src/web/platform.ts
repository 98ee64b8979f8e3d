/**
 * The web page as a platform of the app. WEB=true serves it on its own (the HTTP server starts
 * even with no chat platform); unset (auto), it is served beside a chat platform that runs the
 * HTTP server; false keeps only the timeline pictures that Slack's image blocks link to
 * (PUBLIC_URL).
 */
import { definePlatform, type RunningPlatform } from '../platform/contract.js';
import { webSettings } from './settings.js';

const nothing: RunningPlatform = { description: null, stop: async () => {} };

export const web = definePlatform({
  name: 'web',
  settings: webSettings,
  paths: (settings) => (settings.page === true ? ['/'] : []),
  companion: (settings) => settings.page !== true,
  async start(settings, context) {
    const page = settings.page !== false;
    if (!context.address || (!page && !context.config.publicUrl)) return nothing;
    const { startWeb } = await import('./start.js');
    const running = startWeb({
      http: context.http,
      pipeline: context.pipeline,
      config: context.config,
      web: settings,
      logger: context.logger,
      images: context.images,
      cv: context.cv,
      page,
    });
    return { description: page ? 'web page' : null, stop: () => running.stop() };
  },
});
