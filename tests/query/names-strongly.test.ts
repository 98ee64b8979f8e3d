/**
 * Whether a query names a name proper at its strongest (STRONG_SCORE or more) is read from the names alone, before
 * any search reads texts: it says exactly what the search's best hit would, for one résumé, for people indexed
 * together, and while a question across everyone is under way. Checked over the words of the labelled questions,
 * their typos, beginnings and neighbours, and run-together names.
 */
import { describe, expect, it } from 'vitest';
import { catalogOf, commands } from '../../commands/index.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { buildIndex, buildIndexes, type ResumeIndex } from '../../src/query/index.js';
import { STRONG_SCORE } from '../../src/query/search.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { FIXED_NOW } from '../helpers/bot.js';
import { resumePath } from './fixture-bots.js';
import { TUNING } from './tuning-set.js';

const aliases = loadAliasesFile('data/aliases.json');
const catalog = catalogOf(commands);
const clock = () => FIXED_NOW;
const IDS = ['martin', 'career-changer', 'new-grad', 'sample', 'senior-engineer', 'martin-alvarez'];
const resumes = IDS.map((id) => loadResumeFile(resumePath(id)));

/** Every word of the labelled questions, with a typo and a beginning, neighbours together, and names run together or apart. */
function queries(): string[] {
  const out = new Set<string>([
    'flame scope',
    'pic pay',
    'apache kafka',
    'kafak',
    'netflx',
    'performance engineering',
    'developer experience',
  ]);
  for (const { ask } of TUNING) {
    const ws = ask
      .toLowerCase()
      .replace(/^\/\S+\s*/, '')
      .split(/[^a-z0-9+#.]+/)
      .filter((w) => w.length > 1);
    ws.forEach((w, i) => {
      out.add(w);
      if (w.length > 4) out.add(`${w.slice(0, 2)}${w[3]}${w[2]}${w.slice(4)}`);
      if (w.length > 5) out.add(w.slice(0, 4));
      if (ws[i + 1]) out.add(`${w} ${ws[i + 1]}`);
      if (ws[i + 2]) out.add(`${w} ${ws[i + 1]} ${ws[i + 2]}`);
    });
  }
  return [...out];
}

/** Each section's answer for each query: whether the search's best hit is a name proper at STRONG_SCORE or more, and whether namesStrongly says so. */
function readings(index: ResumeIndex, asked: readonly string[]): Array<[string, boolean, boolean]> {
  return index.sections.flatMap(({ section }) =>
    asked.map((query): [string, boolean, boolean] => {
      const top = index.search(section, query)[0];
      return [`${section}: ${query}`, top?.tier === 'identity' && top.score >= STRONG_SCORE, index.namesStrongly(section, query)];
    }),
  );
}

describe('a name proper named at its strongest', () => {
  const asked = queries();

  it('given one résumé, says what its search’s best hit says, for every query and section', () => {
    let strong = 0;
    for (const resume of resumes) {
      for (const [what, found, said] of readings(buildIndex(resume, aliases, clock, catalog), asked)) {
        expect(said, what).toBe(found);
        if (found) strong++;
      }
    }
    // The queries name some names that strongly, and many not at all: both answers are checked.
    expect(strong).toBeGreaterThan(20);
  });

  it('given people indexed together, asked one by one or across everyone, says what each one’s search says', () => {
    const together = buildIndexes(resumes, aliases, clock, catalog);
    for (const index of together) for (const [what, found, said] of readings(index, asked)) expect(said, what).toBe(found);
    const crowd = buildIndexes(resumes, aliases, clock, catalog);
    crowd[0]!.shared.acrossEveryone(() => {
      for (const index of crowd) for (const [what, found, said] of readings(index, asked)) expect(said, what).toBe(found);
    });
  });
});
