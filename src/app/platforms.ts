/**
 * Every platform the app can run, in the order they start. Adding one (Microsoft Teams,
 * Telegram, a web chat) is a folder with its adapter and a platform.ts (see
 * src/platform/contract.ts), and one line here.
 */
import { baseSettings, ConfigError, type Config } from '../config/config.js';
import type { Env } from '../config/fields.js';
import { discord } from '../discord/platform.js';
import type { ConfiguredPlatform, Platform } from '../platform/contract.js';
import { slack } from '../slack/platform.js';
import { web } from '../web/platform.js';

export const PLATFORMS: readonly Platform[] = [slack, discord, web];

export interface Settings {
  config: Config;
  /** The platforms whose settings are present, in start order. */
  platforms: ConfiguredPlatform[];
}

/** Every variable the settings read: the shared ones and each platform's. */
export function settingsVariables(platforms: readonly Platform[] = PLATFORMS): string[] {
  return [...baseSettings.variables, ...platforms.flatMap((p) => p.variables)];
}

/** What the start-up cache keys on: every variable, and the platforms' settings modules (the shared ones it knows). */
export function settingsIndex(platforms: readonly Platform[] = PLATFORMS): { variables: string[]; sources: string[] } {
  return { variables: settingsVariables(platforms), sources: platforms.flatMap((p) => p.sources) };
}

/** The shared settings and the configured platforms; throws one ConfigError naming every problem of every group. */
export function loadSettings(env: Env, platforms: readonly Platform[] = PLATFORMS): Settings {
  const base = baseSettings.read(env);
  const problems = base.ok ? [] : [...base.problems];
  const configured: ConfiguredPlatform[] = [];
  for (const platform of platforms) {
    const result = platform.configure(env);
    if (!result.ok) problems.push(...result.problems);
    else if (result.platform) configured.push(result.platform);
  }
  if (problems.length || !base.ok) throw new ConfigError(problems);
  return { config: base.settings, platforms: configured };
}

/** Whether any configured platform runs on its own: then the process serves, otherwise it is the console. */
export function serves(platforms: readonly ConfiguredPlatform[]): boolean {
  return platforms.some((p) => !p.companion);
}
