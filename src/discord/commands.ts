/**
 * Discord application commands generated from the registry: every slash command as a
 * CHAT_INPUT command whose query is one optional string option (with autocomplete when the
 * command asks for it). Names and descriptions are checked against Discord's rules here,
 * so a bad registry entry fails registration with its name instead of a 400 from Discord.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  Locale,
  type APIApplicationCommandStringOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Command } from '../../commands/definition.js';
import { commandTexts, translatedLocales } from '../../commands/localized.js';
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

const DISCORD_LOCALES: ReadonlySet<string> = new Set(Object.values(Locale));

/** Discord's per-language names and descriptions, from each catalogue that has a Discord locale (English is the default). */
function localizations(command: Command) {
  const names: Record<string, string> = {};
  const descriptions: Record<string, string> = {};
  const options: Record<string, string> = {};
  for (const tag of translatedLocales()) {
    if (!DISCORD_LOCALES.has(tag)) continue;
    const texts = commandTexts(command, tag);
    if (!COMMAND_NAME.test(texts.name))
      throw new CommandDefinitionError(
        `${tag} name "${texts.name}" of /${command.data.name} must be 1-32 lowercase letters, digits, "-" or "_"`,
      );
    checkText(`${tag} description of /${command.data.name}`, texts.description, LIMITS.commandDescription);
    names[tag] = texts.name;
    descriptions[tag] = texts.description;
    if (texts.option !== undefined) {
      checkText(`${tag} description of the option of /${command.data.name}`, texts.option, LIMITS.optionDescription);
      options[tag] = texts.option;
    }
  }
  return { names, descriptions, options };
}

export function commandJson(command: Command, registration: RegistrationOptions = {}): CommandJson {
  const { name, description, option } = command.data;
  if (!COMMAND_NAME.test(name))
    throw new CommandDefinitionError(`command name "${name}" must be 1-32 lowercase letters, digits, "-" or "_"`);
  checkText(`description of /${name}`, description, LIMITS.commandDescription);
  const localized = localizations(command);
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
      ...(Object.keys(localized.options).length ? { description_localizations: localized.options } : {}),
      required: false,
      autocomplete: option.autocomplete,
    });
  }
  if (registration.person && !command.crowd) options.push(personOption);
  return {
    type: ApplicationCommandType.ChatInput,
    name,
    description,
    ...(Object.keys(localized.names).length
      ? { name_localizations: localized.names, description_localizations: localized.descriptions }
      : {}),
    options,
  };
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
