/**
 * Optional allowlists: which Slack workspaces and Discord servers may use the bot. An
 * empty list allows everyone. With a list set, a request from anywhere else — including
 * a Discord DM, which belongs to no server — gets a refusal and no résumé data.
 */
import type { BotRequest, Platform } from '../model/request.js';

export interface AccessPolicy {
  allowedSlackTeams: readonly string[];
  allowedDiscordGuilds: readonly string[];
}

export const openAccess: AccessPolicy = { allowedSlackTeams: [], allowedDiscordGuilds: [] };

export function isAllowed(policy: AccessPolicy, request: Pick<BotRequest, 'platform' | 'tenantId'>): boolean {
  const list = listFor(policy, request.platform);
  if (list.length === 0) return true;
  return request.tenantId !== undefined && list.includes(request.tenantId);
}

function listFor(policy: AccessPolicy, platform: Platform): readonly string[] {
  if (platform === 'slack') return policy.allowedSlackTeams;
  if (platform === 'discord') return policy.allowedDiscordGuilds;
  return [];
}
