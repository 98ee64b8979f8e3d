/**
 * The held-out job descriptions (tests/fixtures/jobs/heldout.json, committed before the
 * matcher was tuned and never edited to pass): whatever the matcher recognises, what it
 * calls matched is backed by the résumé's own words, and nothing is invented.
 */
import { describe, expect, it } from 'vitest';
import { valuesAt } from '../../src/core/privacy.js';
import { OVERALL } from '../../src/match/requirements.js';
import { defaultTaxonomy } from '../../src/match/taxonomy.js';
import { literallyNames, loadJobs, martin, martinMatcher, NOW } from './helpers.js';

const jobs = loadJobs('heldout');
const matcher = martinMatcher();
const taxonomy = defaultTaxonomy();
/** Every string of the résumé entry an evidence id names ("work-2", "skills-1-10", "basics"). */
const entryStrings = (id: string): string[] => {
  const [section, i, k] = id.split('-');
  const path = id === 'basics' ? 'basics' : k !== undefined ? `${section}[${i}].keywords[${k}]` : `${section}[${i}]`;
  return valuesAt(martin(), path);
};

describe('held-out job descriptions', () => {
  it('are at least ten, and the résumé matches some requirement in most of them', () => {
    expect(jobs.length).toBeGreaterThanOrEqual(10);
    expect(jobs.filter((job) => matcher.match(job.text, NOW).matched.length > 0).length).toBeGreaterThanOrEqual(jobs.length / 2);
  });

  describe.each(jobs.map((job) => [job.id, job] as const))('given %s', (_id, job) => {
    const report = matcher.match(job.text, NOW);
    const namesOf = (termId: string) => taxonomy.terms.get(termId)!.names;

    it('every requirement, matched or missing, is named in the description', () => {
      for (const requirement of [...report.matched.map((m) => m.requirement), ...report.missing]) {
        if (requirement.termId === OVERALL) expect(job.text).toMatch(new RegExp(`${requirement.years}\\s*\\+?\\s*years`, 'i'));
        else
          expect(
            namesOf(requirement.termId).some((name) => literallyNames(job.text, name)),
            requirement.label,
          ).toBe(true);
      }
    });

    it('every matched requirement has evidence whose own text names it (or a documented alias)', () => {
      for (const { requirement, evidence } of report.matched) {
        expect(evidence.length).toBeGreaterThan(0);
        if (requirement.termId === OVERALL) {
          expect(evidence.every((e) => e.section === 'work' && e.period)).toBe(true);
          continue;
        }
        for (const e of evidence) {
          const names = namesOf(requirement.termId);
          expect(
            names.some((name) => literallyNames(e.quote, name)),
            `${requirement.label} in ${e.id}: ${e.quote}`,
          ).toBe(true);
          expect(
            entryStrings(e.id).some((text) => text.includes(e.quote)),
            `${e.id} says: ${e.quote}`,
          ).toBe(true);
        }
      }
    });

    it('never matches what the résumé does not have', () => {
      const matchedNames = report.matched.flatMap((m) =>
        (m.requirement.termId === OVERALL ? [] : namesOf(m.requirement.termId)).map((n) => n.toLowerCase()),
      );
      for (const absent of job.mustNotMatch ?? []) expect(matchedNames, absent).not.toContain(absent.toLowerCase());
    });
  });
});
