/**
 * Registers the registry's commands with one bulk overwrite (PUT replaces the whole set,
 * so renamed or removed commands disappear too): to one server when DISCORD_GUILD_ID is
 * set (visible at once, for testing), globally otherwise.
 */
import { REST } from '@discordjs/rest';
import { PermissionFlagsBits, Routes } from 'discord-api-types/v10';
import type { Command } from '../../commands/definition.js';
import { ConfigError } from '../config/config.js';
import { discordSettings } from './settings.js';
import { registrationBody, type CommandJson } from './commands.js';

/** What the bot needs in a channel: see it, answer (also in threads) with embeds, reply to a message. */
export const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory;

export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: 'bot applications.commands',
    permissions: BOT_PERMISSIONS.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params.toString().replace(/\+/g, '%20')}`;
}

export class RegistrationError extends Error {
  override readonly name = 'RegistrationError';
}

export interface RegistrationResult {
  scope: 'guild' | 'global';
  guildId?: string;
  path: string;
  commands: CommandJson[];
  inviteUrl: string;
}

/** Reads the Discord settings from `env`, PUTs every command, returns what was registered. */
export async function registerCommands(env: Record<string, string | undefined>, commands: readonly Command[]): Promise<RegistrationResult> {
  const read = discordSettings.read(env);
  if (!read.ok) throw new ConfigError(read.problems);
  const discord = read.settings;
  if (!discord?.token)
    throw new RegistrationError('DISCORD_TOKEN is missing: registering commands needs the bot token (Bot page of the application)');
  if (!discord.applicationId)
    throw new RegistrationError('DISCORD_APPLICATION_ID is missing: it is on the General Information page of the application');
  // RESUME_DIR serves a directory: commands then take an optional person.
  const body = registrationBody(commands, { person: Boolean(env.RESUME_DIR?.trim()) });
  const path = discord.guildId
    ? Routes.applicationGuildCommands(discord.applicationId, discord.guildId)
    : Routes.applicationCommands(discord.applicationId);
  const rest = new REST({ version: '10', ...(discord.apiUrl ? { api: discord.apiUrl } : {}) }).setToken(discord.token);
  try {
    await rest.put(path, { body });
  } catch (error) {
    const status = (error as { status?: number }).status;
    const detail = (error as Error).message ?? String(error);
    if (status === 401) throw new RegistrationError('Discord rejected DISCORD_TOKEN (401 Unauthorized)');
    if (status === 403)
      throw new RegistrationError(
        `Discord refused the registration (403): is the bot in server ${discord.guildId ?? '(global)'} with the applications.commands scope? ${detail}`,
      );
    throw new RegistrationError(`registering commands failed${status ? ` (${status})` : ''}: ${detail}`);
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
  const result: RegistrationResult = {
    scope: discord.guildId ? 'guild' : 'global',
    path,
    commands: body,
    inviteUrl: inviteUrl(discord.applicationId),
  };
  if (discord.guildId) result.guildId = discord.guildId;
  return result;
}

export function describeRegistration(result: RegistrationResult): string {
  const where =
    result.scope === 'guild'
      ? `server ${result.guildId} (available now)`
      : 'every server (global; Discord clients may take a while to show them)';
  return [
    `Registered ${result.commands.length} commands in ${where}: ${result.commands.map((c) => `/${c.name}`).join(', ')}`,
    `Invite the bot with: ${result.inviteUrl}`,
  ].join('\n');
}
