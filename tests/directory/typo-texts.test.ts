/**
 * Asked in a word nobody spells so, /people lists whoever the one-person search finds by it: a name it may be a typo
 * of, a text that says it as the search reads a text. A text with the word only as a name's typo would be (fewer
 * typos are forgiven in running text) finds nobody, so that person is left out without being asked in full, and
 * still counted among those who may fit. The index's reading of texts (whoMayMean) keeps everyone the search finds.
 */
import { describe, expect, it } from 'vitest';
import { catalogOf, commands } from '../../commands/index.js';
import { createDirectoryBot } from '../../src/core/directory.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { buildIndexes } from '../../src/query/index.js';
import { parseResume } from '../../src/resume/load.js';
import { FIXED_NOW } from '../helpers/bot.js';

const role = (name: string, position: string, summary = '') => ({ name, position, summary, startDate: '2020-01', endDate: '2022-01' });
const resumes = {
  ada: { basics: { name: 'Ada Lane' }, skills: [{ name: 'Ballot design' }] },
  bo: { basics: { name: 'Bo Reyes' }, work: [role('Initech', 'Writer', 'Wrote bullet points for every release.')] },
  cy: { basics: { name: 'Cy Moss' }, work: [role('Globex', 'Dancer', 'Taught ballet to children.')] },
  di: { basics: { name: 'Di Park' }, work: [role('Hooli', 'Engineer', 'Built the wallet service.')] },
};
const aliases = loadAliasesFile('data/aliases.json');
const parsed = Object.entries(resumes).map(([id, resume]) => ({ id, resume: parseResume(resume, `${id}.json`) }));
const bot = createDirectoryBot({ people: parsed, aliases, clock: () => FIXED_NOW });
const ask = (text: string) => bot.answer({ platform: 'cli', command: 'people', text });

const listed = (text: string) => ask(text).sections[0]?.bullets.map((line) => line.split(' — ')[0]) ?? [];

describe('a word nobody spells so, read in texts as the search reads them', () => {
  it('given a typo of a name ("ballat": Ballot), answers whoever has that name', () => {
    expect(listed('ballat')).toEqual(['Ada Lane']);
  });

  it('given a word a text has only as a name could be misspelt ("bullat": "bullet points"), answers nobody', () => {
    expect(listed('bullat')).toEqual([]);
    expect(listed('who knows bullat?')).toEqual([]);
  });

  it('given words, keeps everyone the search finds by them, and only people the names-and-texts reading keeps', () => {
    const indexes = buildIndexes(
      parsed.map((p) => p.resume),
      aliases,
      () => FIXED_NOW,
      catalogOf(commands),
    );
    const shared = indexes[0]!.shared;
    for (const word of ['balet', 'ballat', 'bullet', 'wallet', 'walet', 'ballot', 'ballet', 'taught', 'taugth', 'releases', 'rel']) {
      const found = indexes.map((index) => index.sections.some(({ section }) => index.search(section, word).length > 0));
      const asSearched = shared.whoMayMean([word], undefined, true);
      const asNames = shared.whoMayMean([word]);
      indexes.forEach((index, person) => {
        if (found[person]) expect(asSearched.has(index.sharedAs), `${word}: ${person}`).toBe(true);
        if (asSearched.has(index.sharedAs)) expect(asNames.has(index.sharedAs), `${word}: ${person}`).toBe(true);
      });
    }
  });
});
