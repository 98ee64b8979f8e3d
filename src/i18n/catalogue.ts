/**
 * Message catalogues: one JSON file per language in data/locales/ (`en.json`, `pt-BR.json`),
 * each mapping a key to a text with `{name}` placeholders, or to plural forms chosen by
 * `Intl.PluralRules` on `{count}` ({ "one": …, "other": … }). English is the reference every
 * other catalogue must match key for key (a spec checks it). Adding a language is adding its
 * file: the folder is listed, nothing names a language in code. A catalogue is read on first
 * use only, so a one-shot CLI run reads the one it answers in.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { shippedDataDir } from '../model/shipped-data.js';

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

/** Where the catalogues are: the package's data/locales/. */
export const defaultCatalogueDir = (): string => shippedDataDir('locales');

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A text split once at its placeholders: literal, name, literal, …, literal. Messages are
 * worded on every answer (labels, dates, headings), so the text is not searched again each time.
 */
type Template = readonly string[];
/** A key's text, or its plural forms, compiled. */
type Compiled = { text: Template } | { forms: Readonly<Partial<Record<Intl.LDMLPluralRule, Template>>> };

function compile(text: string): Template {
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    parts.push(text.slice(last, m.index), m[1]!);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** A fraction in the language's own way ("14,9" in Portuguese); whole numbers (years, counts) as they are. */
function shown(value: string | number, fraction: () => Intl.NumberFormat): string {
  return typeof value === 'number' && !Number.isInteger(value) ? fraction().format(value) : String(value);
}

/** A placeholder the params do not name stays as written. */
function fill(template: Template, params: Params | undefined, fraction: () => Intl.NumberFormat): string {
  if (template.length === 1) return template[0]!;
  let out = template[0]!;
  for (let i = 1; i < template.length; i += 2) {
    const name = template[i]!;
    out += params && name in params ? shown(params[name]!, fraction) : `{${name}}`;
    out += template[i + 1]!;
  }
  return out;
}

/** The most requested spellings remembered per set: what platforms send is a handful, but a client could send anything. */
const MAX_REMEMBERED_REQUESTS = 256;

/** A folder of catalogues: `<tag>.json` each, read when first asked for. */
export class CatalogueSet {
  private readonly loaded = new Map<string, { texts: Catalogue; lists: Readonly<Record<string, readonly string[]>> }>();
  private tags: readonly string[] | undefined;
  private readonly messages = new Map<string, Messages>();
  /** What each spelling a platform sent resolved to: resolving compares every tag. */
  private readonly requested = new Map<string, Messages>();

  constructor(readonly dir: string = defaultCatalogueDir()) {}

  /** Drops the messages built so far (they hold Intl objects, which a V8 start-up snapshot cannot keep); the texts stay read. */
  forgetMessages(): void {
    this.messages.clear();
    this.requested.clear();
  }

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
    const remembered = this.requested.get(requested ?? '');
    if (remembered) return remembered;
    const tag = this.resolve(requested);
    let messages = this.messages.get(tag);
    if (!messages) {
      messages = this.build(tag);
      this.messages.set(tag, messages);
    }
    if (this.requested.size < MAX_REMEMBERED_REQUESTS) this.requested.set(requested ?? '', messages);
    return messages;
  }

  private build(tag: string): Messages {
    const own = this.catalogue(tag);
    const english = tag === DEFAULT_LOCALE ? own : this.catalogue(DEFAULT_LOCALE);
    const plural = new Intl.PluralRules(tag);
    // The plural form of each small count, asked once: tenure words its years and months on every answer.
    const forms = new Map<number, Intl.LDMLPluralRule>();
    const formOf = (count: number): Intl.LDMLPluralRule => {
      let form = forms.get(count);
      if (form === undefined) {
        form = plural.select(count);
        if (Number.isInteger(count) && count >= 0 && count <= 1000) forms.set(count, form);
      }
      return form;
    };
    let numbers: Intl.NumberFormat | undefined;
    const fraction = () => (numbers ??= new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }));
    // Each key's text compiled on first use; only keys the catalogues hold are kept.
    const templates = new Map<string, Compiled>();
    const templateOf = (key: string) => {
      let template = templates.get(key);
      if (template === undefined) {
        const text = own.texts[key] ?? english.texts[key];
        if (text === undefined) return undefined;
        template =
          typeof text === 'string'
            ? { text: compile(text) }
            : { forms: Object.fromEntries(Object.entries(text).map(([form, t]) => [form, compile(t ?? '')])) };
        templates.set(key, template);
      }
      return template;
    };
    return {
      locale: tag,
      t(key, params) {
        const template = templateOf(key);
        if (template === undefined) return key;
        if ('text' in template) return fill(template.text, params, fraction);
        const count = Number(params?.count ?? 0);
        return fill(template.forms[formOf(count)] ?? template.forms.other ?? [''], params, fraction);
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
