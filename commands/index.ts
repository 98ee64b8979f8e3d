/**
 * The command registry: the one list that Slack's manifest, Discord's registration, every
 * adapter's dispatch, free-text routing, completion and the help text are derived from.
 * Adding a command is adding its file and one line here.
 */
import type { Catalog } from '../src/query/catalog.js';
import type { RouteRole } from '../src/query/route-table.js';
import { fold } from '../src/query/normalize.js';
import { commandTexts, translatedLocales } from './localized.js';
import type { Command } from './definition.js';
import { about } from './about.js';
import { awards } from './awards.js';
import { certificates } from './certificates.js';
import { contact } from './contact.js';
import { cv } from './cv.js';
import { education } from './education.js';
import { experience } from './experience.js';
import { help } from './help.js';
import { interests } from './interests.js';
import { languages } from './languages.js';
import { people } from './people.js';
import { match } from './match.js';
import { projects } from './projects.js';
import { publications } from './publications.js';
import { references } from './references.js';
import { resumeCommand } from './resume.js';
import { skills } from './skills.js';
import { timeline } from './career-timeline.js';
import { volunteer } from './volunteer.js';

export const commands: readonly Command[] = [
  experience,
  skills,
  projects,
  education,
  timeline,
  volunteer,
  awards,
  certificates,
  publications,
  languages,
  interests,
  references,
  contact,
  about,
  cv,
  match,
  people,
  resumeCommand,
  help,
];

/** Commands registered on Slack and Discord. */
export const slashCommands: readonly Command[] = commands.filter((c) => c.data.slash);

/**
 * The command a user typed: by its name, or by its name in a language of the catalogues, with or
 * without accents (`/experiência`, `/formacao`), as Discord shows it to a user of that language.
 */
export function findCommand(name: string, registry: readonly Command[] = commands): Command | undefined {
  const wanted = name.trim().replace(/^\//, '').toLowerCase();
  const names = namesOf(registry);
  return names.own.get(wanted) ?? names.translated.get(fold(wanted)) ?? names.cued.get(wanted);
}

/** The command that plays a role in a registry (the first to declare it): who the person is, their timeline, the fallback. */
export function commandWithRole(registry: readonly Command[], role: RouteRole): Command | undefined {
  return registry.find((c) => c.routing?.role === role);
}

/** The command asked of everyone in a directory (the one that declares crowd cues: `/people`). */
export function crowdCommand(registry: readonly Command[]): Command | undefined {
  return registry.find((c) => c.crowd);
}

/** A registry's commands by their own names, by their names in other languages, and by a cue of theirs alone. */
interface CommandNames {
  readonly own: Map<string, Command>;
  readonly translated: Map<string, Command>;
  readonly cued: Map<string, Command>;
}

/** A registry's names, read once (the first command to bear a name keeps it). */
const named = new WeakMap<readonly Command[], CommandNames>();

function namesOf(registry: readonly Command[]): CommandNames {
  let names = named.get(registry);
  if (!names) {
    const own = new Map<string, Command>();
    const translated = new Map<string, Command>();
    for (const c of registry) {
      if (!own.has(c.data.name)) own.set(c.data.name, c);
      for (const tag of translatedLocales()) {
        const name = fold(commandTexts(c, tag).name);
        if (!translated.has(name)) translated.set(name, c);
      }
    }
    named.set(registry, (names = { own, translated, cued: cuedNames(registry, own) }));
  }
  return names;
}

/**
 * A one-word cue of one command only, typed as a command's name ("/certs", "/jobs", "/hobbies"): that command. A cue
 * of several commands names none of them.
 */
function cuedNames(registry: readonly Command[], own: ReadonlyMap<string, Command>): Map<string, Command> {
  const owners = new Map<string, Set<Command>>();
  for (const c of registry)
    for (const cue of c.routing?.cues ?? [])
      if (!cue.includes(' ') && !own.has(cue)) (owners.get(cue) ?? owners.set(cue, new Set()).get(cue)!).add(c);
  return new Map([...owners].flatMap(([cue, of]) => (of.size === 1 ? [[cue, [...of][0]!] as const] : [])));
}

/** What the query layer needs from a registry: sections, routes and completion sources, each with its command's name. */
export function catalogOf(registry: readonly Command[]): Catalog {
  return {
    sections: registry.flatMap((c) => (c.section ? [{ ...c.section, command: c.data.name }] : [])),
    routes: registry.flatMap((c) =>
      c.routing ? [{ ...c.routing, command: c.data.name, section: c.section?.section ?? null, accepts: c.modifiers ?? [] }] : [],
    ),
    completions: registry.flatMap((c) => {
      const source = c.completions;
      return source && c.data.option?.autocomplete ? [{ command: c.data.name, values: (resume) => source.call(c, resume, registry) }] : [];
    }),
  };
}
