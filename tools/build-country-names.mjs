#!/usr/bin/env node
/**
 * Regenerates data/places/country-names.json: each country of data/places/regions.json, and each continent of
 * data/places/continents.json, by its name in every other catalogue's language ("espanha" → "spain", "europa" →
 * "europe"), as Intl says it (read here, so a question costs no Intl lookup):
 *
 *   node tools/build-country-names.mjs
 *
 * Names are folded as questions are (lower case, without accents). Kept only where the two differ, made of letters,
 * spaces and hyphens, and longer than three letters ("irã" folds to "ira", a word of the language).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const data = (path) => new URL(`../data/${path}`, import.meta.url);
const { countries } = JSON.parse(readFileSync(data('places/regions.json'), 'utf8'));
const { continents } = JSON.parse(readFileSync(data('places/continents.json'), 'utf8'));
// Each continent by the UN M49 code Intl names it by.
const M49 = { AF: '002', AN: 'AQ', AS: '142', EU: '150', NA: '003', OC: '009', SA: '005' };
const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
const locales = readdirSync(data('locales'))
  .map((file) => file.replace(/\.json$/, ''))
  .filter((tag) => tag !== 'en');
const names = {};
for (const tag of locales) {
  const local = new Intl.DisplayNames([tag], { type: 'region', fallback: 'none' });
  const named = [...Object.entries(countries), ...Object.entries(continents).map(([code, english]) => [M49[code], english])];
  const entries = named.flatMap(([code, english]) => {
    const name = fold(local.of(code) ?? '');
    const own = fold(english);
    return name.length > 3 && name !== own && /^[a-z -]+$/.test(name) ? [[name, own]] : [];
  });
  names[tag] = Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}
const out = {
  source: {
    names: `Intl.DisplayNames, Node ${process.versions.node}`,
    countries: 'data/places/regions.json',
    continents: 'data/places/continents.json',
  },
  names,
};
writeFileSync(data('places/country-names.json'), `${JSON.stringify(out)}\n`);
process.stdout.write(
  `${Object.entries(names)
    .map(([tag, n]) => `${tag}: ${Object.keys(n).length}`)
    .join(', ')} names\n`,
);
