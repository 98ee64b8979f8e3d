/**
 * Message catalogues: one JSON file per language in data/locales/ (`en.json`, `pt-BR.json`),
 * each mapping a key to a text with `{name}` placeholders, or to plural forms chosen by
 * `Intl.PluralRules` on `{count}` ({ "one": …, "other": … }). English is the reference every
 * other catalogue must match key for key (a spec checks it). Adding a language is adding its
 * file: the folder is listed, nothing names a language in code. A catalogue is read on first
 * use only, so a one-shot CLI run reads the one it answers in.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type MessageText = string | Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;
export type Catalogue = Readonly<Record<string, MessageText>>;
export type Params = Readonly<Record<string, string | number>>;

/** The language every answer falls back to, and the catalogue the others are checked against. */
export const DEFAULT_LOCALE = 'en';

export interface Messages {
  /** The catalogue's own tag (`pt-BR`): what Intl formats dates and numbers with. */
  readonly locale: string;
  /** The text for `key` with its placeholders filled; the English text when this catalogue lacks it. */
  t(key: string, params?: Params): string;
  /** A list the catalogue keeps under `key` (stop words, cue words), or an empty one. */
  list(key: string): readonly string[];
}

/** Where the catalogues are: from src/i18n (tests) or dist/src/i18n and the bundled CLI (dist/src/cli). */
export function defaultCatalogueDir(): string {
  const fromSource = fileURLToPath(new URL('../../data/locales/', import.meta.url));
  return existsSync(fromSource) ? fromSource : fileURLToPath(new URL('../../../data/locales/', import.meta.url));
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** A fraction in the language's own way ("14,9" in Portuguese); whole numbers (years, counts) as they are. */
function shown(value: string | number, tag: string): string {
  return typeof value === 'number' && !Number.isInteger(value)
    ? new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(value)
    : String(value);
}

function fill(text: string, params: Params | undefined, tag: string): string {
  return params ? text.replace(PLACEHOLDER, (whole, name: string) => (name in params ? shown(params[name]!, tag) : whole)) : text;
}

/** A folder of catalogues: `<tag>.json` each, read when first asked for. */
export class CatalogueSet {
  private readonly loaded = new Map<string, { texts: Catalogue; lists: Readonly<Record<string, readonly string[]>> }>();
  private tags: readonly string[] | undefined;
  private readonly messages = new Map<string, Messages>();

  constructor(readonly dir: string = defaultCatalogueDir()) {}

  /** Every language the folder holds (`en`, `pt-BR`, …). */
  locales(): readonly string[] {
    this.tags ??= readdirSync(this.dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .sort();
    return this.tags;
  }

  /** Whether some catalogue speaks `requested`'s language (what LOCALE is checked against). */
  supports(requested: string): boolean {
    const language = requested.trim().replace(/_/g, '-').split('-')[0]!.toLowerCase();
    return /^[a-z]{2,3}$/.test(language) && this.locales().some((tag) => tag.split('-')[0]!.toLowerCase() === language);
  }

  /**
   * The catalogue for what a platform sent (`pt-BR`, `pt_BR`, `pt`, `en-GB`): the same tag,
   * else one of the same language, else English. Anything unknown or malformed is English.
   */
  resolve(requested: string | undefined | null): string {
    const tags = this.locales();
    if (!requested) return DEFAULT_LOCALE;
    const wanted = requested.trim().replace(/_/g, '-').toLowerCase();
    const exact = tags.find((tag) => tag.toLowerCase() === wanted);
    if (exact) return exact;
    const language = wanted.split('-')[0];
    return (
      tags.find((tag) => tag.toLowerCase() === language) ??
      tags.find((tag) => tag.split('-')[0]!.toLowerCase() === language) ??
      DEFAULT_LOCALE
    );
  }

  /** The raw catalogue of one language, with its lists apart (keys under "lists"). */
  catalogue(tag: string): { texts: Catalogue; lists: Readonly<Record<string, readonly string[]>> } {
    let found = this.loaded.get(tag);
    if (!found) {
      const raw = JSON.parse(readFileSync(`${this.dir}/${tag}.json`, 'utf8')) as Record<string, unknown>;
      const { lists, ...texts } = raw;
      found = { texts: texts as Catalogue, lists: (lists ?? {}) as Record<string, readonly string[]> };
      this.loaded.set(tag, found);
    }
    return found;
  }

  /** The messages for a requested locale (see `resolve`). */
  for(requested: string | undefined | null): Messages {
    const tag = this.resolve(requested);
    let messages = this.messages.get(tag);
    if (!messages) {
      messages = this.build(tag);
      this.messages.set(tag, messages);
    }
    return messages;
  }

  private build(tag: string): Messages {
    const own = this.catalogue(tag);
    const english = tag === DEFAULT_LOCALE ? own : this.catalogue(DEFAULT_LOCALE);
    const plural = new Intl.PluralRules(tag);
    return {
      locale: tag,
      t(key, params) {
        const text = own.texts[key] ?? english.texts[key];
        if (text === undefined) return key;
        if (typeof text === 'string') return fill(text, params, tag);
        const count = Number(params?.count ?? 0);
        return fill(text[plural.select(count)] ?? text.other ?? '', params, tag);
      },
      list(key) {
        return own.lists[key] ?? [];
      },
    };
  }
}

/** The catalogues shipped with the bot. */
export const catalogues = new CatalogueSet();

/** Messages for a locale from the shipped catalogues. */
export function messagesFor(locale: string | undefined | null): Messages {
  return catalogues.for(locale);
}

/** English: what answers are in when nothing asks otherwise. */
export const english = (): Messages => catalogues.for(DEFAULT_LOCALE);
