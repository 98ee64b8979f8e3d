/**
 * The one request shape every adapter normalises its input to. `command` is a registry
 * command name (`experience`, `skills`, ...) or null for free text that the query layer routes.
 */
export interface Question {
  /** The name of the platform it came from (`slack`, `console`, ...): for logs and per-platform limits. */
  platform: string;
  command: string | null;
  /** The user's text after the command (or the whole message for free text), untrimmed. */
  text: string;
  /** Opaque platform user id, used for rate limits and "shared by". */
  userId?: string;
  /** Workspace or server id, checked against that platform's allowlist. */
  tenantId?: string;
  /**
   * The asker's own workspace, when the platform names it apart from the one that delivered the
   * request (Slack Connect: a user of another organisation in a shared channel). With an
   * allowlist set, it must be on it too.
   */
  userTenantId?: string;
  /**
   * The asker's language as the platform names it (`pt-BR`, Discord's `locale`, Slack's user
   * locale); absent: the bot's own (LOCALE). Answers are in the nearest catalogue's language.
   */
  locale?: string;
  /**
   * The conversation the message belongs to (a thread, a DM, a channel for slash commands, a
   * terminal session), opaque and unique within the platform; absent: no follow-ups. The
   * pipeline keys context by platform, conversation and user, so it never crosses users.
   */
  conversation?: string;
  /** Whom the question is about, as chosen in a platform's own field (Discord's `person` option): an id or a name. */
  person?: string;
  /** Chat user ids the message mentions (other than the bot): a directory answers about the person mapped to one. */
  mentions?: string[];
}

/**
 * Who will see the answer: `private` (an ephemeral message, a DM, the terminal) or `public`
 * (a channel). A public answer comes back with the owner's private fields taken out.
 */
export type Audience = 'private' | 'public';

export interface BotRequest extends Question {
  audience: Audience;
}

/** Where an allowlist applies: a platform and, when there is one, its workspace or server. */
export type Tenant = Pick<Question, 'platform' | 'tenantId' | 'userTenantId'>;
