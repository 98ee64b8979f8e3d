import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coveredYears } from '../../src/match/match.js';
import { findMentions } from '../../src/match/mentions.js';
import { recogniseRequirements } from '../../src/match/requirements.js';
import { taxonomyFileSchema } from '../../src/match/taxonomy-schema.js';
import { buildTaxonomy, defaultTaxonomy, loadTaxonomyFiles, shippedTaxonomyFiles } from '../../src/match/taxonomy.js';
import { parseResume } from '../../src/resume/load.js';
import { martinMatcher, matcherOf, NOW } from './helpers.js';

const taxonomy = defaultTaxonomy();
const names = (text: string) => findMentions(text, taxonomy).map((m) => taxonomy.terms.get(m.termId)!.name);

describe('recognising skills in text', () => {
  it('given a longer name, reads it as one skill: "Java Flight Recorder" is not Java, "Apache Kafka" is Kafka', () => {
    expect(names('Java Flight Recorder and Apache Kafka')).toEqual(['Java Flight Recorder', 'Apache Kafka']);
    expect(names('k8s, CI/CD and Node.js')).toEqual(['Kubernetes', 'CI/CD', 'Node.js']);
  });

  it('given a name that is also a word, takes it only with its capitals and in a technical setting', () => {
    expect(names('Strong skills in Go or Rust')).toEqual(['Go', 'Rust']);
    expect(names('Write C and C++ daily')).toEqual(['C', 'C++']);
    expect(names('Pastry Chef wanted; go to the store; rust on the car')).toEqual([]);
  });
});

describe("evidence in a résumé: the query layer's rule (findEvidence), nothing of its own", () => {
  const roleSaying = (highlight: string, keywords: string[] = []) =>
    parseResume(
      {
        basics: { name: 'Ana' },
        work: [{ name: 'Initech', position: 'Engineer', startDate: '2020-01', endDate: '2024-12', highlights: [highlight] }],
        projects: [{ name: 'Gauge', entity: 'Initech', description: highlight, keywords }],
      },
      'ana.json',
    );
  const matchedBy = (highlight: string, description: string, keywords: string[] = []) =>
    matcherOf(roleSaying(highlight, keywords))
      .match(description, NOW)
      .matched.map((m) => [m.requirement.label, m.evidence.map((e) => e.id)]);

  it("given other people's projects that use the person's work, a possessive's product or a link, finds no evidence", () => {
    const prose =
      'Widely used in the industry and part of major projects such as Apache Flink, Google’s pprof profiler and Oracle’s Java Flight Recorder. Docs at https://kafka.example.org.';
    expect(matchedBy(prose, 'Apache Flink, Java and Kafka')).toEqual([]);
  });

  it('given a Lighthouse-inspired metric tagged "Lighthouse", finds no Lighthouse evidence (modelled on it, not using it)', () => {
    expect(matchedBy('Created a Lighthouse-inspired compound metric of user experience.', 'Lighthouse', ['Lighthouse', 'metrics'])).toEqual(
      [],
    );
  });

  it("given the person's own use of a skill, finds it in the role and the project that say it", () => {
    expect(matchedBy('Used Java daily to build the Flight tools.', 'Java')).toEqual([['Java', ['work-0', 'projects-0']]]);
  });

  it('given a phrase, takes only entries that name all of it: "manager of managers" is not Vendor Management', () => {
    const resume = parseResume(
      { basics: { name: 'Ana' }, skills: [{ name: 'Leadership', keywords: ['Vendor Management', 'People Management'] }] },
      'ana.json',
    );
    const report = matcherOf(resume).match('A manager of managers with people management experience.', NOW);
    expect(report.matched.map((m) => [m.requirement.label, m.evidence.map((e) => e.id)])).toEqual([['People management', ['skills-0-1']]]);
  });
});

describe('what a job description asks for', () => {
  it('takes the years it asks for, for the skills of that clause only', () => {
    const reqs = recogniseRequirements(
      '8+ years in SRE, production operations or performance engineering, experience with Kafka. 15 years of experience.',
      taxonomy,
    );
    expect(reqs.map((r) => [r.label, r.years])).toEqual([
      ['15+ years of experience', 15],
      ['Site reliability engineering', 8],
      ['Performance engineering', 8],
      ['Apache Kafka', undefined],
    ]);
  });

  it('ignores words that are no requirement, and the employer speaking of itself', () => {
    expect(recogniseRequirements("We're hiring! A fast-paced, collaborative team that values ownership.", taxonomy)).toEqual([]);
  });
});

describe('years of evidence', () => {
  it('counts overlapping roles once and stops at now', () => {
    const periods = [
      { start: { year: 2010, month: 1 }, end: { year: 2012, month: 12 } },
      { start: { year: 2012, month: 1 }, end: { year: 2013, month: 12 } },
      { start: { year: 2026, month: 1 }, end: null },
    ];
    expect(coveredYears(periods, NOW)).toBe(5);
  });

  it('given "10+ years of performance engineering", counts the roles whose title or highlights show it', () => {
    const report = martinMatcher().match('10+ years of performance engineering', NOW);
    const [perf] = report.matched;
    expect(perf!.requirement.years).toBe(10);
    // Dell (Jan 2007) to Snowflake (Nov 2021): the four performance roles, back to back.
    expect(perf!.years).toBe(14.9);
    expect(perf!.evidence.filter((e) => e.section === 'work').map((e) => e.id)).toEqual(['work-1', 'work-2', 'work-3', 'work-4']);
    expect(report.summary).toBe('1 of 1 recognised requirement, 1 of them with more than 5 years of evidence');
    expect(report.score).toBe(1);
  });

  it('scores a match short of the years asked in proportion, and says plainly what is missing', () => {
    const resume = parseResume(
      { basics: { name: 'A' }, work: [{ name: 'X', position: 'Kafka engineer', startDate: '2024-12', endDate: '2026-11' }] },
      'a.json',
    );
    const report = matcherOf(resume).match('4+ years of Kafka. Terraform.', NOW);
    expect(report.matched.map((m) => [m.requirement.label, m.years])).toEqual([['Apache Kafka', 2]]);
    expect(report.missing.map((m) => m.label)).toEqual(['Terraform']);
    expect(report.score).toBe(0.25);
    expect(report.summary).toBe('1 of 2 recognised requirements, 0 of them with more than 5 years of evidence');
  });
});

describe('the taxonomy', () => {
  it('merges a later file into an earlier one: its name wins, aliases add up', () => {
    const t = buildTaxonomy([
      { terms: [{ name: 'kafka', aliases: ['apachekafka'] }] },
      { terms: [{ name: 'Apache Kafka', aliases: ['Kafka', 'Kafka Streams'] }] },
    ]);
    expect([...t.terms.values()]).toEqual([
      { id: 'kafka', name: 'Apache Kafka', names: ['Apache Kafka', 'kafka', 'apachekafka', 'Kafka', 'Kafka Streams'] },
    ]);
  });

  it('given a kind of skill, reads it as the terms tagged with it, less those excepted and more those added, by each of their names', () => {
    const t = buildTaxonomy([
      {
        terms: [
          { name: 'PostgreSQL', aliases: ['postgres'], tags: ['database'] },
          { name: 'DBeaver', tags: ['database'] },
          { name: 'Redis', tags: ['server'] },
        ],
      },
      {
        terms: [],
        kinds: [{ kind: 'database', asked: ['databases', 'Data Stores'], tag: 'database', except: ['DBeaver'], also: ['Redis', 'Neo4j'] }],
      },
    ]);
    expect([...t.kinds.keys()].sort()).toEqual(['neo4j', 'postgres', 'postgresql', 'redis']);
    expect(t.kindAsked.get('data stores')).toBe('database');
  });
});

describe('the shipped taxonomy files', () => {
  it('hold to the schema, and the generated one records where its names come from and under which licence', () => {
    const [technologies, skills] = shippedTaxonomyFiles().map((file) => taxonomyFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))));
    expect(technologies!.sources!.map((s) => [s.package, s.licence])).toEqual([
      ['devicon', 'MIT'],
      ['simple-icons', 'CC0-1.0'],
      ['linguist-languages', 'MIT'],
    ]);
    expect(technologies!.terms.length).toBeGreaterThan(500);
    expect(skills!.terms.length).toBeGreaterThan(100);
  });

  it('given a broken file, names it and the problem', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'taxonomy-')), 'skills.json');
    writeFileSync(file, JSON.stringify({ terms: [{ name: 'Kafka', aliases: 'kafka' }] }));
    expect(() => loadTaxonomyFiles([file])).toThrow(`${file}: invalid skills taxonomy: terms[0].aliases: expected a list of names`);
  });
});
