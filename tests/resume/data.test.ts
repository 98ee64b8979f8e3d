/**
 * data/resume.json against the seed résumé it was written from: every role, highlight,
 * tool, skill and degree present, nothing added. Where the seed is not on the machine the
 * literal facts below stand in for it; where it is, the literals are checked against it too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadResumeFile } from '../../src/resume/load.js';
import { plain, readSeed } from './seed-facts.js';

const seed = readSeed();

/** The committed file as written (raw JSON: "no endDate" must mean no key at all). */
const raw = JSON.parse(readFileSync('data/resume.json', 'utf8')) as {
  basics: Record<string, unknown> & { profiles: Array<{ network: string; username: string; url: string }> };
  work: Array<Record<string, unknown> & { highlights?: string[] }>;
  projects: Array<{ name: string; description?: string; url?: string; entity?: string; keywords?: string[]; type?: string }>;
  skills: Array<{ name: string; keywords: string[] }>;
  education: Array<Record<string, unknown>>;
};
const resume = loadResumeFile('data/resume.json');

// Facts from the seed, written out for machines without it.
const LITERAL = {
  name: 'Martin Spier',
  label: 'VP of Engineering. Platform Engineering, Cloud Infrastructure, Developer Experience. Ex-Netflix.',
  email: 'hello@martinspier.io',
  phone: '+1 (425) 351-8800',
  profiles: { LinkedIn: 'http://linkedin.com/in/martinspier', GitHub: 'http://github.com/spiermar' },
  roles: [
    {
      position: 'VP, Platform Engineering',
      company: 'PicPay',
      location: 'Remote',
      start: '2021-11',
      end: null,
      highlights: 12,
      described: true,
    },
    {
      position: 'Performance Architect',
      company: 'Snowflake',
      location: 'San Mateo, CA',
      start: '2021-05',
      end: '2021-11',
      highlights: 3,
      described: false,
    },
    {
      position: 'Performance Architect',
      company: 'Netflix',
      location: 'Los Gatos, CA',
      start: '2012-12',
      end: '2021-05',
      highlights: 13,
      described: false,
    },
    {
      position: 'Performance Engineer',
      company: 'Expedia',
      location: 'Bellevue, WA',
      start: '2011-01',
      end: '2012-12',
      highlights: 0,
      described: false,
    },
    {
      position: 'Performance Engineer',
      company: 'Dell',
      location: 'Porto Alegre, Brazil',
      start: '2007-01',
      end: '2011-01',
      highlights: 0,
      described: false,
    },
  ],
  skills: [
    {
      name: 'Leadership Skills',
      keywords: [
        'Strategic Planning',
        'Organizational Leadership',
        'Data-Driven Decision Making',
        'Metrics-Driven Leadership',
        'Change Management',
        'Executive Communication',
        'Stakeholder Management',
        'Cross-Functional Collaboration',
        'People Management',
        'Talent Acquisition',
        'Career Development',
        'Remote Team Management',
        'Performance Management',
        'Conflict Management',
        'Resource Management',
        'Vendor Management',
      ],
    },
    {
      name: 'Technical Skills',
      keywords: [
        'Distributed Systems',
        'Performance Engineering',
        'Reliability Engineering',
        'Observability',
        'Platform Engineering',
        'Developer Experience',
        'Data Visualization',
        'Data Engineering',
        'Cloud Infrastructure',
        'AWS',
        'Kubernetes',
        'Kafka',
        'Kong',
      ],
    },
  ],
  education: [
    {
      institution: 'Pontifícia Universidade Católica do Rio Grande do Sul (PUCRS)',
      location: 'Brazil',
      title: 'Project Management',
      start: '2009',
      end: '2010',
    },
    {
      institution: 'Pontifícia Universidade Católica do Rio Grande do Sul (PUCRS)',
      location: 'Brazil',
      title: 'B.Sc. Computer Science',
      start: '2002',
      end: '2008',
    },
  ],
  /** Every tool the seed lists under Netflix, with the link the seed gives it (if any). */
  projects: {
    FlameScope: 'https://github.com/Netflix/flamescope',
    FlameCommander: 'https://www.youtube.com/watch?v=L58GrWcrD00',
    'd3-flame-graph': 'https://github.com/spiermar/d3-flame-graph',
    'd3-heatmap2': 'https://github.com/spiermar/d3-heatmap2',
    FlameCloud: null,
    'End-to-End Tracing Framework': null,
    Icarus: 'https://www.youtube.com/watch?v=4RG2DUK03_0',
    Vector: 'https://netflixtechblog.com/introducing-vector-netflixs-on-host-performance-monitoring-tool-c0d3058c3f6f',
    Mogul: null,
    Slalom: null,
    'Netflix User Performance Score': null,
  } as Record<string, string | null>,
};

/** Lowercase words, so that punctuation and emphasis do not matter. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}$%+]+/gu) ?? [];
}

/** The words of `data` that are not part of `source` read in order (what was added). */
function addedWords(source: string, data: string): string[] | null {
  const want = words(source);
  const added: string[] = [];
  let k = 0;
  for (const word of words(data)) {
    if (k < want.length && word === want[k]) k++;
    else added.push(word);
  }
  return k === want.length ? added : null;
}

const stem = (word: string): string => word.replace(/s$/, '');

function roleDates(role: Record<string, unknown>): { start: unknown; end: unknown } {
  return { start: role.startDate, end: role.endDate ?? null };
}

describe('basics', () => {
  it('has the name, label, email and phone of the seed', () => {
    const facts = seed ?? LITERAL;
    expect(raw.basics).toMatchObject({ name: facts.name, label: facts.label, email: facts.email, phone: facts.phone });
  });

  it("has exactly the LinkedIn and GitHub profiles, with the seed's links and usernames", () => {
    const facts = seed ?? LITERAL;
    expect(raw.basics.profiles).toEqual([
      { network: 'LinkedIn', username: 'martinspier', url: facts.profiles.LinkedIn },
      { network: 'GitHub', username: 'spiermar', url: facts.profiles.GitHub },
    ]);
  });

  it('has a summary that covers both paragraphs and the list of strengths', () => {
    const summary = String(raw.basics.summary);
    if (seed) {
      expect(plain(summary)).toBe(seed.summary);
    } else {
      expect(summary).toMatch(/^Accomplished Engineering Leader with over 15 years/);
      expect(summary).toContain('Authored popular open-source tools and advised VC funds and startups');
      expect(summary).toMatch(/Strategic Planning • .* • Vendor Management$/);
    }
  });
});

describe('work', () => {
  it('has every role, newest first, with position, company, location and month dates', () => {
    const facts = seed?.roles ?? LITERAL.roles;
    expect(raw.work.map((w) => ({ position: w.position, company: w.name, location: w.location, ...roleDates(w) }))).toEqual(
      facts.map((r) => ({ position: r.position, company: r.company, location: r.location, start: r.start, end: r.end })),
    );
  });

  it('gives the ongoing role no endDate at all, and every other role one', () => {
    expect(raw.work.filter((w) => !('endDate' in w)).map((w) => w.name)).toEqual(['PicPay']);
    expect(resume.work[0]?.endDate).toBeNull();
  });

  it('has the company description exactly where the seed has one', () => {
    if (seed) {
      expect(raw.work.map((w) => w.description ?? null)).toEqual(seed.roles.map((r) => r.description ?? null));
    } else {
      expect(raw.work.map((w) => 'description' in w)).toEqual(LITERAL.roles.map((r) => r.described));
      expect(raw.work[0]?.description).toMatch(/^PicPay, the largest digital wallet in Latin America.*over 70 million individuals\.$/);
    }
  });

  it('has as many highlights per role as the seed has bullets (nested ones counted on their own)', () => {
    const counts = seed ? seed.roles.map((r) => r.highlights.length) : LITERAL.roles.map((r) => r.highlights);
    expect(raw.work.map((w) => w.highlights?.length ?? 0)).toEqual(counts);
  });

  it.runIf(seed)('has every highlight word for word, adding at most the names of the tools linked in it', () => {
    const toolWords = new Set(Object.keys(LITERAL.projects).flatMap(words));
    seed!.roles.forEach((role, r) => {
      role.highlights.forEach((text, h) => {
        const data = raw.work[r]?.highlights?.[h] ?? '';
        const added = addedWords(text, data);
        expect(added, `work[${r}].highlights[${h}] drops words of "${text}"`).not.toBeNull();
        expect(
          added!.filter((w) => !toolWords.has(w)),
          `work[${r}].highlights[${h}] adds words`,
        ).toEqual([]);
      });
    });
  });
});

describe('projects', () => {
  it('lists each tool of the seed once, and nothing else', () => {
    expect(raw.projects.map((p) => p.name).sort()).toEqual(Object.keys(LITERAL.projects).sort());
  });

  it('gives each tool the link the seed gives it, and no link where the seed has none', () => {
    expect(Object.fromEntries(raw.projects.map((p) => [p.name, p.url ?? null]))).toEqual(LITERAL.projects);
  });

  it.runIf(seed)('uses every link of the Netflix tools in the seed, each on the tool it names', () => {
    const projectUrls = new Set(raw.projects.map((p) => p.url).filter(Boolean));
    // Every link in the roles is a tool link (the seed links nothing else there).
    expect(seed!.links.map((l) => l.url).sort()).toEqual([...projectUrls].sort());
    for (const link of seed!.links) {
      const project = raw.projects.find((p) => p.url === link.url)!;
      // The link's text is the tool's name, or (for the D3 plugins) the URL ends with it.
      expect(link.text === project.name || link.url.endsWith(`/${project.name}`), `${link.url} is on ${project.name}`).toBe(true);
    }
  });

  it('names the company each tool was built at, describes it and gives it keywords', () => {
    for (const project of raw.projects) {
      expect(project.entity, project.name).toBe('Netflix');
      expect(project.description?.length ?? 0, project.name).toBeGreaterThan(20);
      expect(project.keywords?.length ?? 0, project.name).toBeGreaterThan(0);
    }
  });

  it.runIf(seed)('says nothing the seed does not: every word of a description or keyword is in the seed', () => {
    const vocabulary = new Set(words(`${seed!.plainText} ${seed!.links.map((l) => l.url).join(' ')}`).map(stem));
    // Derived terms the seed does not spell out; listed so that any other addition fails.
    // "js": "D3.js", the library the d3-* plugins are for (named in their repositories);
    // "rum": the usual abbreviation of real user monitoring (Icarus).
    const derived = new Set(['js', 'rum']);
    for (const project of raw.projects) {
      for (const text of [project.name, project.description ?? '', ...(project.keywords ?? [])]) {
        const unknown = words(text).filter((w) => !vocabulary.has(stem(w)) && !derived.has(w));
        expect(unknown, `${project.name}: "${text}"`).toEqual([]);
      }
    }
  });

  it.runIf(seed)("describes each single-tool bullet's tool in the seed's own words", () => {
    const netflix = seed!.roles.find((r) => r.company === 'Netflix')!;
    for (const name of ['FlameScope', 'FlameCommander', 'FlameCloud', 'Icarus', 'Vector']) {
      const bullet = netflix.highlights.find((h) => h.startsWith(`Performance Tools Development: ${name}:`))!;
      const description = raw.projects.find((p) => p.name === name)?.description ?? '';
      expect(`Performance Tools Development: ${name}: ${description}`).toBe(bullet);
    }
  });
});

describe('skills', () => {
  it('has both groups with every keyword of the seed, in order, and no other', () => {
    expect(raw.skills).toEqual(seed?.skills ?? LITERAL.skills);
    expect(raw.skills.map((s) => s.keywords.length)).toEqual([16, 13]);
  });
});

describe('education', () => {
  it('has both programmes with institution, location and years', () => {
    const facts = seed?.education ?? LITERAL.education;
    expect(
      raw.education.map((e) => ({
        institution: e.institution,
        location: e.location,
        title: [e.studyType, e.area].filter(Boolean).join(' '),
        start: e.startDate,
        end: e.endDate,
      })),
    ).toEqual(facts);
  });
});

describe('the literal facts', () => {
  it.runIf(seed)('agree with the seed, so the test means the same on machines without it', () => {
    expect({ name: seed!.name, label: seed!.label, email: seed!.email, phone: seed!.phone, profiles: seed!.profiles }).toEqual({
      name: LITERAL.name,
      label: LITERAL.label,
      email: LITERAL.email,
      phone: LITERAL.phone,
      profiles: LITERAL.profiles,
    });
    expect(
      seed!.roles.map((r) => ({ ...r, highlights: r.highlights.length, described: r.description !== undefined, description: undefined })),
    ).toEqual(LITERAL.roles.map((r) => ({ ...r, description: undefined })));
    expect(seed!.skills).toEqual(LITERAL.skills);
    expect(seed!.education).toEqual(LITERAL.education);
    // Each tool's name is written in the seed, in its text or (d3-*) in the URL of its link.
    const haystack = ` ${words(`${seed!.plainText} ${seed!.links.map((l) => l.url).join(' ')}`).join(' ')} `;
    for (const [name, url] of Object.entries(LITERAL.projects)) {
      if (url)
        expect(
          seed!.links.map((l) => l.url),
          name,
        ).toContain(url);
      expect(haystack.includes(` ${words(name).join(' ')} `), `"${name}" is in the seed`).toBe(true);
    }
  });
});
