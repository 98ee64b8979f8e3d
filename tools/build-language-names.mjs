#!/usr/bin/env node
/**
 * Regenerates data/languages/names.json: spoken languages' names in other languages, folded ("espanol", "catala",
 * "ingles"), each with its English name as Intl says it ("Spanish"). A résumé written by someone who lists
 * "Español" or "Inglês" speaks Spanish or English to whoever asks in English. The names are each language's own
 * (its endonym) and its names in the languages résumés are most often written in; a name two languages give
 * different meanings is left out. tests/query/language-names.test.ts checks the file against Intl.
 *
 *   node tools/build-language-names.mjs
 */
import { writeFileSync } from 'node:fs';

export const NAMED_IN = ['pt', 'es', 'fr', 'de', 'it'];

export function languageNames() {
  const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const letters = [...'abcdefghijklmnopqrstuvwxyz'];
  // The two-letter codes Intl names, as commands/spoken-languages.ts lists them: no regional variants.
  const codes = letters.flatMap((a) => letters.map((b) => a + b)).filter((code) => english.of(code) && !english.of(code).includes('('));
  const fold = (name) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const names = new Map();
  const ambiguous = new Set();
  const add = (name, code) => {
    const key = fold(name);
    const meant = english.of(code);
    if (key === fold(meant)) return;
    if (names.has(key) && names.get(key) !== meant) ambiguous.add(key);
    names.set(key, meant);
  };
  for (const code of codes) {
    const own = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
    if (own) add(own, code);
  }
  for (const locale of NAMED_IN) {
    const named = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    for (const code of codes) {
      const name = named.of(code);
      if (name && !name.includes('(')) add(name, code);
    }
  }
  for (const key of ambiguous) names.delete(key);
  return Object.fromEntries([...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = {
    source: { names: `Intl.DisplayNames, Node ${process.versions.node}`, namedIn: ['own', ...NAMED_IN] },
    names: languageNames(),
  };
  writeFileSync(new URL('../data/languages/names.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
}
