import { describe, expect, it } from 'vitest';
import { parseResume, ResumeFileError } from '../../src/resume/load.js';

/** The problems a person would read for `data`, or [] when it is valid. */
function problemsOf(data: unknown): string[] {
  try {
    parseResume(data, 'resume.json');
    return [];
  } catch (error) {
    if (!(error instanceof ResumeFileError)) throw error;
    return error.problems;
  }
}

const minimal = { basics: { name: 'Ada Lovelace' } };

// Every section and every field of JSON Resume 1.x, as the schema at jsonresume.org lists them.
const full = {
  $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
  basics: {
    name: 'Ada Lovelace',
    label: 'Analyst',
    image: 'https://example.org/ada.png',
    email: 'ada@example.org',
    phone: '+44 20 0000 0000',
    url: 'https://ada.example.org',
    summary: 'First programmer.',
    location: { address: '12 St James Sq', postalCode: 'SW1Y 4JH', city: 'London', countryCode: 'GB', region: 'England' },
    profiles: [{ network: 'GitHub', username: 'ada', url: 'https://github.com/ada' }],
  },
  work: [
    {
      name: 'Analytical Engine',
      location: 'London',
      description: 'A general-purpose computer',
      position: 'Programmer',
      url: 'https://engine.example.org',
      startDate: '1842-10',
      endDate: '1843-09-05',
      summary: 'Notes on the engine.',
      highlights: ['Wrote the first algorithm'],
    },
  ],
  volunteer: [
    {
      organization: 'Society',
      position: 'Member',
      url: 'https://society.example.org',
      startDate: '1840',
      endDate: '1850',
      summary: 'Helped.',
      highlights: ['Talks'],
    },
  ],
  education: [
    {
      institution: 'Home',
      url: 'https://home.example.org',
      area: 'Mathematics',
      studyType: 'Tutoring',
      startDate: '1830',
      endDate: '1835',
      score: 'A',
      courses: ['Calculus'],
    },
  ],
  awards: [{ title: 'Fellow', date: '1840-01-02', awarder: 'Society', summary: 'For notes' }],
  certificates: [{ name: 'Cert', date: '1841', url: 'https://cert.example.org', issuer: 'Board' }],
  publications: [{ name: 'Notes', publisher: 'Taylor', releaseDate: '1843-09', url: 'https://notes.example.org', summary: 'Note G' }],
  skills: [{ name: 'Mathematics', level: 'Master', keywords: ['Bernoulli numbers'] }],
  languages: [{ language: 'English', fluency: 'Native speaker' }],
  interests: [{ name: 'Poetry', keywords: ['Byron'] }],
  references: [{ name: 'Charles Babbage', reference: 'The enchantress of numbers.' }],
  projects: [
    {
      name: 'Note G',
      description: 'Bernoulli numbers on the engine',
      highlights: ['First published program'],
      keywords: ['algorithm'],
      startDate: '1842',
      endDate: '1843',
      url: 'https://noteg.example.org',
      roles: ['Author'],
      entity: 'Analytical Engine',
      type: 'publication',
    },
  ],
  meta: { canonical: 'https://ada.example.org/resume.json', version: 'v1.0.0', lastModified: '2024-01-01T00:00:00' },
};

describe('a valid résumé', () => {
  it('given only basics.name, is accepted with every section an empty list', () => {
    const resume = parseResume(minimal, 'resume.json');
    expect(resume.basics.name).toBe('Ada Lovelace');
    expect(resume.basics.profiles).toEqual([]);
    for (const section of [
      'work',
      'volunteer',
      'education',
      'awards',
      'certificates',
      'publications',
      'skills',
      'languages',
      'interests',
      'references',
      'projects',
    ] as const) {
      expect(resume[section]).toEqual([]);
    }
  });

  it('given every section and field of JSON Resume 1.x, keeps every value', () => {
    const resume = parseResume(full, 'resume.json');
    expect(resume.basics).toEqual(full.basics);
    expect(resume.work[0]).toEqual({ ...full.work[0], startDate: { year: 1842, month: 10 }, endDate: { year: 1843, month: 9, day: 5 } });
    expect(resume.volunteer[0]).toEqual({ ...full.volunteer[0], startDate: { year: 1840 }, endDate: { year: 1850 } });
    expect(resume.education[0]).toEqual({ ...full.education[0], startDate: { year: 1830 }, endDate: { year: 1835 } });
    expect(resume.awards[0]).toEqual({ ...full.awards[0], date: { year: 1840, month: 1, day: 2 } });
    expect(resume.certificates[0]).toEqual({ ...full.certificates[0], date: { year: 1841 } });
    expect(resume.publications[0]).toEqual({ ...full.publications[0], releaseDate: { year: 1843, month: 9 } });
    expect(resume.skills).toEqual(full.skills);
    expect(resume.languages).toEqual(full.languages);
    expect(resume.interests).toEqual(full.interests);
    expect(resume.references).toEqual(full.references);
    expect(resume.projects[0]).toEqual({ ...full.projects[0], startDate: { year: 1842 }, endDate: { year: 1843 } });
    expect(resume.meta).toEqual(full.meta);
    expect(resume.$schema).toBe(full.$schema);
  });

  it('given fields the standard does not know, passes them through at every level', () => {
    const resume = parseResume(
      {
        basics: { name: 'A', pronouns: 'she/her', location: { city: 'X', timezone: 'UTC' } },
        work: [{ name: 'Co', teamSize: 12 }],
        projects: [{ name: 'P', stars: 4000 }],
        meta: { theme: 'elegant' },
        x_custom: { anything: [1, 2] },
      },
      'resume.json',
    ) as Record<string, unknown> & ReturnType<typeof parseResume>;
    expect(resume.basics.pronouns).toBe('she/her');
    expect(resume.basics.location?.timezone).toBe('UTC');
    expect(resume.work[0]?.teamSize).toBe(12);
    expect(resume.projects[0]?.stars).toBe(4000);
    expect(resume.meta?.theme).toBe('elegant');
    expect(resume.x_custom).toEqual({ anything: [1, 2] });
  });

  it('given text with stray spaces or empty strings, trims it and treats "" as not given', () => {
    const resume = parseResume(
      { basics: { name: '  Ada  ', label: '', email: ' ada@example.org ' }, work: [{ name: ' Co ', highlights: [' a ', '', '  '] }] },
      'r',
    );
    expect(resume.basics.name).toBe('Ada');
    expect(resume.basics.label).toBeUndefined();
    expect(resume.basics.email).toBe('ada@example.org');
    expect(resume.work[0]?.name).toBe('Co');
    expect(resume.work[0]?.highlights).toEqual(['a']);
  });
});

describe('legacy field names', () => {
  it('given work.company and work.website, reads them as name and url', () => {
    const resume = parseResume({ ...minimal, work: [{ company: 'Netflix', website: 'netflix.com', position: 'Architect' }] }, 'r');
    expect(resume.work[0]).toMatchObject({ name: 'Netflix', url: 'https://netflix.com', position: 'Architect' });
    expect(resume.work[0]).not.toHaveProperty('company');
    expect(resume.work[0]).not.toHaveProperty('website');
  });

  it('given education.gpa, reads it as score, even as a bare number', () => {
    expect(parseResume({ ...minimal, education: [{ institution: 'U', gpa: '3.9' }] }, 'r').education[0]).toMatchObject({ score: '3.9' });
    expect(parseResume({ ...minimal, education: [{ institution: 'U', gpa: 3.8 }] }, 'r').education[0]).toMatchObject({ score: '3.8' });
  });

  it('given website in basics, volunteer, publications, certificates and projects, and basics.picture, reads url and image', () => {
    const resume = parseResume(
      {
        basics: { name: 'A', website: 'a.example.org', picture: 'https://a.example.org/me.png' },
        volunteer: [{ organization: 'O', website: 'https://o.example.org' }],
        publications: [{ name: 'P', website: 'https://p.example.org' }],
        certificates: [{ name: 'C', website: 'https://c.example.org' }],
        projects: [{ name: 'X', website: 'https://x.example.org' }],
      },
      'r',
    );
    expect(resume.basics.url).toBe('https://a.example.org');
    expect(resume.basics.image).toBe('https://a.example.org/me.png');
    expect(resume.volunteer[0]?.url).toBe('https://o.example.org');
    expect(resume.publications[0]?.url).toBe('https://p.example.org');
    expect(resume.certificates[0]?.url).toBe('https://c.example.org');
    expect(resume.projects[0]?.url).toBe('https://x.example.org');
  });

  it('given both the legacy and the 1.x name, keeps the 1.x value and leaves the other as an extra field', () => {
    const work = parseResume({ ...minimal, work: [{ name: 'New', company: 'Old' }] }, 'r').work[0];
    expect(work?.name).toBe('New');
    expect(work?.company).toBe('Old');
  });
});

describe('dates', () => {
  it('given YYYY, YYYY-MM and YYYY-MM-DD, parses each into its parts', () => {
    const resume = parseResume(
      {
        ...minimal,
        work: [
          { startDate: '2015', endDate: '2016-02' },
          { startDate: '2016-02-29', endDate: '2016-03-01' },
        ],
      },
      'r',
    );
    expect(resume.work[0]).toMatchObject({ startDate: { year: 2015 }, endDate: { year: 2016, month: 2 } });
    expect(resume.work[1]).toMatchObject({ startDate: { year: 2016, month: 2, day: 29 }, endDate: { year: 2016, month: 3, day: 1 } });
  });

  it('given an endDate that is missing, "", null or "present" in any case, reads the entry as ongoing (null)', () => {
    const resume = parseResume(
      {
        ...minimal,
        work: [
          { startDate: '2021-11' },
          { startDate: '2021-11', endDate: '' },
          { startDate: '2021-11', endDate: null },
          { startDate: '2021-11', endDate: 'Present' },
          { startDate: '2021-11', endDate: ' PRESENT ' },
        ],
      },
      'r',
    );
    expect(resume.work.map((w) => w.endDate)).toEqual([null, null, null, null, null]);
    expect(parseResume({ ...minimal, education: [{ startDate: '2020' }] }, 'r').education[0]?.endDate).toBeNull();
    expect(parseResume({ ...minimal, volunteer: [{ startDate: '2020', endDate: 'present' }] }, 'r').volunteer[0]?.endDate).toBeNull();
  });

  it('given an ongoing project, leaves its endDate undefined (the project type has no null)', () => {
    expect(parseResume({ ...minimal, projects: [{ name: 'P', endDate: 'present' }] }, 'r').projects[0]?.endDate).toBeUndefined();
  });

  it('given month 13, April 31, Feb 29 in 2023 or "2020/01", names the JSON path and the problem', () => {
    const problems = problemsOf({
      ...minimal,
      work: [
        { startDate: '2020-01' },
        { startDate: '2021-13' },
        { startDate: '2021-01', endDate: '2021-04-31' },
        { startDate: '2023-02-29' },
        { startDate: '2020/01' },
      ],
    });
    expect(problems).toEqual([
      'work[1].startDate: "2021-13" has month 13: months are 01-12',
      'work[2].endDate: "2021-04-31" has day 31: Apr 2021 has 30 days',
      'work[3].startDate: "2023-02-29" has day 29: Feb 2023 has 28 days',
      'work[4].startDate: "2020/01" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it("given a bad date in any section, names that section's path", () => {
    expect(
      problemsOf({
        ...minimal,
        education: [{ endDate: '2010-13' }],
        awards: [{ date: 'last year' }],
        publications: [{ releaseDate: '2019-02-30' }],
        projects: [{ startDate: '2019-1' }],
      }),
    ).toEqual([
      'education[0].endDate: "2010-13" has month 13: months are 01-12',
      'awards[0].date: "last year" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD',
      'publications[0].releaseDate: "2019-02-30" has day 30: Feb 2019 has 28 days',
      'projects[0].startDate: "2019-1" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it('given a date written as a number, asks for text', () => {
    expect(problemsOf({ ...minimal, work: [{ startDate: 2021 }] })).toEqual([
      'work[0].startDate: expected a date as text such as "2021" or "2021-05", found the number 2021',
    ]);
  });

  it('given an end before the start, says so at the endDate path', () => {
    expect(problemsOf({ ...minimal, work: [{ startDate: '2021-05', endDate: '2020-12' }] })).toEqual([
      'work[0].endDate: ends (Dec 2020) before it starts (May 2021): check startDate and endDate',
    ]);
    // Same month, and a bare end year that contains the start, are not "before".
    expect(
      problemsOf({
        ...minimal,
        work: [
          { startDate: '2021-05', endDate: '2021-05' },
          { startDate: '2021-05-20', endDate: '2021' },
        ],
      }),
    ).toEqual([]);
  });
});

describe('urls and email', () => {
  it('given URLs without a scheme, assumes https and keeps the rest as written', () => {
    const resume = parseResume(
      {
        basics: {
          name: 'A',
          url: 'martinspier.io',
          image: '//cdn.example.org/me.png',
          profiles: [
            { network: 'GitHub', url: 'github.com/spiermar' },
            { network: 'Site', url: 'www.example.com:8080/cv' },
          ],
        },
        projects: [{ name: 'P', url: 'http://example.org/x' }],
      },
      'r',
    );
    expect(resume.basics.url).toBe('https://martinspier.io');
    expect(resume.basics.image).toBe('https://cdn.example.org/me.png');
    expect(resume.basics.profiles.map((p) => p.url)).toEqual(['https://github.com/spiermar', 'https://www.example.com:8080/cv']);
    expect(resume.projects[0]?.url).toBe('http://example.org/x');
  });

  it('given a link that is not a web address, refuses it: it would end up in a chat message', () => {
    expect(
      problemsOf({
        basics: { name: 'A', url: 'javascript:alert(1)', image: 'file:///etc/passwd', profiles: [{ url: 'not a url' }] },
      }),
    ).toEqual([
      'basics.image: "file:///etc/passwd" is not a web address: only http and https links are allowed',
      'basics.url: "javascript:alert(1)" is not a web address: only http and https links are allowed',
      'basics.profiles[0].url: "not a url" is not a web address',
    ]);
  });

  it('given a malformed email, names the field and the value', () => {
    expect(problemsOf({ basics: { name: 'A', email: 'hello at martinspier.io' } })).toEqual([
      'basics.email: "hello at martinspier.io" is not an email address',
    ]);
  });
});

describe('required fields and wrong types', () => {
  it("given no basics.name, asks for the person's name at basics.name", () => {
    expect(problemsOf({ basics: { label: 'VP' } })).toEqual(["basics.name: missing: every résumé needs the person's name"]);
    expect(problemsOf({ basics: { name: '   ' } })).toEqual(["basics.name: is empty: every résumé needs the person's name"]);
    expect(problemsOf({ basics: { name: 42 } })).toEqual(["basics.name: expected the person's name as text, found the number 42"]);
  });

  it('given no basics at all, or a file that is not an object, says what a résumé must look like', () => {
    expect(problemsOf({ work: [] })).toEqual(['basics: missing: a résumé needs a "basics" object with at least the person\'s "name"']);
    expect(problemsOf([minimal])).toEqual(['(root): expected the résumé to be a JSON object ({"basics": ...}), found a list']);
    expect(problemsOf('resume')).toEqual(['(root): expected the résumé to be a JSON object ({"basics": ...}), found the text "resume"']);
  });

  it('given highlights that are not a list, and other wrong types, names each path, what was expected and what was found', () => {
    expect(
      problemsOf({
        ...minimal,
        work: [{ name: 'A' }, { name: 'B', highlights: 'Led the team', position: 7 }],
        skills: [{ name: 'S', keywords: ['ok', 3] }],
        projects: { name: 'P' },
        education: null,
        meta: 'v1',
      }),
    ).toEqual([
      'work[1].position: expected text, found the number 7',
      'work[1].highlights: expected a list ([...]), found the text "Led the team"',
      'education: expected a list ([...]), found null',
      'skills[0].keywords[1]: expected text, found the number 3',
      'projects: expected a list ([...]), found an object',
      'meta: expected an object ({...}), found the text "v1"',
    ]);
  });

  it('given many problems, reports every one in the error and shows the first twenty in the message', () => {
    const work = Array.from({ length: 25 }, () => ({ startDate: 'soon' }));
    try {
      parseResume({ ...minimal, work }, '/tmp/big.json');
      expect.unreachable('a résumé with 25 bad dates was accepted');
    } catch (error) {
      const e = error as ResumeFileError;
      expect(e.problems).toHaveLength(25);
      expect(e.message.split('\n')).toHaveLength(1 + 20 + 1);
      expect(e.message).toContain('work[19].startDate');
      expect(e.message).not.toContain('work[20].startDate');
      expect(e.message.endsWith('  - … and 5 more')).toBe(true);
    }
  });
});
