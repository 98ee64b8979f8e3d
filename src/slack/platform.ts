/** Slack as a platform of the app: its settings, its HTTP path in HTTP mode, its allowlist; Bolt loads only when it starts. */
import { platformStopMs } from '../config/config.js';
import { definePlatform } from '../platform/contract.js';
import { SLACK_EVENTS_PATH } from './path.js';
import { slackSettings } from './settings.js';

export const slack = definePlatform({
  name: 'slack',
  settings: slackSettings,
  // Socket Mode needs no public URL; HTTP mode receives everything at POST /slack/events.
  paths: (settings) => (settings.appToken ? [] : [SLACK_EVENTS_PATH]),
  allowlist: (settings) => settings.allowedTeams,
  async start(settings, context) {
    const { startSlack } = await import('./start.js');
    const adapter = await startSlack({
      pipeline: context.pipeline,
      config: settings,
      http: context.http,
      logger: context.logger,
      images: context.images,
      cv: context.cv,
      publicUrl: context.config.publicUrl,
      shared: context.shared,
      drainTimeoutMs: platformStopMs(context.config.shutdown),
    });
    return { description: settings.appToken ? 'slack (socket mode)' : 'slack (http)', stop: () => adapter.stop() };
  },
});
