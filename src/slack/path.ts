/** Where Slack's HTTP mode posts commands, interactions and events (no Bolt import: the app layer reserves it before Slack starts). */
export const SLACK_EVENTS_PATH = '/slack/events';
