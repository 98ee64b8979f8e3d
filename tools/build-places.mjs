#!/usr/bin/env node
/**
 * Regenerates data/places/regions.json, what a location's short codes name, from iso-3166 (MIT,
 * wooorm) unpacked from npm (not a dependency):
 *
 *   mkdir /tmp/places && cd /tmp/places && npm pack iso-3166@4.4.0 && mkdir iso-3166 && tar xzf iso-3166-*.tgz -C iso-3166
 *   node tools/build-places.mjs /tmp/places/iso-3166/package
 *
 * Kept: each country's subdivisions whose code is two or three letters (what people write after a city:
 * "Los Gatos, CA", "Toronto, ON"), each country's three-letter code ("USA"), and its English name as Intl
 * says it (read here, so a question costs no Intl lookup).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node tools/build-places.mjs <iso-3166 package folder>\n');
  process.exit(2);
}
const { iso31662 } = await import(pathToFileURL(join(dir, '2.js')).href);
const { iso31661 } = await import(pathToFileURL(join(dir, '1.js')).href);
const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

const subdivisions = {};
for (const { code, name, parent } of iso31662) {
  const [country, own] = code.split('-');
  // Only first-level subdivisions (a state, not its county) with a code made of letters.
  if (parent !== country || !/^[A-Z]{2,3}$/.test(own)) continue;
  (subdivisions[country] ??= {})[own] = name;
}
const alpha3 = Object.fromEntries(iso31661.map((c) => [c.alpha3, c.alpha2]));
// Countries by their everyday English names ("United States", not ISO's "United States of America"), as Intl says them.
const english = new Intl.DisplayNames(['en'], { type: 'region' });
const countries = Object.fromEntries(iso31661.map((c) => [c.alpha2, english.of(c.alpha2)]).filter(([code, name]) => name && name !== code));
const out = {
  source: { package: 'iso-3166', version, license, names: `Intl.DisplayNames, Node ${process.versions.node}` },
  alpha3,
  countries,
  subdivisions,
};
writeFileSync(new URL('../data/places/regions.json', import.meta.url), `${JSON.stringify(out)}\n`);
process.stdout.write(`${Object.values(subdivisions).reduce((n, s) => n + Object.keys(s).length, 0)} subdivisions\n`);
