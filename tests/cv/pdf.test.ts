/**
 * The CV as a PDF, read back with an independent PDF text extractor (PDF.js): selectable
 * text in reading order, every employer and section, working links, never a private field,
 * and long résumés paginated.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderResumePdf } from '../../src/cv/pdf.js';
import { publicResume } from '../../src/core/public-resume.js';
import { parseResume, parseResumeText } from '../../src/resume/load.js';
import type { Resume } from '../../src/resume/schema.js';
import { readPdf } from '../helpers/pdf-text.js';

const load = (file: string): Resume => parseResumeText(readFileSync(file, 'utf8'), file);
const martin = load('data/resume.json');
const fixtures = ['sample', 'senior-engineer', 'career-changer', 'new-grad'].map((name) =>
  load(`tests/fixtures/resumes/${name}.resume.json`),
);

const HEADINGS: Array<[keyof Resume, string]> = [
  ['work', 'EXPERIENCE'],
  ['volunteer', 'VOLUNTEERING'],
  ['projects', 'PROJECTS'],
  ['skills', 'SKILLS'],
  ['education', 'EDUCATION'],
  ['certificates', 'CERTIFICATES'],
  ['awards', 'AWARDS'],
  ['publications', 'PUBLICATIONS'],
  ['languages', 'LANGUAGES'],
  ['interests', 'INTERESTS'],
  ['references', 'REFERENCES'],
];

/** Page text as one string; a word broken at its hyphen across lines ("real- time") read whole. */
const allText = (pages: Array<{ text: string }>) =>
  pages
    .map((p) => p.text)
    .join(' ')
    .replace(/(\w)- (?=\w)/g, '$1-');
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe("Martin's CV", async () => {
  const bytes = await renderResumePdf(publicResume(martin, ['basics.phone']));
  const { pages, title } = await readPdf(bytes);
  const text = allText(pages);

  it('is one or two pages, titled with his name', () => {
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    expect(title).toBe('Martin Spier — CV');
  });

  it('has every employer, in the résumé order, and every highlight as selectable text', () => {
    const at = martin.work.map((w) => text.indexOf(`${w.position} — ${w.name}`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const h of martin.work.flatMap((w) => w.highlights)) expect(text).toContain(flat(h).slice(-40));
  });

  it('has a heading for every section the file has, and the summary', () => {
    expect(text).toContain('SUMMARY');
    for (const [section, heading] of HEADINGS) expect(text.includes(heading), heading).toBe((martin[section] as unknown[]).length > 0);
  });

  it('links his profiles and projects', () => {
    const links = pages.flatMap((p) => p.links);
    expect(links).toEqual(
      expect.arrayContaining([
        'mailto:hello@martinspier.io',
        'http://linkedin.com/in/martinspier',
        'http://github.com/spiermar',
        'https://github.com/Netflix/flamescope',
      ]),
    );
  });

  it('never shows the phone number (private by default)', () => {
    expect(text).not.toContain('351-8800');
    expect(text).not.toContain('425');
    expect(pages.flatMap((p) => p.links).join(' ')).not.toContain('351');
  });

  it('is the same file every time for the same résumé', async () => {
    expect(Buffer.compare(await renderResumePdf(publicResume(martin, ['basics.phone'])), bytes)).toBe(0);
  });
});

describe('other résumés', () => {
  it.each(fixtures.map((r) => [r.basics.name, r] as const))(
    "given %s's, shows every employer and every section heading, and no private field",
    async (_name, resume) => {
      const privateFields = ['basics.phone', 'basics.email', 'references'];
      const { pages } = await readPdf(await renderResumePdf(publicResume(resume, privateFields)));
      const text = allText(pages);
      for (const w of resume.work) expect(text).toContain(w.name!);
      for (const [section, heading] of HEADINGS) {
        const shown = (resume[section] as unknown[]).length > 0 && section !== 'references';
        expect(text.includes(heading), heading).toBe(shown);
      }
      expect(text).not.toContain(resume.basics.phone!);
      expect(text).not.toContain(resume.basics.email!);
      expect(pages.flatMap((p) => p.links).join(' ')).not.toContain(resume.basics.email!);
      for (const r of resume.references) expect(text).not.toContain(flat(r.reference!).slice(0, 30));
    },
  );
});

describe('a long résumé', async () => {
  const roles = Array.from({ length: 50 }, (_, i) => ({
    name: `Company ${i + 1}`,
    position: `Engineer ${i + 1}`,
    startDate: `${1970 + i}-01`,
    endDate: `${1970 + i}-12`,
    highlights: [
      `Shipped project number ${i + 1} with a team of five and wrote about it at length so that this bullet takes two lines of the page at least.`,
      `Second highlight of role ${i + 1}.`,
    ],
  }));
  const resume = parseResume({ basics: { name: 'Long Career' }, work: roles }, 'long.json');
  const { pages } = await readPdf(await renderResumePdf(resume));

  it('flows onto further pages, keeping every role', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const text = allText(pages);
    for (const r of roles) expect(text).toContain(`${r.position} — ${r.name}`);
  });

  it('cuts no line: every line of text stands inside a page’s margins, and no page ends on a role title or a heading', () => {
    for (const page of pages) {
      for (const item of page.items) {
        expect(item.y).toBeGreaterThan(30);
        expect(item.y).toBeLessThan(page.height - 30);
      }
      const last = page.items.reduce((low, item) => (item.y < low.y ? item : low), page.items[0]!);
      expect(last.str).not.toMatch(/^Engineer \d+ — Company \d+$|^[A-Z]{6,}$/);
    }
  });

  it('keeps each bullet whole with its first line: no page starts with a lone bullet from the page before', () => {
    for (const page of pages) expect(page.items.at(-1)!.str).not.toBe('•');
  });
});
