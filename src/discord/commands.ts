/**
 * Discord application commands generated from the registry: every slash command as a
 * CHAT_INPUT command whose query is one optional string option (with autocomplete when the
 * command asks for it). Names and descriptions are checked against Discord's rules here,
 * so a bad registry entry fails registration with its name instead of a 400 from Discord.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type APIApplicationCommandStringOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command } from '../../commands/definition.js';
import { COMMAND_NAME, LIMITS } from './limits.js';

/** What the bulk overwrite sends for one command: Discord's own JSON shape. */
export type CommandJson = RESTPostAPIChatInputApplicationCommandsJSONBody;

export class CommandDefinitionError extends Error {
  override readonly name = 'CommandDefinitionError';
}

function checkText(what: string, value: string, max: number): void {
  if (value.trim().length < 1 || value.length > max) {
    throw new CommandDefinitionError(`${what} must be 1-${max} characters, got ${value.length}: "${value}"`);
  }
}

/** The option that names whose résumé a command asks about, registered when RESUME_DIR serves several people. */
export const PERSON_OPTION = 'person';

const personOption: APIApplicationCommandStringOption = {
  type: ApplicationCommandOptionType.String,
  name: PERSON_OPTION,
  description: 'Whose résumé: a name (empty: everyone)',
  required: false,
  autocomplete: true,
};

export interface RegistrationOptions {
  /** A directory of people: every command that answers about one person gets the `person` option. */
  readonly person?: boolean;
}

export function commandJson(command: Command, registration: RegistrationOptions = {}): CommandJson {
  const { name, description, option } = command.data;
  if (!COMMAND_NAME.test(name))
    throw new CommandDefinitionError(`command name "${name}" must be 1-32 lowercase letters, digits, "-" or "_"`);
  checkText(`description of /${name}`, description, LIMITS.commandDescription);
  const options: APIApplicationCommandStringOption[] = [];
  if (option) {
    if (!COMMAND_NAME.test(option.name)) {
      throw new CommandDefinitionError(`option name "${option.name}" of /${name} must be 1-32 lowercase letters, digits, "-" or "_"`);
    }
    checkText(`description of the "${option.name}" option of /${name}`, option.description, LIMITS.optionDescription);
    options.push({
      type: ApplicationCommandOptionType.String,
      name: option.name,
      description: option.description,
      required: false,
      autocomplete: option.autocomplete,
    });
  }
  if (registration.person && !command.crowd) options.push(personOption);
  return { type: ApplicationCommandType.ChatInput, name, description, options };
}

/** The body of the bulk overwrite: every slash command of the registry, in registry order. */
export function registrationBody(commands: readonly Command[], registration: RegistrationOptions = {}): CommandJson[] {
  const body = commands.filter((c) => c.data.slash).map((c) => commandJson(c, registration));
  const names = new Set<string>();
  for (const command of body) {
    if (names.has(command.name)) throw new CommandDefinitionError(`command /${command.name} is defined twice`);
    names.add(command.name);
  }
  return body;
}
