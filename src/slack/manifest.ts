/**
 * The Slack app manifest, generated from the command registry and the résumé's name, so
 * creating the app is "paste this manifest" and the slash commands can never drift from
 * what the bot answers. `manifestProblems` checks it against Slack's manifest schema
 * (github.com/slackapi/manifest-schema, v1) for the fields we use.
 */
import { z } from 'zod';
import type { CommandData } from '../../commands/definition.js';

/** users:read: each user's language (users.info with include_locale), so answers come in it. */
export const BOT_SCOPES = ['app_mentions:read', 'chat:write', 'commands', 'im:history', 'users:read'] as const;
/** Asked for only where the bot uploads pictures (Socket Mode, or HTTP mode without PUBLIC_URL). */
export const UPLOAD_SCOPE = 'files:write';
export const BOT_EVENTS = ['app_home_opened', 'app_mention', 'message.im'] as const;

export const MAX_APP_NAME = 35;
const DEFAULT_NAME = 'Résumé Bot';

export interface ManifestOptions {
  /** Whose résumé this is (basics.name); the app is named after them. */
  personName: string | undefined;
  commands: readonly CommandData[];
  /**
   * HTTP mode: the public URL of POST /slack/events. Without it the manifest is for
   * Socket Mode, which needs no public URL.
   */
  requestUrl?: string;
  /**
   * The bot uploads files (the timeline picture, the CV) when an answer goes public: true in Socket
   * Mode and in HTTP mode without PUBLIC_URL (with it, answers show or link them on the bot). Default: Socket Mode.
   */
  uploadsFiles?: boolean;
}

/** "Martin Spier · Résumé", shortened to Slack's 35 characters; a sane default without a name. */
export function appName(personName: string | undefined): string {
  const name = (personName ?? '').replace(/\s+/g, ' ').trim();
  if (!name) return DEFAULT_NAME;
  const full = `${name} · Résumé`;
  if (full.length <= MAX_APP_NAME) return full;
  return name.length <= MAX_APP_NAME ? name : `${name.slice(0, MAX_APP_NAME - 1).trimEnd()}…`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function buildManifest(options: ManifestOptions) {
  const name = appName(options.personName);
  const who = options.personName?.trim() || 'this person';
  const url = options.requestUrl;
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name,
      description: clip(`Ask about ${who}'s roles, skills, projects and education: slash commands, a mention or a DM.`, 140),
      background_color: '#1d3557',
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: name, always_online: true },
      slash_commands: options.commands
        .filter((c) => c.slash)
        .map((c) => ({
          command: `/${c.name}`,
          ...(url ? { url } : {}),
          description: c.description,
          ...(c.usageHint.trim() ? { usage_hint: c.usageHint } : {}),
          should_escape: false,
        })),
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES, ...((options.uploadsFiles ?? !url) ? [UPLOAD_SCOPE] : [])] } },
    settings: {
      event_subscriptions: { ...(url ? { request_url: url } : {}), bot_events: [...BOT_EVENTS] },
      interactivity: { is_enabled: true, ...(url ? { request_url: url } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: !url,
      token_rotation_enabled: false,
    },
  };
}

export type SlackManifest = ReturnType<typeof buildManifest>;

const httpUrl = z
  .string()
  .regex(/^https?:\/\//)
  .max(3000);

/** Slack's manifest schema (v1) for every field we emit; unknown keys are errors, as in Slack's. */
const manifestSchema = z.strictObject({
  _metadata: z.strictObject({ major_version: z.number().int(), minor_version: z.number().int() }),
  display_information: z.strictObject({
    name: z.string().min(1).max(MAX_APP_NAME),
    description: z.string().min(1).max(140).optional(),
    background_color: z
      .string()
      .regex(/^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/)
      .optional(),
    long_description: z.string().min(175).max(4000).optional(),
  }),
  features: z.strictObject({
    app_home: z.strictObject({
      home_tab_enabled: z.boolean(),
      messages_tab_enabled: z.boolean(),
      messages_tab_read_only_enabled: z.boolean(),
    }),
    bot_user: z.strictObject({ display_name: z.string().min(1).max(80), always_online: z.boolean() }),
    slash_commands: z
      .array(
        z.strictObject({
          command: z
            .string()
            .min(2)
            .max(32)
            .regex(/^\/[a-z0-9_-]+$/, 'a command is "/" then lowercase letters, digits, "-" or "_"'),
          url: httpUrl.optional(),
          description: z.string().min(1).max(2000),
          usage_hint: z.string().min(1).max(1000).optional(),
          should_escape: z.boolean(),
        }),
      )
      .min(1)
      .max(50),
  }),
  oauth_config: z.strictObject({ scopes: z.strictObject({ bot: z.array(z.string().max(50)).max(255) }) }),
  settings: z.strictObject({
    event_subscriptions: z.strictObject({ request_url: httpUrl.optional(), bot_events: z.array(z.string().max(50)).max(100) }),
    interactivity: z.strictObject({ is_enabled: z.boolean(), request_url: httpUrl.optional() }),
    org_deploy_enabled: z.boolean(),
    socket_mode_enabled: z.boolean(),
    token_rotation_enabled: z.boolean(),
  }),
});

/** Every way the manifest breaks Slack's rules; empty when Slack will accept it. */
export function manifestProblems(manifest: unknown): string[] {
  const parsed = manifestSchema.safeParse(manifest);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  if (parsed.success) {
    const m = parsed.data;
    const names = m.features.slash_commands.map((c) => c.command);
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup) problems.push(`features.slash_commands: ${dup} is listed twice`);
    // Without Socket Mode, Slack needs somewhere to send every request.
    if (!m.settings.socket_mode_enabled) {
      if (!m.settings.event_subscriptions.request_url)
        problems.push('settings.event_subscriptions.request_url: required without Socket Mode');
      if (!m.settings.interactivity.request_url) problems.push('settings.interactivity.request_url: required without Socket Mode');
      for (const c of m.features.slash_commands)
        if (!c.url) problems.push(`features.slash_commands ${c.command}: url required without Socket Mode`);
    }
  }
  return problems;
}
