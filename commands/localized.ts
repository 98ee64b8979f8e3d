/**
 * A command's name and descriptions in another language, from that language's catalogue
 * (`command.<name>.name`, `.description`, `.option`): what Discord shows a user of that
 * language and what help lists. English is the command file itself.
 */
import { catalogues, DEFAULT_LOCALE, type Messages } from '../src/i18n/catalogue.js';
import type { Command } from './definition.js';

export interface CommandTexts {
  readonly name: string;
  readonly description: string;
  /** The option's description; undefined for a command without one. */
  readonly option?: string;
  /** What the option takes, as help shows it (`[company, year, topic or "current"]`); empty without an option. */
  readonly usage: string;
  /** Invocations to show without the slash, typed in that language ("experience atual"). */
  readonly examples: readonly string[];
}

/** Every language besides English that has a catalogue. */
export function translatedLocales(): readonly string[] {
  return catalogues.locales().filter((tag) => tag !== DEFAULT_LOCALE);
}

/** The keys a catalogue other than English must hold for a command. */
export function commandKeys(command: Command): string[] {
  const base = `command.${command.data.name}`;
  return [
    `${base}.name`,
    `${base}.description`,
    ...(command.data.option ? [`${base}.option`] : []),
    ...(command.data.usageHint ? [`${base}.usage`] : []),
  ];
}

/** The list a catalogue other than English must hold for a command: its examples in that language. */
export function commandListKeys(command: Command): string[] {
  return command.data.examples.length ? [`command.${command.data.name}.examples`] : [];
}

/** The command in `locale` (a catalogue tag or what a platform sent); its own English texts where the catalogue has none. */
export function commandTexts(command: Command, locale: string | Messages): CommandTexts {
  const tag = typeof locale === 'string' ? catalogues.resolve(locale) : locale.locale;
  const { data } = command;
  const english: CommandTexts = {
    name: data.name,
    description: data.description,
    ...(data.option ? { option: data.option.description } : {}),
    usage: data.usageHint,
    examples: data.examples,
  };
  if (tag === DEFAULT_LOCALE) return english;
  const { texts, lists } = catalogues.catalogue(tag);
  const text = (key: string, fallback: string) => {
    const value = texts[`command.${data.name}.${key}`];
    return typeof value === 'string' ? value : fallback;
  };
  return {
    name: text('name', english.name),
    description: text('description', english.description),
    ...(english.option !== undefined ? { option: text('option', english.option) } : {}),
    usage: text('usage', english.usage),
    examples: lists[`command.${data.name}.examples`] ?? english.examples,
  };
}
