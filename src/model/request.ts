/** Where a request came from. Adapters fill this in at the edge. */
export type Platform = 'console' | 'cli' | 'slack' | 'discord' | 'web';

/**
 * The one request shape every adapter normalises its input to. `command` is a registry
 * command name (`experience`, `skills`, ...) or null for free text that the query layer routes.
 */
export interface BotRequest {
  platform: Platform;
  command: string | null;
  /** The user's text after the command (or the whole message for free text), untrimmed. */
  text: string;
  /** Opaque platform user id, used for rate limits and "shared by". */
  userId?: string;
  /** Workspace (Slack team) or server (Discord guild) id, used for allowlists. */
  tenantId?: string;
}
