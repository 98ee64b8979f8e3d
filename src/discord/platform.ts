/** Discord as a platform of the app: its settings, its HTTP path for interactions, its allowlist; discord.js loads only when it starts. */
import { platformStopMs } from '../config/config.js';
import { definePlatform } from '../platform/contract.js';
import { INTERACTIONS_PATH } from './path.js';
import { discordSettings } from './settings.js';

export const discord = definePlatform({
  name: 'discord',
  settings: discordSettings,
  // The gateway needs no public URL; HTTP interactions (a public key) arrive at POST /discord/interactions.
  paths: (settings) => (settings.publicKey ? [INTERACTIONS_PATH] : []),
  allowlist: (settings) => settings.allowedGuilds,
  async start(settings, context) {
    const { startDiscord } = await import('./start.js');
    const adapter = await startDiscord({
      pipeline: context.pipeline,
      config: settings,
      http: context.http,
      logger: context.logger,
      images: context.images,
      cv: context.cv,
      shared: context.shared,
      drainTimeoutMs: platformStopMs(context.config.shutdown),
    });
    const modes = [settings.token ? 'gateway' : null, settings.publicKey ? 'http interactions' : null].filter(Boolean);
    return { description: `discord (${modes.join(' + ')})`, stop: () => adapter.stop() };
  },
});
