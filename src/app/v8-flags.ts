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

/**
 * The console answers one person at a time, in about a tenth of a millisecond without help:
 * V8's optimising compiler and a young generation that grows under a burst of piped questions
 * buy speed nobody notices for about 10 MB of memory (1,120 piped questions: 64 → 55 MB peak RSS,
 * same run time), and V8's heap sized for speed another 1–2 MB (--optimize-for-size collects
 * sooner). The flags are read when V8 next decides, so setting them takes effect at once.
 * main.ts sets them before any other module loads: loading the bot's modules is when V8 would
 * otherwise optimise their start-up code, and its compiler's memory stays the peak (about 6 MB).
 * A process that turns out to serve gets V8's defaults back at once.
 */
export function economiseMemory(): void {
  // Sparkplug's baseline code for the functions questions run: another half MB.
  setOwnFlags(['--no-opt', '--no-sparkplug', '--semi-space-growth-factor=1', '--optimize-for-size']);
}

/** V8's own defaults (`node --v8-options`), for the chat platforms' throughput. */
export function spendMemory(): void {
  setOwnFlags(['--opt', '--sparkplug', '--semi-space-growth-factor=2', '--no-optimize-for-size']);
}
