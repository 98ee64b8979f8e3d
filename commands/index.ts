/**
 * The command registry: the one list that Slack's manifest, Discord's registration,
 * every adapter's dispatch and the help text are generated from.
 */
import type { Command, CommandData } from './definition.js';
import { about } from './about.js';
import { contact } from './contact.js';
import { education } from './education.js';
import { experience } from './experience.js';
import { helpCommand } from './help.js';
import { projects } from './projects.js';
import { resumeCommand } from './resume.js';
import { skills } from './skills.js';

const registryData = (): readonly CommandData[] => commands.map((c) => c.data);

export const commands: readonly Command[] = [
  experience,
  skills,
  projects,
  education,
  contact,
  about,
  resumeCommand(registryData),
  helpCommand(registryData),
];

/** Commands registered on Slack and Discord. */
export const slashCommands: readonly Command[] = commands.filter((c) => c.data.slash);

export function findCommand(name: string): Command | undefined {
  const wanted = name.trim().replace(/^\//, '').toLowerCase();
  return commands.find((c) => c.data.name === wanted);
}
