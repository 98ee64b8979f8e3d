#!/usr/bin/env node
/**
 * Regenerates data/places/continents.json, the continent each country is in ("BR" → "SA", South America), from
 * countries-list (MIT) unpacked from npm (not a dependency):
 *
 *   mkdir /tmp/continents && cd /tmp/continents && npm pack countries-list@3.4.1 && tar xzf countries-list-*.tgz
 *   node tools/build-continents.mjs /tmp/continents/package
 *
 * One continent per country, as the package gives it (Russia and Turkey are in Asia there).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node tools/build-continents.mjs <countries-list package folder>\n');
  process.exit(2);
}
const read = (file) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const { version, license } = read('package.json');
const continents = read('continents.min.json');
const countries = Object.fromEntries(
  Object.entries(read('countries.min.json'))
    .map(([code, { continent }]) => [code, continent])
    .sort(([a], [b]) => (a < b ? -1 : 1)),
);
const out = { source: { package: 'countries-list', version, license }, continents, countries };
writeFileSync(new URL('../data/places/continents.json', import.meta.url), `${JSON.stringify(out)}\n`);
process.stdout.write(`${Object.keys(countries).length} countries in ${Object.keys(continents).length} continents\n`);
