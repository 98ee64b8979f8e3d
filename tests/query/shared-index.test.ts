/**
 * People indexed together (a directory's shared index: one vocabulary, one searcher per section)
 * get exactly the answers their résumés indexed alone give: the same hits in the same order with
 * the same scores, the same "did you mean", the same words known. Checked over the test résumés
 * with the words of the labelled questions, their typos and run-together names.
 */
import { describe, expect, it } from 'vitest';
import { catalogOf, commands } from '../../commands/index.js';
import type { ResumeSection } from '../../src/model/answer.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { buildIndex, buildIndexes, type ResumeIndex } from '../../src/query/index.js';
import type { Hit } from '../../src/query/search.js';
import { loadResumeFile, parseResume } from '../../src/resume/load.js';
import { FIXED_NOW } from '../helpers/bot.js';
import { RELEVANCE_QUESTIONS } from './relevance-set.js';
import { resumePath } from './fixture-bots.js';
import { TUNING } from './tuning-set.js';

const aliases = loadAliasesFile('data/aliases.json');
const catalog = catalogOf(commands);
const clock = () => FIXED_NOW;
const IDS = ['martin', 'career-changer', 'new-grad', 'sample', 'senior-engineer', 'martin-alvarez'];
const resumes = IDS.map((id) => loadResumeFile(resumePath(id)));

/** Two made-up people: one spells "zentrix" right, the other's only near word is "Zentrax" (a typo away; "swift" or "shift", a technology's name or an ordinary word, would be meant as typed). */
const zentrix = parseResume({ basics: { name: 'Ada Lane' }, skills: [{ name: 'Mobile', keywords: ['Zentrix', 'Kotlin'] }] }, 'ada.json');
const zentrax = parseResume({ basics: { name: 'Bo Reyes' }, skills: [{ name: 'Zentrax' }] }, 'bo.json');

/** Every word of the labelled questions, each with a typo, and neighbours run together. */
function queries(): string[] {
  const asked = [...RELEVANCE_QUESTIONS, ...TUNING].map((q) => q.ask.toLowerCase().replace(/^\/\S+\s*/, ''));
  const out = new Set<string>(['zentrix', 'zentrax', 'zentirx', 'kafka', 'kafak', 'netflx', 'flame scope', 'pic pay', 'apache kafka']);
  for (const text of asked) {
    const ws = text.split(/[^a-z0-9+#.]+/).filter((w) => w.length > 1);
    out.add(ws.join(' '));
    ws.forEach((w, i) => {
      out.add(w);
      if (w.length > 4) out.add(`${w.slice(0, 2)}${w[3]}${w[2]}${w.slice(4)}`);
      if (ws[i + 1]) out.add(`${w} ${ws[i + 1]}`);
    });
  }
  return [...out];
}

const shape = (hits: readonly Hit[]) => hits.map((h) => [h.doc.section, h.doc.id, h.score, h.tier, h.whole, h.via ?? '']);

/** What an index answers about a query, in every way a command or the router asks it. */
function answers(index: ResumeIndex, query: string): unknown {
  const sections: ResumeSection[] = index.sections.map((s) => s.section);
  const everywhere = index.searchEverywhere(query);
  return {
    everywhere: everywhere && [everywhere.section, shape(everywhere.hits)],
    knows: query.split(' ').map((w) => index.knows(w)),
    ...Object.fromEntries(
      sections.map((s) => [
        s,
        [
          shape(index.search(s, query)),
          shape(index.find(s, query)),
          shape(index.searchNames(s, query)),
          shape(index.related(s, query)),
          index.nearNames(s, query),
        ],
      ]),
    ),
  };
}

describe('people indexed together', () => {
  const together = buildIndexes([...resumes, zentrix, zentrax], aliases, clock, catalog);
  const alone = [...resumes, zentrix, zentrax].map((resume) => buildIndex(resume, aliases, clock, catalog));
  const asked = queries();

  it.each([...IDS, 'ada', 'bo'].map((id, i) => [id, i] as const))(
    'given %s among them, every query answers as their résumé alone does',
    (_id, i) => {
      for (const query of asked) expect(answers(together[i]!, query), query).toEqual(answers(alone[i]!, query));
    },
  );

  it('given a question across everyone under way (everyone’s hits found in one pass), every query answers as each résumé alone does', () => {
    // Indexed afresh: no query was asked of one person alone first.
    const crowd = buildIndexes([...resumes, zentrix, zentrax], aliases, clock, catalog);
    crowd[0]!.shared.acrossEveryone(() => {
      for (const query of asked) crowd.forEach((index, i) => expect(answers(index, query), query).toEqual(answers(alone[i]!, query)));
    });
  });

  it('given its searches’ arrays made beforehand (prepare, as a directory starting does), every query answers as each résumé alone does', () => {
    const prepared = buildIndexes([...resumes, zentrix, zentrax], aliases, clock, catalog);
    prepared[0]!.shared.prepare();
    prepared[0]!.shared.acrossEveryone(() => {
      for (const query of asked) prepared.forEach((index, i) => expect(answers(index, query), query).toEqual(answers(alone[i]!, query)));
    });
  });

  it('given a question across everyone asked in the order they were indexed (hits found block by block), or in any other order, every query answers as each résumé alone does', () => {
    // Enough people for several blocks before everyone's hits are found in one pass: the eight, twenty times over.
    const many = Array.from({ length: 20 }, () => [...resumes, zentrix, zentrax]).flat();
    const someAsked = asked.filter((_, i) => i % 20 === 0);
    // In order; every third of them in order, then the others (back to the first: everyone's found in one pass).
    const orders = [many.map((_, i) => i), many.map((_, i) => i).sort((a, b) => (a % 3) - (b % 3) || a - b)];
    for (const order of orders) {
      const crowd = buildIndexes(many, aliases, clock, catalog);
      crowd[0]!.shared.acrossEveryone(() => {
        for (const query of someAsked)
          for (const i of order) expect(answers(crowd[i]!, query), query).toEqual(answers(alone[i % alone.length]!, query));
      }, true);
    }
  });

  it('given a word one person spells right, it is still a typo of the other person’s word', () => {
    const [ada, bo] = together.slice(-2);
    expect(ada!.search('skills', 'zentrix').map((h) => h.doc.title)).toEqual(['Zentrix']);
    expect(bo!.search('skills', 'zentrix').map((h) => h.doc.title)).toEqual(['Zentrax']);
  });

  it('given the shared index, each person’s documents are their own', () => {
    together.forEach((index, i) => expect(index.documents).toEqual(alone[i]!.documents));
    expect(together[0]!.search('skills', 'zentrix')).toEqual([]);
  });
});
