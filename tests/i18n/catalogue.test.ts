/**
 * The message catalogues: every language says every English key, with the same placeholders;
 * every key the code asks for exists; a new language is one file; dates and tenure read in the
 * asker's language while English stays as it was.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../commands/definition.js';
import { commands } from '../../commands/index.js';
import { commandKeys, commandListKeys } from '../../commands/localized.js';
import { loadSettings } from '../../src/app/platforms.js';
import { ConfigError } from '../../src/config/config.js';
import { createBot } from '../../src/core/bot.js';
import { CatalogueSet, DEFAULT_LOCALE, type MessageText, messagesFor } from '../../src/i18n/catalogue.js';
import { formatRange } from '../../src/resume/dates.js';
import { FIXED_NOW, martinBot } from '../helpers/bot.js';

const shipped = new CatalogueSet('data/locales');

const placeholders = (text: MessageText): string[] =>
  [
    ...new Set(
      (typeof text === 'string' ? [text] : Object.values(text)).flatMap((t) => [...(t ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)),
    ),
  ].sort();

/**
 * What is wrong with a folder of catalogues, measured against English; a command's name and
 * descriptions (English in its own file) against the registry: every other language has them.
 */
function problems(set: CatalogueSet, registry: readonly Command[] = []): string[] {
  const reference = set.catalogue(DEFAULT_LOCALE).texts;
  const commandKeysOf = new Set(registry.flatMap(commandKeys));
  const commandListsOf = registry.flatMap(commandListKeys);
  return set.locales().flatMap((tag) => {
    const { texts, lists } = set.catalogue(tag);
    return [
      ...(tag === DEFAULT_LOCALE ? [] : commandListsOf.filter((key) => !lists[key]?.length).map((key) => `${tag}: missing list ${key}`)),
      ...Object.keys(reference)
        .filter((key) => !(key in texts))
        .map((key) => `${tag}: missing ${key}`),
      ...(tag === DEFAULT_LOCALE ? [] : [...commandKeysOf].filter((key) => !(key in texts)).map((key) => `${tag}: missing ${key}`)),
      ...Object.keys(texts)
        .filter((key) => !(key in reference) && !(tag !== DEFAULT_LOCALE && commandKeysOf.has(key)))
        .map((key) => `${tag}: ${key} is not an English key`),
      ...Object.keys(reference)
        .filter((key) => key in texts && placeholders(texts[key]!).join() !== placeholders(reference[key]!).join())
        .map((key) => `${tag}: ${key} has placeholders ${placeholders(texts[key]!)} instead of ${placeholders(reference[key]!)}`),
      ...Object.entries(texts)
        .filter(([, text]) => typeof text !== 'string' && text.other === undefined)
        .map(([key]) => `${tag}: ${key} has no "other" form`),
    ];
  });
}

function tempCatalogues(files: Record<string, unknown>): CatalogueSet {
  const dir = mkdtempSync(join(tmpdir(), 'locales-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(content));
  return new CatalogueSet(dir);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('the message catalogues', () => {
  it('ships English and Brazilian Portuguese', () => {
    expect(shipped.locales()).toEqual(['en', 'pt-BR']);
  });

  it("given every shipped language, each has every English key with the same placeholders, and every command's texts", () => {
    expect(problems(shipped, commands)).toEqual([]);
  });

  it('given a catalogue missing a key or wording a placeholder differently, says so (the check can fail)', () => {
    const set = tempCatalogues({
      'en.json': { a: 'Hello {name}', b: { one: '{count} role', other: '{count} roles' } },
      'xx.json': { a: 'Hallo {nome}', 'command.help.name': 'hilfe' },
    });
    const help = commands.filter((c) => c.data.name === 'help' || c.data.name === 'experience');
    expect(problems(set, help)).toEqual([
      'xx: missing list command.experience.examples',
      'xx: missing list command.help.examples',
      'xx: missing b',
      'xx: missing command.experience.name',
      'xx: missing command.experience.description',
      'xx: missing command.experience.option',
      'xx: missing command.experience.usage',
      'xx: missing command.help.description',
      'xx: a has placeholders nome instead of name',
    ]);
  });

  it('given every key the code asks for, the English catalogue has it', () => {
    const english = shipped.catalogue(DEFAULT_LOCALE).texts;
    const asked = [...sourceFiles('src'), ...sourceFiles('commands')].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.-]+)'/g)].map((m) => `${file}: ${m[1]}`),
    );
    expect(asked.length).toBeGreaterThan(10);
    expect(asked.filter((entry) => !(entry.split(': ')[1]! in english))).toEqual([]);
  });

  it('given a third language as one more file, answers in it, and falls back to English for a key it lacks', () => {
    const en = JSON.parse(readFileSync('data/locales/en.json', 'utf8'));
    const set = tempCatalogues({
      'en.json': en,
      'de.json': { 'date.present': 'heute', 'tenure.years': { one: '{count} Jahr', other: '{count} Jahre' } },
    });
    expect(set.locales()).toEqual(['de', 'en']);
    const german = set.for('de-AT');
    expect(german.locale).toBe('de');
    expect(german.t('date.present')).toBe('heute');
    expect(german.t('tenure.years', { count: 3 })).toBe('3 Jahre');
    expect(german.t('date.until', { date: 'x' })).toBe('Until x');
  });

  it('given placeholders, fills those named (a fraction as the language writes it), keeps the others as written, every time alike', () => {
    const set = tempCatalogues({
      'en.json': { 'x.fill': '{a} of {b}, {a}!', 'x.count': { one: '{count} item', other: '{count} items in {where}' }, 'x.plain': 'no {' },
      'pt-BR.json': {},
    });
    for (const round of [1, 2]) {
      const en = set.for('en');
      const pt = set.for(round === 1 ? 'pt-BR' : 'pt_BR');
      expect(en.t('x.fill', { a: 1.25 })).toBe('1.3 of {b}, 1.3!');
      expect(pt.t('x.fill', { a: 1.25, b: 'x' })).toBe('1,3 of x, 1,3!');
      expect(en.t('x.fill')).toBe('{a} of {b}, {a}!');
      expect(en.t('x.count', { count: 1 })).toBe('1 item');
      expect(en.t('x.count', { count: 2 })).toBe('2 items in {where}');
      expect(en.t('x.plain', { a: 1 })).toBe('no {');
      expect(en.t('x.missing')).toBe('x.missing');
    }
  });

  it("given a language's command words (cues.<command>), each names a command of the registry and glosses to English", () => {
    const names = new Set(commands.map((c) => c.data.name));
    for (const tag of shipped.locales()) {
      const { lists } = shipped.catalogue(tag);
      const owners = Object.keys(lists).filter((key) => key.startsWith('cues.'));
      expect(owners.filter((key) => !names.has(key.slice('cues.'.length)))).toEqual([]);
      const entries = Object.entries(lists).flatMap(([key, list]) =>
        key === 'glossary' || key.startsWith('glossary.') || key.startsWith('cues.') ? list : [],
      );
      expect(entries.filter((entry) => !/^[^=]+=[^=]*$/.test(entry))).toEqual([]);
    }
  });

  it('given what platforms send, picks the nearest language and English for anything else', () => {
    expect(['pt-BR', 'pt_BR', 'pt', 'PT-br', 'pt-PT'].map((tag) => shipped.resolve(tag))).toEqual([
      'pt-BR',
      'pt-BR',
      'pt-BR',
      'pt-BR',
      'pt-BR',
    ]);
    expect(['en-US', 'en-GB', 'de', '', undefined, '../../etc/passwd'].map((tag) => shipped.resolve(tag))).toEqual([
      'en',
      'en',
      'en',
      'en',
      'en',
      'en',
    ]);
  });
});

describe('dates and tenure in the asker language', () => {
  const nov2021 = { year: 2021, month: 11 };
  const now = FIXED_NOW;

  it('given Portuguese, months and plurals come from Intl and the catalogue', () => {
    const pt = messagesFor('pt-BR');
    expect(formatRange(nov2021, null, now, pt)).toBe('nov. 2021 – o momento · 5 anos e 1 mês');
    expect(formatRange({ year: 2012, month: 12 }, { year: 2021, month: 5 }, now, pt)).toBe('dez. 2012 – mai. 2021 · 8 anos e 6 meses');
    expect(formatRange({ year: 2020, month: 1 }, { year: 2020, month: 1 }, now, pt)).toBe('jan. 2020 – jan. 2020 · 1 mês');
    expect(formatRange(undefined, { year: 2009 }, now, pt)).toBe('Até 2009');
  });

  it("given a catalogue that lists its month names, uses them (English's spare the CLI ICU's first date formatter)", () => {
    const en = JSON.parse(readFileSync('data/locales/en.json', 'utf8'));
    const months = ['J1', 'F2', 'M3', 'A4', 'M5', 'J6', 'J7', 'A8', 'S9', 'O10', 'N11', 'D12'];
    const set = tempCatalogues({ 'en.json': { ...en, lists: { months } } });
    expect(formatRange(nov2021, null, now, set.for('en'))).toBe('N11 2021 – Present · 5 yrs 1 mo');
  });

  it('given English (or nothing said), reads exactly as before', () => {
    expect(formatRange(nov2021, null, now)).toBe('Nov 2021 – Present · 5 yrs 1 mo');
    expect(formatRange({ year: 2012, month: 12 }, { year: 2021, month: 5 }, now, messagesFor('en-US'))).toBe(
      'Dec 2012 – May 2021 · 8 yrs 6 mos',
    );
  });
});

describe('the locale of a request', () => {
  const bot = martinBot();
  const ask = (command: string | null, text: string, locale?: string) => bot.answer({ platform: 'cli', command, text, locale });

  it('given pt-BR on the request, refusals and errors are worded in Portuguese', () => {
    expect(ask('nonsense', 'x', 'pt-BR').title).toBe('Não existe o comando /nonsense');
    expect(ask(null, 'x'.repeat(400), 'pt-BR').title).toBe('Essa pergunta é longa demais');
    expect(ask('nonsense', 'x').title).toBe('There is no /nonsense command');
  });

  it('given pt-BR, a role is shown with Portuguese labels and dates, its résumé text as written', () => {
    const answer = ask('experience', 'netflix', 'pt-BR');
    expect(answer.title).toBe('Performance Architect — Netflix');
    expect(answer.subtitle).toBe('Los Gatos, CA · dez. 2012 – mai. 2021 · 8 anos e 6 meses');
    expect(answer.fields.map((f) => f.label)).toEqual(['Empresa', 'Local', 'Período']);
    expect(answer.sections.map((s) => s.heading)).toContain('Destaques');
    expect(answer.matches[0]!.title).toBe('Performance Architect at Netflix');
    expect(ask('experience', 'netflix').subtitle).toBe('Los Gatos, CA · Dec 2012 – May 2021 · 8 yrs 6 mos');
  });

  it('given pt-BR, nothing found and missing sections are said in Portuguese', () => {
    expect(ask('skills', 'cobol', 'pt-BR').title).toBe('Nada corresponde a “cobol” (habilidade)');
    expect(ask('awards', '', 'pt-BR').title).toBe('Sem prêmios listados');
    expect(ask('experience', '1999', 'pt-BR').title).toBe('Nenhum cargo em 1999');
    expect(ask('education', '', 'pt-BR').title).toBe('Formação');
  });

  it('given pt-BR, help lists the commands with their Portuguese descriptions, and contact its labels', () => {
    const help = ask('resume', 'help', 'pt-BR');
    expect(help.title).toBe('Pergunte sobre o currículo de Martin Spier');
    expect(help.sections.find((s) => s.heading.startsWith('/experience'))?.bullets[0]).toMatch(/^Cargos e empresas/);
    expect(ask('contact', '', 'pt-BR').fields.map((f) => f.label)).toContain('Telefone');
    expect(ask('about', '', 'pt-BR').fields[0]).toMatchObject({ label: 'Cargo atual', value: expect.stringMatching(/o momento/) });
    expect(ask('resume', 'help').sections.find((s) => s.heading.startsWith('/experience'))?.bullets[0]).toMatch(/^Roles and companies/);
  });

  it('given pt-BR, the answer names its language for the renderers; an English one names none', () => {
    expect(ask('about', '', 'pt-BR').locale).toBe('pt-BR');
    expect(ask('about', '', 'en-GB').locale).toBeUndefined();
  });

  it('given no locale on the request, the bot answers in LOCALE', () => {
    const portuguese = createBot({
      resume: bot.resume,
      aliases: { same: new Map(), related: new Map() },
      clock: () => FIXED_NOW,
      locale: 'pt-BR',
    });
    const request = { platform: 'console', command: 'nonsense', text: '' };
    expect(portuguese.answer(request).title).toBe('Não existe o comando /nonsense');
    expect(portuguese.answer({ ...request, locale: 'en-US' }).title).toBe('There is no /nonsense command');
  });
});

describe('LOCALE', () => {
  it('given pt-BR, pt_BR or nothing, is read as a catalogue tag', () => {
    expect(loadSettings({ LOCALE: 'pt_BR' }).config.locale).toBe('pt-BR');
    expect(loadSettings({ LOCALE: 'pt-BR' }).config.locale).toBe('pt-BR');
    expect(loadSettings({}).config.locale).toBe('en');
  });

  it('given a language without a catalogue, stops with a named problem', () => {
    let caught: unknown;
    try {
      loadSettings({ LOCALE: 'klingon' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).problems.join('\n')).toMatch(/LOCALE.*en, pt-BR/);
  });
});
