/**
 * Truthful answers: what counts as evidence of the person's employer or skill. A word inside
 * a third party's name (a possessive's owner, "X-inspired", a longer proper name, the
 * projects that use his work) or a link's address is not; a widening alias finds related
 * entries, said as related, never as where the skill shows up. Over Martin's résumé (the
 * tuning traps and evidence questions in truth-set.ts) and over a résumé of our own, so the
 * rule is shown to be general, not a list of Martin's words.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import { parseAliasesText } from '../../src/query/aliases.js';
import { parseResume } from '../../src/resume/load.js';
import { FIXED_NOW, martinBot, parseLine } from '../helpers/bot.js';
import { isRight, outcome, ratio } from '../helpers/labelled.js';
import { ANSWERED, EVIDENCE, TRAPS } from './truth-set.js';

const martin = martinBot();

describe("Martin's traps and evidence (tuning)", () => {
  afterAll(() => {
    const all = [...TRAPS, ...ANSWERED, ...EVIDENCE];
    const right = all.filter((q) => isRight(q, outcome(martin, q.ask))).length;
    console.log(`truth tuning set: ${ratio(right, all.length)} right`);
  });

  it.each(TRAPS)('given "$ask", where the word is only a third party\'s name or a link, answers with no result', ({ ask, command }) => {
    const got = outcome(martin, ask);
    expect(got.titles).toEqual([]);
    expect(got.command).toBe(command);
  });

  it.each(ANSWERED)('given "$ask", answers with $command → $first', (q) => {
    const got = outcome(martin, q.ask);
    expect(got.command).toBe(q.command);
    expect(got.first).toBe(q.first);
  });

  it.each(EVIDENCE)('given "$ask", answers $first and lists no entry whose text does not say it', ({ ask, first, notEvidence }) => {
    const got = outcome(martin, ask);
    expect(got.first).toBe(first);
    expect(got.titles.filter((t) => notEvidence.includes(t))).toEqual([]);
  });

  it('given /skills observability, lists the roles and the project whose text says it', () => {
    const got = outcome(martin, '/skills observability');
    expect(got.titles).toEqual(
      expect.arrayContaining(['VP, Platform Engineering at PicPay', 'Performance Architect at Snowflake', 'End-to-End Tracing Framework']),
    );
  });
});

describe('a widening alias (kafka → event streaming) finds related entries, said as related', () => {
  it('given /skills kafka, says no entry names Kafka and shows PicPay only as related, in words', () => {
    const a = martin.answer(parseLine('/skills kafka'));
    expect(a.title).toBe('Kafka');
    expect(a.matches.map((m) => m.section)).toEqual(['skills']);
    const shows = a.sections.find((s) => s.heading === 'Where it shows up')!;
    expect(shows.bullets.join('\n')).not.toContain('PicPay');
    const related = a.sections.find((s) => /related/i.test(s.heading))!;
    expect(related.heading).toMatch(/event streaming/);
    expect(related.heading).toMatch(/not .*Kafka/);
    expect(related.bullets.join('\n')).toContain('PicPay');
  });

  it('given /experience kafka, answers no role and names PicPay only as related', () => {
    const a = martin.answer(parseLine('/experience kafka'));
    expect(a.kind).toBe('empty');
    expect(a.matches).toEqual([]);
    expect(a.sections.map((s) => s.heading).join('\n')).toMatch(/related/i);
    expect(a.sections.flatMap((s) => s.bullets).join('\n')).toContain('PicPay');
  });

  it('given /skills k8s (a documented abbreviation), answers Kubernetes as before', () => {
    expect(martin.answer(parseLine('/skills k8s')).title).toBe('Kubernetes');
  });
});

describe('entity-aware matching over any résumé', () => {
  const resume = parseResume(
    {
      basics: { name: 'Ada Quinn' },
      work: [
        {
          name: 'Globex',
          position: 'Platform Engineer',
          startDate: '2019-01',
          highlights: [
            'Built a Prometheus-inspired metrics store and a Grafana-based dashboard suite for every team.',
            "Tuned Initech's billing engine for the holiday peak.",
            "Improved Globex's checkout latency by 40% across regions.",
            'Wrote an exporter that is now part of Hooli Cloud and used by Pied Piper.',
            'Migrated event ingestion to Kafka Streams on Umbrella Compute, halving the cost.',
            "Traced slow requests with Initech's Falcon Trace Suite during the migration.",
            'Recorded a conference talk on the migration: https://www.youtube.com/watch?v=abc123 (slides at github.com/adaq/umbrella-notes).',
          ],
        },
        {
          name: 'Thoughtworks',
          position: 'Consultant',
          startDate: '2015-01',
          endDate: '2018-12',
          highlights: ['Delivered data platforms for clients including Acme Bank and Soylent, in three countries.'],
        },
      ],
      skills: [{ name: 'Technical', keywords: ['Kafka', 'Terraform'] }],
      projects: [
        {
          name: 'Exporter X',
          entity: 'Globex',
          description: 'A Prometheus-inspired exporter for billing metrics, written for the platform team.',
          keywords: ['Prometheus', 'exporters'],
        },
      ],
    },
    'ada.json',
  );
  const ada = createBot({ resume, aliases: parseAliasesText('{"aliases": {}}', 'a.json'), clock: () => FIXED_NOW });
  const titles = (line: string) => ada.answer(parseLine(line)).matches.map((m) => m.title);
  const GLOBEX = 'Platform Engineer at Globex';
  const THOUGHTWORKS = 'Consultant at Thoughtworks';

  it('given a possessive owner ("Initech\'s billing engine"), Initech is neither employer nor topic; what she did to it is', () => {
    expect(titles('did she work at initech?')).toEqual([]);
    expect(titles('/experience initech')).toEqual([]);
    expect(titles('/experience billing engine')).toEqual([GLOBEX]);
  });

  it('given the employer\'s own possessive ("Globex\'s checkout"), the text still counts for that role', () => {
    expect(titles('/experience checkout latency')).toEqual([GLOBEX]);
  });

  it('given "X-inspired", X is someone else\'s: no employer, no topic, and the tag that repeats it is not the project\'s', () => {
    expect(titles('did she work for prometheus?')).toEqual([]);
    expect(titles('/experience prometheus')).toEqual([]);
    expect(titles('/projects prometheus')).toEqual([]);
    expect(titles('did she build prometheus?')).toEqual([]);
    expect(titles('/projects exporters')).toEqual(['Exporter X']);
  });

  it('given "X-based", X is used in her work (a topic) but is never her employer', () => {
    expect(titles('/experience grafana')).toEqual([GLOBEX]);
    expect(titles('did she work at grafana?')).toEqual([]);
  });

  it('given the projects that use her work ("part of Hooli Cloud and used by Pied Piper"), those names are theirs', () => {
    expect(titles('/experience hooli')).toEqual([]);
    expect(titles('/experience hooli cloud')).toEqual([]);
    expect(titles('/experience pied piper')).toEqual([]);
    expect(titles('has she worked with pied piper?')).toEqual([]);
    expect(titles('/experience exporter')).toEqual([GLOBEX]);
  });

  it('given a word that only modifies a name someone else owns ("Initech\'s Falcon Trace Suite"), the word alone is not evidence; the name is', () => {
    expect(titles('/experience falcon')).toEqual([]);
    expect(titles('/experience falcon trace suite')).toEqual([GLOBEX]);
  });

  it('given a longer name she used ("Umbrella Compute"), each of its words is evidence, and no employer', () => {
    expect(titles('/experience umbrella')).toEqual([GLOBEX]);
    expect(titles('did she work at umbrella?')).toEqual([]);
  });

  it('given her own skill inside a longer name ("Kafka Streams"), it is evidence of that skill', () => {
    expect(titles('/skills kafka')).toEqual(['Kafka', GLOBEX]);
    expect(titles('/skills terraform')).toEqual(['Terraform']);
  });

  it('given a link in a highlight, its address is never matched as text', () => {
    expect(titles('/experience youtube')).toEqual([]);
    expect(titles('/experience youtube.com')).toEqual([]);
    expect(titles('/experience adaq')).toEqual([]);
    expect(titles('/experience umbrella notes')).toEqual([]);
    expect(titles('did she work at github?')).toEqual([]);
    expect(titles('/experience conference talk')).toEqual([GLOBEX]);
  });

  it('given an employer question, answers the role whose company (or named client) it is, never a word in a highlight', () => {
    expect(titles('did she work at globex?')).toEqual([GLOBEX]);
    expect(titles('was she employed by thoughtworks')).toEqual([THOUGHTWORKS]);
    expect(titles('did she work for acme bank?')).toEqual([THOUGHTWORKS]);
    expect(titles('has she worked for soylent')).toEqual([THOUGHTWORKS]);
    expect(titles('did she work at umbrella compute?')).toEqual([]);
    expect(titles('/experience at hooli')).toEqual([]);
    expect(titles('/experience at globex')).toEqual([GLOBEX]);
  });
});
