/** Where Discord posts HTTP interactions (no discord.js import: the app layer reserves it before Discord starts). */
export const INTERACTIONS_PATH = '/discord/interactions';
