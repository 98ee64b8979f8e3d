/**
 * A fast start for the CLI and the console, by remembering the last validated résumé.
 *
 * Validating settings and the résumé needs zod, and loading zod costs more time than
 * starting Node itself (and ~10 MB). A one-shot CLI pays that on every call, so after a
 * successful validation the validated result is stored (node_modules/.cache/resume-bot/,
 * one file per configuration) and, next time, used only if nothing it was derived from changed: the résumé
 * and alias files (byte for byte), every setting loadConfig reads, the validating code and
 * the package version. Anything else is a miss, which validates in full (and reports a
 * broken file exactly as every other entry point does). Platform tokens are never stored,
 * so server mode (Slack, Discord) always validates in full.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger, LogLevel } from '../core/log.js';
import type { Pipeline } from '../core/pipeline.js';
import type { AliasTable } from '../query/aliases.js';
import type { Resume } from '../resume/schema.js';
import { assemble, effectiveLogLevel } from './assemble.js';
import { packageRoot, withBundledDefaults, type Env } from './env.js';

/** Every variable `loadConfig` reads (tests keep this in step with the schema). */
export const CONFIG_KEYS = [
  'RESUME_FILE',
  'ALIASES_FILE',
  'RESUME_RELOAD',
  'PRIVATE_FIELDS',
  'MAX_QUERY_LENGTH',
  'RATE_LIMIT_REQUESTS',
  'RATE_LIMIT_WINDOW_SECONDS',
  'LOG_LEVEL',
  'HOST',
  'PORT',
  'REDIS_URL',
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'SLACK_API_URL',
  'SLACK_ALLOWED_TEAMS',
  'DISCORD_TOKEN',
  'DISCORD_APPLICATION_ID',
  'DISCORD_PUBLIC_KEY',
  'DISCORD_GUILD_ID',
  'DISCORD_API_URL',
  'DISCORD_ALLOWED_GUILDS',
  'WEB',
  'PUBLIC_URL',
  'WEB_RATE_LIMIT_PER_MINUTE',
  'DISCORD_SHARDS',
  'WEB_TRUST_PROXY',
] as const;

/** Bump when the cached shape changes. */
const FORMAT = 3;

const CACHE_PREFIX = 'start-';
/** Configurations remembered at once; the least recently written go first. */
const MAX_ENTRIES = 8;

/** Set to a directory to keep the cache there; set to "" or "off" to disable it. */
export const CACHE_DIR_VARIABLE = 'RESUME_BOT_CACHE_DIR';

interface CacheFile {
  format: number;
  /** The package version and the validating code, verbatim. */
  stamp: string;
  env: string;
  resumeFile: string;
  resumeText: string;
  aliasesFile: string;
  /** null: the alias file did not exist (an empty table). */
  aliasesText: string | null;
  maxQueryLength: number;
  privateFields: string[];
  logLevel: LogLevel;
  resume: Resume;
  aliases: { same: Array<[string, string[]]>; related: Array<[string, string[]]> };
}

export interface CachedApp {
  pipeline: Pipeline;
  logger: Logger;
  /** How the start went: from the cache, validated in full, or with the cache turned off. */
  cache: 'hit' | 'miss' | 'off';
  /** PRIVATE_FIELDS: kept out of anything public the CLI writes (the timeline picture). */
  privateFields: string[];
}

/**
 * cyrb53: a fast 53-bit string hash. Settings include tokens, so the cache stores only this
 * digest of them, never the values; a change of any setting changes the digest.
 */
function digest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function cacheDirectory(env: Env): string | null {
  const chosen = env[CACHE_DIR_VARIABLE];
  if (chosen !== undefined) return chosen.trim() === '' || chosen.trim() === 'off' ? null : resolve(chosen);
  const root = packageRoot();
  if (!root) return null;
  try {
    if (!statSync(join(root, 'node_modules')).isDirectory()) return null;
  } catch {
    return null;
  }
  return join(root, 'node_modules', '.cache', 'resume-bot');
}

/**
 * Identifies the code that validated: the package version and the validating modules'
 * contents (not their dates: a rebuild that changes nothing keeps the cache).
 */
function codeStamp(): string | null {
  const root = packageRoot();
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const modules = ['../app/startup-cache', '../config/config', '../resume/schema', '../resume/load', '../resume/dates', '../query/aliases', '../query/normalize'];
  try {
    const version = root ? (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string }).version : '';
    const code = modules.map((m) => readFileSync(fileURLToPath(new URL(`${m}${ext}`, import.meta.url)), 'utf8')).join('\0');
    // Compared whole (a native string compare), not hashed: hashing 40 kB in cold JS costs milliseconds.
    return `${version ?? ''}\0${code}`;
  } catch {
    return null;
  }
}

const entriesOf = (table: ReadonlyMap<string, readonly string[]>): Array<[string, string[]]> => [...table].map(([key, values]) => [key, [...values]]);

function envDigest(env: Env): string {
  return digest(JSON.stringify(CONFIG_KEYS.map((key) => env[key] ?? null)));
}

/** The file's text, or null when it does not exist; undefined when it cannot be read. */
function readText(path: string): string | null | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : undefined;
  }
}

/** True when `path` holds exactly `text` (null: does not exist). */
function unchanged(path: string, text: string | null): boolean {
  try {
    const bytes = readFileSync(path);
    return text !== null && bytes.equals(Buffer.from(text, 'utf8'));
  } catch (error) {
    return text === null && (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

function readCache(file: string, stamp: string, env: string): CacheFile | null {
  let data: CacheFile;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
  } catch {
    return null;
  }
  if (data?.format !== FORMAT || data.stamp !== stamp || data.env !== env) return null;
  if (!unchanged(data.resumeFile, data.resumeText) || !unchanged(data.aliasesFile, data.aliasesText)) return null;
  return data;
}

function writeCache(file: string, dir: string, data: CacheFile): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(temp, JSON.stringify(data), { mode: 0o600 });
    // Atomic: a concurrent CLI reads the old file or the new one, never half of one.
    renameSync(temp, file);
    prune(dir);
  } catch {
    // A read-only install just stays on the slow path.
    rmSync(temp, { force: true });
  }
}

function prune(dir: string): void {
  const entries = readdirSync(dir)
    .filter((name) => name.startsWith(CACHE_PREFIX) && name.endsWith('.json'))
    .map((name) => ({ path: join(dir, name), mtime: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const stale of entries.slice(MAX_ENTRIES)) rmSync(stale.path, { force: true });
}

/**
 * Loads the pipeline, from the cache when it is valid. Throws ConfigError or ResumeFileError on a broken setup, like
 * `loadApp` (callers report it with `reportStartupError`).
 */
export async function loadAppCached(rawEnv: Env, defaultLogLevel: LogLevel = 'warn'): Promise<CachedApp> {
  const env = withBundledDefaults(rawEnv);
  const dir = cacheDirectory(rawEnv);
  const stamp = dir ? codeStamp() : null;
  const envKey = envDigest(env);
  // Read the inputs' paths as loadConfig will (relative to the working directory).
  const resumeFile = resolve(env.RESUME_FILE?.trim() ?? '');
  const aliasesFile = resolve(env.ALIASES_FILE?.trim() ?? '');
  // One file per configuration, so two résumés (or two settings) used in turn do not evict each other.
  const file = dir ? join(dir, `${CACHE_PREFIX}${digest(`${envKey}\0${resumeFile}\0${aliasesFile}`)}.json`) : null;

  if (file && stamp) {
    const cached = readCache(file, stamp, envKey);
    if (cached) {
      const { pipeline, logger } = assemble({
        resume: cached.resume,
        aliases: { same: new Map(cached.aliases.same), related: new Map(cached.aliases.related) } satisfies AliasTable,
        maxQueryLength: cached.maxQueryLength,
        logLevel: effectiveLogLevel(rawEnv, cached.logLevel, defaultLogLevel),
      });
      return { pipeline, logger, cache: 'hit', privateFields: cached.privateFields };
    }
  }

  // Read the inputs before validating them, and cache only if they did not change meanwhile.
  const resumeBefore = file && stamp ? readText(resumeFile) : undefined;
  const aliasesBefore = file && stamp ? readText(aliasesFile) : undefined;

  const { loadApp } = await import('./load.js');
  const app = loadApp({ env: rawEnv, defaultLogLevel });

  if (
    file &&
    dir &&
    stamp &&
    typeof resumeBefore === 'string' &&
    aliasesBefore !== undefined &&
    resolve(app.config.resumeFile) === resumeFile &&
    resolve(app.config.aliasesFile) === aliasesFile &&
    unchanged(resumeFile, resumeBefore) &&
    unchanged(aliasesFile, aliasesBefore)
  ) {
    writeCache(file, dir, {
      format: FORMAT,
      stamp,
      env: envKey,
      resumeFile,
      resumeText: resumeBefore,
      aliasesFile,
      aliasesText: aliasesBefore,
      maxQueryLength: app.config.maxQueryLength,
      privateFields: app.config.privateFields,
      logLevel: app.config.logLevel,
      resume: app.resume,
      aliases: { same: entriesOf(app.aliases.same), related: entriesOf(app.aliases.related) },
    });
  }
  return { pipeline: app.pipeline, logger: app.logger, cache: file && stamp ? 'miss' : 'off', privateFields: app.config.privateFields };
}
