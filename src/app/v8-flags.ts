/**
 * V8 flags the process sets for itself (the console's memory economy, a server's defaults back)
 * yield to the user's: a flag named in NODE_OPTIONS or on node's command line, in any spelling
 * (`--no-opt`, `--opt`, `--semi_space_growth_factor=3`), is left as the user set it.
 */
import { setFlagsFromString } from 'node:v8';

/** A flag's name, however it is spelled: without dashes, a `no-` prefix, underscores or a value. */
export function flagName(flag: string): string {
  return flag.replace(/^--?/, '').split('=')[0]!.replace(/_/g, '-').replace(/^no-/, '');
}

/** The flags' names the user set: NODE_OPTIONS and node's own arguments (process.execArgv). */
export function userFlagNames(nodeOptions: string | undefined, execArgv: readonly string[]): Set<string> {
  const given = [...(nodeOptions ?? '').split(/\s+/), ...execArgv].filter((f) => f.startsWith('-'));
  return new Set(given.map(flagName));
}

/** `flags` less those the user set. */
export function flagsToSet(flags: readonly string[], user: ReadonlySet<string>): string[] {
  return flags.filter((flag) => !user.has(flagName(flag)));
}

/** Sets `flags` in V8, except those the user set. */
export function setOwnFlags(flags: readonly string[], env: Record<string, string | undefined> = process.env): void {
  for (const flag of flagsToSet(flags, userFlagNames(env.NODE_OPTIONS, process.execArgv))) setFlagsFromString(flag);
}
