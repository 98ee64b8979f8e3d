import { describe, expect, it } from 'vitest';
import { loadResumeFile, parseResume } from '../../../src/resume/load.js';
import { buildTimeline } from '../../../src/resume/timeline.js';
import { timelineBars, BAR_CELLS } from '../../../src/resume/timeline-bars.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const martin = () => loadResumeFile('data/resume.json');
const resumeWith = (data: object) => parseResume({ basics: { name: 'Ada Example' }, ...data }, 'test.json');
const month = (year: number, m: number) => year * 12 + m - 1;

describe('the career timeline', () => {
  it('given the bundled résumé, puts the current role on top running to this month, and the first role last', () => {
    const t = buildTimeline(martin(), NOW);
    expect(t.roles.map((r) => r.heading)).toEqual(['PicPay', 'Snowflake', 'Netflix', 'Expedia', 'Dell']);
    expect(t.roles[0]).toMatchObject({ detail: 'VP, Platform Engineering', ongoing: true, start: month(2021, 11), end: month(2026, 11) });
    expect(t.roles[0]!.dates).toBe('Nov 2021 – Present · 5 yrs 1 mo');
    expect(t.today).toBe(month(2026, 11));
    expect(t.range).toEqual({ from: month(2002, 1), to: month(2026, 11) });
  });

  it('given projects whose entity is an employer, marks them on that role only', () => {
    const t = buildTimeline(martin(), NOW);
    const netflix = t.roles.find((r) => r.heading === 'Netflix')!;
    expect(netflix.projects.map((p) => p.name)).toContain('FlameScope');
    expect(netflix.projects).toHaveLength(11);
    expect(t.roles.filter((r) => r.heading !== 'Netflix').every((r) => r.projects.length === 0)).toBe(true);
  });

  it('given overlapping roles, a gap and a role without dates, gives each its own row and the undated one no bar', () => {
    const t = buildTimeline(
      resumeWith({
        work: [
          { name: 'Acme', position: 'Engineer', startDate: '2010-01', endDate: '2014-06' },
          { name: 'Side Gig', position: 'Consultant', startDate: '2012-03', endDate: '2013-01' },
          { name: 'Later Co', position: 'Lead', startDate: '2018', endDate: '2020' },
          { name: 'Mystery', position: 'Advisor' },
        ],
      }),
      NOW,
    );
    expect(t.roles.map((r) => r.heading)).toEqual(['Later Co', 'Side Gig', 'Acme', 'Mystery']);
    const [later, side, acme, mystery] = t.roles;
    expect(side!.start! < acme!.end! && side!.end! > acme!.start!).toBe(true);
    expect(later!.start! - acme!.end!).toBeGreaterThan(12);
    // Missing endDate means ongoing in JSON Resume; missing startDate means no bar at all.
    expect(mystery).toMatchObject({ start: null, end: null, dates: 'Dates not given' });
  });

  it('given two roles at one employer, puts each project on one of them: a dated one where its date falls, an undated one on the longest', () => {
    const t = buildTimeline(
      resumeWith({
        work: [
          { name: 'Acme', position: 'Principal', startDate: '2019-03' },
          { name: 'Acme', position: 'Engineer', startDate: '2014-01', endDate: '2016-12' },
        ],
        projects: [
          { name: 'Dated', entity: 'Acme', startDate: '2015-06' },
          { name: 'Undated', entity: 'acme' },
          { name: 'Elsewhere', entity: 'Other' },
        ],
      }),
      NOW,
    );
    const [principal, engineer] = t.roles;
    expect(engineer!.projects).toEqual([{ name: 'Dated', at: month(2015, 6) }]);
    expect(principal!.projects).toEqual([{ name: 'Undated', at: null }]);
  });

  it('given roles at one employer, gives them one colour, and different employers different ones', () => {
    const t = buildTimeline(
      resumeWith({
        work: [
          { name: 'Acme', position: 'Senior', startDate: '2015' },
          { name: 'acme ', position: 'Junior', startDate: '2012', endDate: '2014' },
          { name: 'Other', position: 'Intern', startDate: '2011', endDate: '2011' },
        ],
      }),
      NOW,
    );
    expect(t.roles[0]!.group).toBe(t.roles[1]!.group);
    expect(t.roles[2]!.group).not.toBe(t.roles[0]!.group);
  });

  it('given a résumé with no roles and no education, has nothing to place and no range', () => {
    const t = buildTimeline(resumeWith({}), NOW);
    expect(t).toMatchObject({ roles: [], education: [], range: null });
    expect(timelineBars(t)).toEqual([]);
  });

  it('given education with only an end year, still places it across that year', () => {
    const t = buildTimeline(resumeWith({ education: [{ institution: 'Uni', area: 'Maths', studyType: 'BSc', endDate: '2009' }] }), NOW);
    expect(t.education[0]).toMatchObject({
      heading: 'Uni',
      detail: 'BSc, Maths',
      start: month(2009, 1),
      end: month(2009, 12),
      dates: '2009',
    });
  });
});

describe('the text timeline', () => {
  it('given the bundled résumé, draws one bar per role and school on one scale, the current role reaching the last cell', () => {
    const lines = timelineBars(buildTimeline(martin(), NOW));
    expect(lines[0]).toMatch(/^2002 +2026$/);
    expect(lines).toHaveLength(1 + 5 + 2);
    const bars = lines.slice(1).map((l) => l.slice(0, BAR_CELLS));
    expect(bars.every((b) => [...b].length === BAR_CELLS)).toBe(true);
    expect(bars[0]!.endsWith('█')).toBe(true);
    expect(bars[4]!.endsWith('░')).toBe(true);
    expect(lines[1]).toContain('PicPay · VP, Platform Engineering · Nov 2021 – Present');
    expect(lines[3]).toContain('Netflix · Performance Architect · Dec 2012 – May 2021 · 8 yrs 6 mos · 11 projects');
    // Education is drawn in its own fill, so it is told apart without colour.
    expect(lines.at(-1)!.startsWith('▒')).toBe(true);
  });

  it('given a role without dates, draws a dotted bar and says so', () => {
    const lines = timelineBars(buildTimeline(resumeWith({ work: [{ name: 'Acme', startDate: '2020' }, { name: 'Mystery' }] }), NOW));
    expect(lines.at(-1)).toBe(`${'·'.repeat(BAR_CELLS)}  Mystery · Dates not given`);
  });
});
