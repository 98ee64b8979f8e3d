/**
 * The labelled job descriptions (tests/fixtures/jobs/labelled.json): platform, performance,
 * data, leadership and unrelated jobs, each with the requirements Martin Spier's résumé
 * should show as matched and as missing.
 */
import { describe, expect, it } from 'vitest';
import { loadJobs, martinMatcher, NOW } from './helpers.js';

const jobs = loadJobs('labelled');
const matcher = martinMatcher();

describe('labelled job descriptions', () => {
  it('are at least twenty, some matching nothing', () => {
    expect(jobs.length).toBeGreaterThanOrEqual(20);
    expect(jobs.filter((job) => job.matched!.length === 0).length).toBeGreaterThanOrEqual(3);
  });

  it.each(jobs.map((job) => [job.id, job] as const))('given %s, finds the labelled matched and missing requirements', (_id, job) => {
    const report = matcher.match(job.text, NOW);
    expect({ matched: report.matched.map((m) => m.requirement.label).sort(), missing: report.missing.map((m) => m.label).sort() }).toEqual({
      matched: [...job.matched!].sort(),
      missing: [...job.missing!].sort(),
    });
    for (const m of report.matched) expect(m.evidence.length, m.requirement.label).toBeGreaterThan(0);
  });
});
