/**
 * The commands for awards, certificates, publications, languages, interests, references and
 * volunteer work, as a user of the JSON Resume examples meets them: a listing without a query,
 * entries found by name, by who gave them, by year, by keyword and content (typos and aliases
 * included), "did you mean" when nothing matches, and a polite word when the section is missing.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { publicView } from '../../src/core/privacy.js';
import { toJsonResult } from '../../src/cli/json.js';
import type { Answer } from '../../src/model/answer.js';
import { parseLine } from '../helpers/bot.js';
import { botFor } from '../query/fixture-bots.js';

const ask = (resume: string, line: string) => botFor(resume).answer(parseLine(line));
const titles = (a: Answer) => a.matches.map((m) => m.title);
const text = (a: Answer) =>
  [
    a.title,
    a.subtitle,
    a.body,
    a.footer,
    ...a.fields.flatMap((f) => [f.label, f.value]),
    ...a.sections.flatMap((s) => [s.heading, ...s.bullets]),
  ]
    .filter(Boolean)
    .join('\n');

describe('/awards', () => {
  it('given no query, lists every award with who gave it and when', () => {
    const a = ask('senior-engineer', '/awards');
    expect(a.kind).toBe('list');
    expect(titles(a)).toEqual(['Best Paper Award', 'Distinguished Engineer Spotlight']);
    expect(a.sections[0]!.bullets[0]).toBe('Best Paper Award · USENIX OSDI · Oct 2014');
  });

  it.each([
    ['osdi', 'Best Paper Award'],
    ['usenix', 'Best Paper Award'],
    ['best papr award', 'Best Paper Award'],
    ['2021', 'Distinguished Engineer Spotlight'],
    ['tiered storage', 'Distinguished Engineer Spotlight'],
  ])('given "%s", answers %s', (query, title) => {
    const a = ask('senior-engineer', `/awards ${query}`);
    expect(a.kind).toBe('result');
    expect(titles(a)[0]).toBe(title);
  });

  it('given one award, shows it whole: awarder, date and summary', () => {
    const a = ask('senior-engineer', '/awards osdi');
    expect(a.title).toBe('Best Paper Award');
    expect(a.body).toBe('Recognized for the geo-replication consistency model paper.');
    expect(a.fields).toEqual([
      { label: 'Awarded by', value: 'USENIX OSDI', inline: true },
      { label: 'Date', value: 'Oct 2014', inline: true },
    ]);
  });

  it('given a year with no award, says so', () => {
    const a = ask('senior-engineer', '/awards 2016');
    expect(a.kind).toBe('empty');
    expect(a.title).toBe('No award in 2016');
    expect(a.matches).toEqual([]);
  });

  it('given an award that is not there, answers nothing, with the close name as "did you mean"', () => {
    expect(ask('senior-engineer', '/awards turing').matches).toEqual([]);
    const a = ask('senior-engineer', '/awards bset ppaer');
    expect(a.kind).toBe('empty');
    expect(a.suggestions).toContain('/awards Best Paper Award');
  });

  it('given a résumé without awards, says so politely and lists what it does have', () => {
    const a = ask('martin', '/awards');
    expect(a.kind).toBe('empty');
    expect(a.body).toBe("Martin Spier's résumé lists no awards.");
    expect(a.suggestions).toContain('/experience');
    expect(a.matches).toEqual([]);
  });
});

describe('/certificates, /publications, /languages, /interests', () => {
  it.each([
    [
      'career-changer',
      '/certificates',
      ['Google Data Analytics Professional Certificate', 'Databases and SQL for Data Science', 'Tableau Desktop Specialist'],
    ],
    ['career-changer', '/certificates ibm', ['Databases and SQL for Data Science']],
    ['career-changer', '/certificates coursera', ['Google Data Analytics Professional Certificate', 'Databases and SQL for Data Science']],
    ['career-changer', '/certificates 2025', ['Tableau Desktop Specialist']],
    ['senior-engineer', '/certificates amazon web services', ['AWS Certified Solutions Architect - Professional']],
    ['senior-engineer', '/certificates aws', ['AWS Certified Solutions Architect - Professional']],
    [
      'senior-engineer',
      '/publications',
      ['Bounded Staleness for Geo-Replicated Key-Value Stores', 'Operating Tiered Storage at Streaming Scale'],
    ],
    ['senior-engineer', '/publications acm', ['Operating Tiered Storage at Streaming Scale']],
    ['senior-engineer', '/publications replica staleness', ['Bounded Staleness for Geo-Replicated Key-Value Stores']],
    ['senior-engineer', '/publications 2022', ['Operating Tiered Storage at Streaming Scale']],
    ['senior-engineer', '/languages', ['English', 'Spanish', 'Portuguese']],
    ['senior-engineer', '/languages portugese', ['Portuguese']],
    ['senior-engineer', '/languages fluent', ['Spanish']],
    ['new-grad', '/interests', ['Open Source', 'Rock Climbing']],
    ['new-grad', '/interests bouldering', ['Rock Climbing']],
    ['new-grad', '/interests climb', ['Rock Climbing']],
  ])('given [%s] %s, answers %j', (resume, line, expected) => {
    expect(titles(ask(resume, line))).toEqual(expected);
  });

  it('given a language, shows its fluency', () => {
    const a = ask('senior-engineer', '/languages spanish');
    expect(a.title).toBe('Spanish');
    expect(a.fields).toEqual([{ label: 'Fluency', value: 'Fluent', inline: true }]);
  });

  it('given a certificate, links it', () => {
    expect(ask('career-changer', '/certificates tableau').links).toEqual([
      { label: 'Tableau Desktop Specialist', url: 'https://www.tableau.com/learn/certification/desktop-specialist' },
    ]);
  });
});

describe('/volunteer', () => {
  it('given no query, lists each role with organization and dates', () => {
    const a = ask('career-changer', '/volunteer');
    expect(a.sections[0]!.bullets).toEqual([
      'Data Volunteer · Central Texas Food Bank · Feb 2024 – Mar 2025 · 1 yr 2 mos',
      'Digital Literacy Tutor · Austin Free-Net · Sep 2023 – Jun 2024 · 10 mos',
    ]);
  });

  it.each([
    ['food bank', 'Data Volunteer at Central Texas Food Bank'],
    ['tutor', 'Digital Literacy Tutor at Austin Free-Net'],
    ['excel workshops', 'Digital Literacy Tutor at Austin Free-Net'],
    ['2023', 'Digital Literacy Tutor at Austin Free-Net'],
    ['current', 'Data Volunteer at Central Texas Food Bank'],
    ['first', 'Digital Literacy Tutor at Austin Free-Net'],
    ['before central texas food bank', 'Digital Literacy Tutor at Austin Free-Net'],
  ])('given "%s", answers %s', (query, title) => {
    expect(titles(ask('career-changer', `/volunteer ${query}`))[0]).toBe(title);
  });

  it('given an ongoing role, "current" answers it', () => {
    expect(ask('edge', '/volunteer current').title).toBe('Mentor at Code Club Bogotá');
  });
});

describe('/references', () => {
  it('given a name or a company, answers the reference with its quote', () => {
    const a = ask('senior-engineer', '/references confluent');
    expect(a.title).toBe('Marcus Feng, Engineering Director at Confluent');
    expect(text(a)).toContain('the engineer other staff engineers go to');
  });

  it('given the default PRIVATE_FIELDS, a shared copy keeps neither the names nor the quotes', () => {
    const { privateFields } = loadConfig({});
    expect(privateFields).toContain('references');
    const bot = botFor('senior-engineer');
    const shared = publicView(bot.answer(parseLine('/references')), privateFields, bot.resume);
    expect(text(shared)).not.toContain('Marcus Feng');
    const one = publicView(bot.answer(parseLine('/references marcus')), privateFields, bot.resume);
    expect(text(one)).not.toContain('other staff engineers');
    expect(one.fields).toEqual([]);
  });
});

describe('--json', () => {
  it.each([
    ['senior-engineer', '/awards osdi', 'awards', 'Best Paper Award'],
    ['senior-engineer', '/certificates aws', 'certificates', 'AWS Certified Solutions Architect - Professional'],
    ['senior-engineer', '/publications acm', 'publications', 'Operating Tiered Storage at Streaming Scale'],
    ['senior-engineer', '/languages spanish', 'languages', 'Spanish'],
    ['new-grad', '/interests climbing', 'interests', 'Rock Climbing'],
    ['sample', '/references erlich', 'references', 'Erlich Bachman'],
    ['career-changer', '/volunteer food bank', 'volunteer', 'Data Volunteer at Central Texas Food Bank'],
  ])('given [%s] %s, the first result is in section %s, titled %s', (resume, line, section, title) => {
    const request = parseLine(line);
    const json = toJsonResult(botFor(resume).answer(request), request);
    expect(json.results[0]).toMatchObject({ section, title });
    expect(json.results[0]!.id).toMatch(new RegExp(`^${section}-\\d+$`));
  });
});

describe('help and completion', () => {
  it('given a résumé, help lists the sections it has and only those', () => {
    const headings = ask('senior-engineer', '/resume help').sections.map((s) => s.heading.split(' ')[0]);
    expect(headings).toEqual(
      expect.arrayContaining(['/awards', '/certificates', '/publications', '/languages', '/interests', '/references']),
    );
    expect(headings).not.toContain('/volunteer');
  });

  it('given a partial name, completes awards, organizations and languages', () => {
    expect(botFor('senior-engineer').complete('awards', 'best')).toContain('Best Paper Award');
    expect(botFor('career-changer').complete('volunteer', 'food')).toContain('Central Texas Food Bank');
    expect(botFor('senior-engineer').complete('languages', 'port')).toEqual(['Portuguese']);
    expect(botFor('senior-engineer').complete('resume', 'cartog')).toContain('Cartography');
  });
});
