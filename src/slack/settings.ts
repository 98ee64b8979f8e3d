/**
 * Slack's variables, validated with every other setting at start: both tokens enable Slack,
 * and a half-set pair is a mistake worth stopping for, named by the variable that is missing.
 */
import { httpUrl, list, optionalText, settingsGroup } from '../config/fields.js';

export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  /** Set: Socket Mode. Unset: HTTP mode on PORT. */
  appToken?: string;
  apiUrl?: string;
  /** SLACK_ALLOWED_TEAMS: the workspaces that may use the bot; empty: any. */
  allowedTeams: string[];
}

/** Null when Slack is not configured (no tokens): the app does not start it. */
export const slackSettings = settingsGroup(
  {
    SLACK_BOT_TOKEN: optionalText,
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: optionalText,
    SLACK_API_URL: httpUrl('https://slack.com/api/'),
    SLACK_ALLOWED_TEAMS: list,
  },
  (env): SlackConfig | null =>
    env.SLACK_BOT_TOKEN && env.SLACK_SIGNING_SECRET
      ? {
          botToken: env.SLACK_BOT_TOKEN,
          signingSecret: env.SLACK_SIGNING_SECRET,
          appToken: env.SLACK_APP_TOKEN,
          apiUrl: env.SLACK_API_URL,
          allowedTeams: env.SLACK_ALLOWED_TEAMS,
        }
      : null,
  {
    module: import.meta.url,
    check: (raw) => {
      const problems: string[] = [];
      if (raw.SLACK_BOT_TOKEN || raw.SLACK_SIGNING_SECRET || raw.SLACK_APP_TOKEN) {
        if (!raw.SLACK_BOT_TOKEN) problems.push('SLACK_BOT_TOKEN is missing: Slack settings are present but the bot token (xoxb-…) is not');
        if (!raw.SLACK_SIGNING_SECRET) problems.push('SLACK_SIGNING_SECRET is missing: Slack needs it to verify every request');
      }
      if (raw.SLACK_APP_TOKEN && !raw.SLACK_APP_TOKEN.startsWith('xapp-'))
        problems.push('SLACK_APP_TOKEN must be an app-level token starting with "xapp-" (Socket Mode)');
      return problems;
    },
  },
);
