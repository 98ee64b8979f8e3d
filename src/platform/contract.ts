/**
 * The one shape every platform has (Slack, Discord, the web page; Teams or Telegram next):
 * a name, whether its settings are present, and start(context) → { stop() }. The app keeps
 * one list of them (src/app/platforms.ts) and knows nothing else about any of them: which
 * settings it reads, which HTTP paths it answers, who may use it, how it describes itself.
 *
 * A platform's module (its folder's platform.ts) must stay light: the list is loaded by every
 * entry point, the CLI included, so its SDK is imported inside start(), never at the top.
 */
import type { AddressInfo } from 'node:net';
import type { Config } from '../config/config.js';
import type { Env, SettingsGroup } from '../config/fields.js';
import type { Logger } from '../core/log.js';
import type { Pipeline } from '../core/pipeline.js';
import type { SharedState } from '../core/shared.js';
import type { CvCache } from '../cv/cache.js';
import type { HttpServer } from '../http/server.js';
import type { TimelineImages } from '../render/timeline/image.js';

/** What the app hands every platform it starts: one of each for the whole process. */
export interface PlatformContext {
  pipeline: Pipeline;
  /** The shared settings (PRIVATE_FIELDS, PUBLIC_URL, …). */
  config: Config;
  /** The one HTTP server: a platform registers its routes on it. */
  http: HttpServer;
  /** Where that server listens; null when no platform needed it. */
  address: AddressInfo | null;
  logger: Logger;
  /** The timeline pictures and the CV, drawn once per résumé version for every platform. */
  images: TimelineImages;
  cv: CvCache;
  /** State shared across processes (REDIS_URL); absent: in process. */
  shared?: SharedState;
}

export interface RunningPlatform {
  /** What the start-up log line says it runs as (never a secret); null: nothing worth saying. */
  readonly description: string | null;
  /** Stops taking work and lets what is in flight finish (the shared drain, src/platform/drain.ts). */
  stop(): Promise<void>;
}

/** A platform whose settings are present: ready to start. */
export interface ConfiguredPlatform {
  readonly name: string;
  /** HTTP paths it answers: the app listens when any platform has one, and answers 503 there until it is started. */
  readonly paths: readonly string[];
  /** Runs only beside another platform (the web page with WEB unset): alone it is no reason to leave the console. */
  readonly companion: boolean;
  /** Its allowlist of workspaces or servers; empty: everyone. */
  readonly allowlist: readonly string[];
  start(context: PlatformContext): Promise<RunningPlatform>;
}

export interface Platform {
  readonly name: string;
  /** Every variable it reads (its schema's keys), validated with the others at start. */
  readonly variables: readonly string[];
  /** The files whose code decides what those variables mean (the start-up cache is keyed on them). */
  readonly sources: readonly string[];
  /** The platform when its settings are present, null when absent; or what is wrong with them, each problem naming its variable. */
  configure(env: Env): { ok: true; platform: ConfiguredPlatform | null } | { ok: false; problems: string[] };
}

/** How a platform is written: its settings group and what to do with its settings once present. */
export interface PlatformDefinition<Settings> {
  name: string;
  /** Null settings: not configured. */
  settings: SettingsGroup<Settings | null>;
  paths?(settings: Settings): readonly string[];
  companion?(settings: Settings): boolean;
  allowlist?(settings: Settings): readonly string[];
  start(settings: Settings, context: PlatformContext): Promise<RunningPlatform>;
}

export function definePlatform<Settings>(definition: PlatformDefinition<Settings>): Platform {
  return {
    name: definition.name,
    variables: definition.settings.variables,
    sources: definition.settings.source ? [definition.settings.source] : [],
    configure(env) {
      const read = definition.settings.read(env);
      if (!read.ok) return read;
      const settings = read.settings;
      if (settings === null) return { ok: true, platform: null };
      return {
        ok: true,
        platform: {
          name: definition.name,
          paths: definition.paths?.(settings) ?? [],
          companion: definition.companion?.(settings) ?? false,
          allowlist: definition.allowlist?.(settings) ?? [],
          start: (context) => definition.start(settings, context),
        },
      };
    },
  };
}
