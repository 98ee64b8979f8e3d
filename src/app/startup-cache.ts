/**
 * A fast start for the CLI and the console, by remembering the last validated résumé.
 *
 * Validating settings and the résumé needs zod, and loading zod costs more time than
 * starting Node itself (and ~10 MB). A one-shot CLI pays that on every call, so after a
 * successful validation the validated result is stored (node_modules/.cache/resume-bot/,
 * one file per configuration) and, next time, used only if nothing it was derived from
 * changed: the résumé and alias files (byte for byte), every setting the schemas read, the
 * validating code and the package version. Anything else is a miss, which validates in full
 * (and reports a broken file exactly as every other entry point does).
 *
 * Which variables the settings read, and which modules' code decides them, only the schemas
 * know, and loading them is what the cache avoids: a full validation writes that index
 * (settings.json) beside the entries, and a start reads it back. Settings include tokens, so
 * an entry holds only a SHA-256 digest of them, never the values.
 *
 * The usual start hashes nothing (node:crypto costs it milliseconds and the console 2 MB): with
 * no setting beyond the résumé's and aliases' paths there is nothing to digest, and the code is
 * checked by its files' sizes and times, its contents hashed only when those moved.
 *
 * An entry also keeps the résumé's prepared index (what indexing read from its text: most of the
 * index's cost), for the bundle build, Node and skills taxonomy that made it: any other, or one
 * that cannot read it, builds the index from the text as without a cache.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App } from './app.js';
import type { Logger, LogLevel } from '../core/log.js';
import type { Pipeline } from '../core/pipeline.js';
import type { AliasTable } from '../query/aliases.js';
import { shippedTaxonomyFiles } from '../match/taxonomy.js';
import type { PreparedIndex } from '../query/index.js';
import type { Resume } from '../resume/schema.js';
import { translationFiles } from '../resume/translation-files.js';
import { assemble, effectiveLogLevel, type Assembled, type AssembleOptions } from './assemble.js';
import { bundleBuild, sha256 } from './build-key.js';
import { cacheDirectory, readText, writeAtomically } from './cache-dir.js';
import { packageRoot, withBundledDefaults, type Env } from './env.js';

/** What a full validation read: every variable of every schema, and the modules whose code decides what they mean. */
export interface SettingsIndex {
  variables: string[];
  /** File paths of the validating modules beyond the fixed ones below (each platform's settings). */
  sources: string[];
}

const INDEX_FILE = 'settings.json';

/** Bump when the cached shape changes. */
const FORMAT = 8;

const CACHE_PREFIX = 'start-';
/** Configurations remembered at once; the least recently written go first. */
const MAX_ENTRIES = 8;

export interface CacheFile {
  format: number;
  /** The package version and the validating code, as a digest of their contents. */
  stamp: string;
  /** Their files' sizes and times when `stamp` was last checked: while they stay the same, the code is too. */
  fingerprint: string;
  /** The settings: none set beyond the résumé's and aliases' paths (''), or a digest of every value. */
  env: string;
  resumeFile: string;
  resumeText: string;
  aliasesFile: string;
  /** null: the alias file did not exist (an empty table). */
  aliasesText: string | null;
  /** The translated copies beside the résumé, as read and as validated. */
  translations: Array<{ tag: string; file: string; text: string; resume: Resume }>;
  maxQueryLength: number;
  locale: string;
  privateFields: string[];
  logLevel: LogLevel;
  /** Whether a platform of these settings runs on its own (see src/app/platforms.ts): the process would serve, not open the console. */
  serves: boolean;
  resume: Resume;
  aliases: { same: Array<[string, string[]]>; related: Array<[string, string[]]> };
  /** The résumé's prepared index, made by the code of `build` (the bundle's, and Node's version): null when unbundled. */
  index: { build: string; data: PreparedIndex } | null;
}

export interface CachedApp {
  pipeline: Pipeline;
  logger: Logger;
  /** How the start went: from the cache, validated in full, or with the cache turned off. */
  cache: 'hit' | 'miss' | 'off';
  /** How the index was built: from what an earlier start of this build read (`prepared`), or from the résumé's text. */
  index: 'prepared' | 'read';
  /** PRIVATE_FIELDS: kept out of anything public the CLI writes (the timeline picture). */
  privateFields: string[];
  /** Whether a configured platform runs on its own: `npm start` serves rather than opening the console. */
  serves: boolean;
  /** The fully loaded app, when this start validated (a miss, or the cache off); null on a hit. */
  app: App | null;
  /** The cache entry this start was made from (or wrote), for a later start to check it still holds; null when none. */
  entry: CacheEntry | null;
}

/** What decides whether an entry still holds: what it was made from, without what was made (the résumé, its index, the settings read). */
function keyOf({ resume, aliases, index, maxQueryLength, locale, privateFields, logLevel, serves, translations, ...from }: CacheFile) {
  return { ...from, translations: translations.map(({ file, text }) => ({ file, text })) };
}

type EntryKey = ReturnType<typeof keyOf>;

/** One cache entry as a start used it: where it is and what it was made from, so a later start can tell it still holds. */
export interface CacheEntry {
  readonly dir: string;
  readonly file: string;
  readonly known: SettingsIndex;
  readonly key: EntryKey;
  /** The code files it was checked against (their paths do not move while the same build runs). */
  readonly code: readonly string[];
}

/** A start made earlier (a start-up snapshot's) and the entry it was made from. */
export interface EarlierStart {
  readonly app: CachedApp;
  readonly entry: CacheEntry;
}

/** The package.json and the validating modules: what decides what a validation gives. */
function codeFiles(index: SettingsIndex): string[] | null {
  const root = packageRoot();
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const fixed = [
    '../app/startup-cache',
    '../app/platforms',
    '../config/fields',
    '../config/config',
    '../resume/schema',
    '../resume/load',
    '../resume/dates',
    '../query/aliases',
    '../query/normalize',
    '../i18n/catalogue',
    '../resume/translations',
    '../resume/translation-files',
  ];
  if (!root) return null;
  return [join(root, 'package.json'), ...fixed.map((m) => fileURLToPath(new URL(`${m}${ext}`, import.meta.url))), ...index.sources];
}

/** The code files' sizes and times: a cheap check that they are as they were (a rebuild changes them, so `stamp` decides). */
function codeFingerprint(files: readonly string[]): string | null {
  try {
    return files
      .map((file) => {
        const stat = statSync(file);
        return `${stat.size}:${stat.mtimeMs}`;
      })
      .join(' ');
  } catch {
    return null;
  }
}

/**
 * Identifies the code that validated: the package version and the validating modules'
 * contents (not their dates: a rebuild that changes nothing keeps the cache), as a digest.
 */
function codeStamp(files: readonly string[]): string | null {
  try {
    const [pkg, ...modules] = files;
    const version = (JSON.parse(readFileSync(pkg!, 'utf8')) as { version?: string }).version;
    const parts = [`${version ?? ''}\0`, ...modules.map((file) => `${readFileSync(file, 'utf8')}\0`)];
    return sha256(parts.join(''));
  } catch {
    return null;
  }
}

function readIndex(dir: string): SettingsIndex | null {
  try {
    const data = JSON.parse(readFileSync(join(dir, INDEX_FILE), 'utf8')) as Partial<SettingsIndex>;
    const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
    return strings(data.variables) && strings(data.sources) ? { variables: data.variables, sources: data.sources } : null;
  } catch {
    return null;
  }
}

const entriesOf = (table: ReadonlyMap<string, readonly string[]>): Array<[string, string[]]> =>
  [...table].map(([key, values]) => [key, [...values]]);

/** Kept in plain in every entry (its résumé's and aliases' paths): no digest needed for them. */
const PATH_VARIABLES = new Set(['RESUME_FILE', 'ALIASES_FILE']);

/** The settings' key: '' when none is set beyond the paths (the usual start, which then hashes nothing), else a digest of every value (settings include tokens: only the digest is stored). */
function envKeyOf(env: Env, index: SettingsIndex): string {
  if (index.variables.every((key) => PATH_VARIABLES.has(key) || env[key] === undefined)) return '';
  return sha256(JSON.stringify(index.variables.map((key) => env[key] ?? null)));
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

interface Wanted {
  env: string;
  resumeFile: string;
  aliasesFile: string;
  /** The code files (codeFiles). */
  code: readonly string[];
}

/**
 * What a start looks up: its entry's file and what the entry must match. Each input (the code's times and digest, each
 * file's bytes) is read at most once, however many entries are checked against it (a snapshot's, then the cache's).
 */
interface Lookup {
  readonly dir: string;
  readonly known: SettingsIndex;
  readonly file: string;
  readonly wanted: Wanted;
  fingerprint(): string | null;
  stamp(): string | null;
  holds(path: string, text: string | null): boolean;
}

function lookUp(dir: string, env: Env, earlier: CacheEntry | undefined): Lookup | null {
  const known = readIndex(dir);
  if (!known) return null;
  // The code files do not move while the same build runs: an earlier start's spare working them out again.
  const code = earlier && sameIndex(earlier.known, known) ? earlier.code : undefined;
  const { file, ...wanted } = entryFile(dir, env, known, code);
  let fingerprint: string | null | undefined;
  let stamp: string | null | undefined;
  const read = new Map<string, boolean>();
  return {
    dir,
    known,
    file,
    wanted,
    fingerprint: () => (fingerprint === undefined ? (fingerprint = codeFingerprint(wanted.code)) : fingerprint),
    stamp: () => (stamp === undefined ? (stamp = codeStamp(wanted.code)) : stamp),
    holds(path, text) {
      const at = `${path}\0${text}`;
      let same = read.get(at);
      if (same === undefined) read.set(at, (same = unchanged(path, text)));
      return same;
    },
  };
}

const sameIndex = (a: SettingsIndex, b: SettingsIndex) => JSON.stringify(a) === JSON.stringify(b);

/** The earlier start, when its entry is the one these settings look up and nothing it was made from changed since. */
function stillCurrent(earlier: EarlierStart | undefined, lookup: Lookup): CachedApp | undefined {
  const entry = earlier?.entry;
  if (!entry || entry.dir !== lookup.dir || entry.file !== lookup.file || !sameIndex(entry.known, lookup.known)) return undefined;
  return current(entry.key, lookup) ? earlier.app : undefined;
}

/** The entry, when it is for these settings, files and code and nothing it was made from changed; `refresh` when only the code's times did. */
function readCache(lookup: Lookup): { data: CacheFile; refresh: boolean } | null {
  let data: CacheFile;
  try {
    data = JSON.parse(readFileSync(lookup.file, 'utf8')) as CacheFile;
  } catch {
    return null;
  }
  return current(data, lookup);
}

/** `data` when nothing it was made from changed since (see readCache). */
function current<T extends EntryKey>(data: T, lookup: Lookup): { data: T; refresh: boolean } | null {
  const { wanted } = lookup;
  if (data?.format !== FORMAT || data.env !== wanted.env) return null;
  if (data.resumeFile !== wanted.resumeFile || data.aliasesFile !== wanted.aliasesFile) return null;
  // The code's files as they were: the same code. Otherwise the contents decide (a rebuild that changed nothing keeps the entry).
  const fingerprint = lookup.fingerprint();
  const sameCode = fingerprint !== null && fingerprint === data.fingerprint;
  if (!sameCode && (fingerprint === null || lookup.stamp() !== data.stamp)) return null;
  if (!lookup.holds(data.resumeFile, data.resumeText) || !lookup.holds(data.aliasesFile, data.aliasesText)) return null;
  // A copy added, removed or edited since is validated again.
  const copies = translationFiles(data.resumeFile);
  if (copies.map((c) => c.file).join('\0') !== data.translations.map((c) => c.file).join('\0')) return null;
  if (!data.translations.every((c) => lookup.holds(c.file, c.text))) return null;
  return { data: sameCode ? data : { ...data, fingerprint: fingerprint ?? '' }, refresh: !sameCode };
}

function writeCache(file: string, dir: string, data: CacheFile): void {
  writeAtomically(dir, file, JSON.stringify(data));
  try {
    prune(dir);
  } catch {
    // Pruning is housekeeping: a failure only leaves an old entry behind.
  }
}

function prune(dir: string): void {
  const entries = readdirSync(dir)
    .filter((name) => name.startsWith(CACHE_PREFIX) && name.endsWith('.json'))
    .map((name) => ({ path: join(dir, name), mtime: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const stale of entries.slice(MAX_ENTRIES)) rmSync(stale.path, { force: true });
}

/** Longest entry name spelled from its key; a longer key is named by its digest. */
const MAX_PLAIN_NAME = 180;

/**
 * The entry file for these settings: one per configuration, so two résumés (or two settings) used in turn do not evict
 * each other. Named by its key itself when that is short (no hashing on the usual start), else by the key's digest.
 */
function entryFile(dir: string, env: Env, index: SettingsIndex, code?: readonly string[]): Wanted & { file: string } {
  const envKey = envKeyOf(env, index);
  // Read the inputs' paths as the settings will (relative to the working directory).
  const resumeFile = resolve(env.RESUME_FILE?.trim() ?? '');
  const aliasesFile = resolve(env.ALIASES_FILE?.trim() ?? '');
  const key = Buffer.from(`${envKey}\0${resumeFile}\0${aliasesFile}`).toString('base64url');
  const name = key.length <= MAX_PLAIN_NAME ? `p${key}` : `d${sha256(key)}`;
  return { file: join(dir, `${CACHE_PREFIX}${name}.json`), env: envKey, resumeFile, aliasesFile, code: code ?? codeFiles(index) ?? [] };
}

/**
 * The running build (the bundle's, on this Node, with the skills taxonomy's files), or null when tsc's output runs: a
 * prepared index is kept only per build. `bundle`: the bundle's build as its launcher already read it.
 */
function currentBuild(known?: string | null): string | null {
  const bundle = known !== undefined ? known : bundleBuild(fileURLToPath(import.meta.url));
  const taxonomy = bundle && codeFingerprint(shippedTaxonomyFiles());
  return bundle && taxonomy !== null ? `${bundle}-${process.version}-${taxonomy}` : null;
}

/** The entry's prepared index when this build made it, with a reading for each document. */
function preparedOf(entry: CacheFile, build: string | null): PreparedIndex | undefined {
  const index = entry.index;
  if (!build || index?.build !== build) return undefined;
  const { documents, readings, technologies } = index.data ?? {};
  const complete = Array.isArray(documents) && Array.isArray(readings) && typeof technologies === 'object' && technologies !== null;
  return complete && documents.length === readings.length ? index.data : undefined;
}

/** Assembles from the prepared index, or, when it cannot be read (a damaged entry), from the résumé's text as without one. */
function assembleWith(options: AssembleOptions, prepared: PreparedIndex | undefined): Assembled & { fellBack: boolean } {
  if (prepared) {
    try {
      return { ...assemble({ ...options, prepared }), fellBack: false };
    } catch {
      // Read afresh below.
    }
  }
  return { ...assemble(options), fellBack: prepared !== undefined };
}

/** What `loadAppCached` is asked for, beside the settings. */
export interface CachedStartOptions {
  indexOnDemand?: boolean;
  build?: string | null;
  earlier?: EarlierStart;
  /**
   * `npm start`: told whether the settings serve before any résumé is read or indexed. A start that serves is then
   * validated in full, never assembled from the cache (a server starts from settings validated in full).
   */
  beforeResumes?: (serves: boolean) => void;
}

type LevelFor = (serves: boolean) => LogLevel;

/**
 * Loads the pipeline, from the cache when it is valid. Throws ConfigError or ResumeFileError on a broken setup, like
 * `loadApp` (callers report it with `reportStartupError`). `defaultLogLevel` may depend on whether the settings serve.
 */
export async function loadAppCached(
  rawEnv: Env,
  defaultLogLevel: LogLevel | LevelFor = 'warn',
  { indexOnDemand = false, build: bundle, earlier, beforeResumes }: CachedStartOptions = {},
): Promise<CachedApp> {
  const env = withBundledDefaults(rawEnv);
  // The cache remembers one résumé file; a folder of them (RESUME_DIR) is validated on every start.
  const dir = env.RESUME_DIR?.trim() ? null : cacheDirectory(rawEnv);
  const level: LevelFor = (serves) => (typeof defaultLogLevel === 'function' ? defaultLogLevel(serves) : defaultLogLevel);
  const lookup = dir ? lookUp(dir, env, earlier?.entry) : null;
  if (!lookup)
    return startInFull(rawEnv, env, level, {
      indexOnDemand,
      beforeResumes,
      cache: dir ? 'miss' : 'off',
      remember: dir ? { dir, known: null, bundle } : null,
    });

  const same = stillCurrent(earlier, lookup);
  if (same) return same;
  const found = readCache(lookup);
  if (!found)
    return startInFull(rawEnv, env, level, {
      indexOnDemand,
      beforeResumes,
      cache: 'miss',
      remember: { dir: lookup.dir, known: lookup.known, bundle },
    });
  beforeResumes?.(found.data.serves);
  if (!beforeResumes || !found.data.serves) return startFromEntry(found, lookup, rawEnv, level, bundle);
  // A server, told so already: validated in full, and its entry, still current, is not written again.
  return startInFull(rawEnv, env, level, { indexOnDemand, cache: 'miss', remember: null });
}

/** A start assembled from a current cache entry: the first start of a build also stores what its index read. */
function startFromEntry(
  found: { data: CacheFile; refresh: boolean },
  lookup: Lookup,
  rawEnv: Env,
  level: LevelFor,
  bundle: string | null | undefined,
): CachedApp {
  const { data: cached } = found;
  const { file, wanted } = lookup;
  const options = {
    resume: cached.resume,
    aliases: { same: new Map(cached.aliases.same), related: new Map(cached.aliases.related) } satisfies AliasTable,
    maxQueryLength: cached.maxQueryLength,
    locale: cached.locale,
    translations: Object.fromEntries(cached.translations.map((c) => [c.tag, c.resume])),
    privateFields: cached.privateFields,
    logLevel: effectiveLogLevel(rawEnv, cached.logLevel, level(cached.serves)),
  };
  const build = currentBuild(bundle);
  const prepared = preparedOf(cached, build);
  const assembled = assembleWith(options, prepared);
  // The first start of this build keeps what the index read, for the next ones; a rebuilt but same code its new times.
  if (build && assembled.prepared && (!prepared || assembled.fellBack))
    writeCache(file, lookup.dir, { ...cached, index: { build, data: assembled.prepared() } });
  else if (found.refresh) writeCache(file, lookup.dir, cached);
  const { pipeline, logger } = assembled;
  const index = prepared && !assembled.fellBack ? 'prepared' : 'read';
  const entry = { dir: lookup.dir, file, known: lookup.known, key: keyOf(cached), code: wanted.code };
  return { pipeline, logger, cache: 'hit', index, privateFields: cached.privateFields, serves: cached.serves, app: null, entry };
}

/** Where a start validated in full stores its result for the next: the cache folder and the settings index it holds. */
interface Remember {
  readonly dir: string;
  readonly known: SettingsIndex | null;
  readonly bundle: string | null | undefined;
}

/** A start that validates settings and résumé in full; with `remember`, its result is stored if its inputs held still. */
async function startInFull(
  rawEnv: Env,
  env: Env,
  level: LevelFor,
  {
    indexOnDemand,
    beforeResumes,
    cache,
    remember,
  }: { indexOnDemand: boolean; beforeResumes?: (serves: boolean) => void; cache: 'miss' | 'off'; remember: Remember | null },
): Promise<CachedApp> {
  // Read the inputs before validating them, and cache only if they did not change meanwhile.
  const resumePath = resolve(env.RESUME_FILE?.trim() ?? '');
  const aliasesPath = resolve(env.ALIASES_FILE?.trim() ?? '');
  const resumeBefore = remember ? readText(resumePath) : undefined;
  const aliasesBefore = remember ? readText(aliasesPath) : undefined;
  const copiesBefore = remember ? translationFiles(resumePath).map((c) => ({ ...c, text: readText(c.file) })) : [];

  const { loadApp, settingsIndex } = await import('./load.js');
  const app = loadApp({ env: rawEnv, defaultLogLevel: level, indexOnDemand, ...(beforeResumes ? { beforeResumes } : {}) });
  const result: CachedApp = {
    pipeline: app.pipeline,
    logger: app.logger,
    cache,
    index: 'read',
    privateFields: app.config.privateFields,
    serves: app.serves,
    app,
    entry: null,
  };
  if (!remember) return result;
  const { dir, known } = remember;

  const index = settingsIndex();
  const build = currentBuild(remember.bundle);
  if (!known || !sameIndex(index, known)) writeAtomically(dir, join(dir, INDEX_FILE), JSON.stringify(index));
  const { file, env: envKey, resumeFile, aliasesFile, code } = entryFile(dir, env, index);
  const fingerprint = codeFingerprint(code);
  const stamp = codeStamp(code);
  if (
    fingerprint !== null &&
    stamp &&
    typeof resumeBefore === 'string' &&
    aliasesBefore !== undefined &&
    resumeFile === resumePath &&
    aliasesFile === aliasesPath &&
    resolve(app.config.resumeFile) === resumeFile &&
    resolve(app.config.aliasesFile) === aliasesFile &&
    unchanged(resumeFile, resumeBefore) &&
    unchanged(aliasesFile, aliasesBefore) &&
    copiesBefore.every((c) => typeof c.text === 'string' && unchanged(c.file, c.text) && app.translations[c.tag]) &&
    copiesBefore.length === Object.keys(app.translations).length
  ) {
    const data: CacheFile = {
      format: FORMAT,
      stamp,
      fingerprint,
      env: envKey,
      resumeFile,
      resumeText: resumeBefore,
      aliasesFile,
      aliasesText: aliasesBefore,
      translations: copiesBefore.map((c) => ({ tag: c.tag, file: c.file, text: c.text ?? '', resume: app.translations[c.tag]! })),
      maxQueryLength: app.config.maxQueryLength,
      locale: app.config.locale,
      privateFields: app.config.privateFields,
      logLevel: app.config.logLevel,
      serves: app.serves,
      resume: app.resume,
      aliases: { same: entriesOf(app.aliases.same), related: entriesOf(app.aliases.related) },
      index: build && app.prepared ? { build, data: app.prepared() } : null,
    };
    writeCache(file, dir, data);
    return { ...result, entry: { dir, file, known: index, key: keyOf(data), code } };
  }
  return result;
}
