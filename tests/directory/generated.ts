/**
 * A generated directory for comparing ways of answering across people: the six test résumés, each
 * copied several times with its own name and a varied sample of its data (a skill added or left out,
 * a role, a certificate, a spoken language, a degree), the same on every run.
 */
import { readFileSync } from 'node:fs';
import type { DirectoryPerson } from '../../src/core/directory.js';
import { parseResume } from '../../src/resume/load.js';
import { resumePath } from '../query/fixture-bots.js';
import { SIX } from './fixture.js';

const FIRST = ['Ana', 'Bruno', 'Chen', 'Dana', 'Emeka', 'Fatima', 'Gustavo', 'Hana'];
const LAST = ['Almeida', 'Baker', 'Costa', 'Dubois', 'Eze', 'Fischer', 'Haddad', 'Ito'];
const SKILLS = ['Kafka', 'Python', 'Kubernetes', 'Terraform', 'PostgreSQL', 'React', 'Go', 'Tableau'];
const LANGUAGES = ['Spanish', 'Japanese', 'Portuguese', 'German'];
const COMPANIES = ['Dropbox', 'Netflix', 'Globex', 'Initech'];
const CERTIFICATES = [
  { name: 'Certified Kubernetes Administrator', issuer: 'CNCF' },
  { name: 'AWS Certified Developer', issuer: 'Amazon Web Services' },
];

type Raw = {
  basics: Record<string, unknown>;
  skills?: Array<Record<string, unknown>>;
  languages?: Array<Record<string, unknown>>;
  work?: Array<Record<string, unknown>>;
  certificates?: Array<Record<string, unknown>>;
  education?: Array<Record<string, unknown>>;
};

/** `copies` people of each of the six résumés, names and data varied by copy. */
export function generatedPeople(copies: number): DirectoryPerson[] {
  const people: DirectoryPerson[] = [];
  SIX.forEach((id, t) => {
    const template = JSON.parse(readFileSync(resumePath(id), 'utf8')) as Raw;
    for (let k = 0; k < copies; k++) {
      const n = t * copies + k;
      const raw = structuredClone(template);
      raw.basics = { ...raw.basics, name: `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}` };
      const skills = raw.skills ?? [];
      // Some keep every skill group, others lose one; some list a skill from the pool.
      raw.skills = k % 3 === 1 && skills.length > 1 ? skills.filter((_, i) => i !== k % skills.length) : skills;
      if (k % 2 === 0) raw.skills = [...raw.skills, { name: SKILLS[(3 * t + k) % SKILLS.length]!, keywords: [] }];
      if (k % 4 === 3)
        raw.languages = [...(raw.languages ?? []), { language: LANGUAGES[(t + k) % LANGUAGES.length]!, fluency: 'Conversational' }];
      if (k % 5 === 2)
        raw.work = [
          ...(raw.work ?? []),
          {
            name: COMPANIES[(t + k) % COMPANIES.length]!,
            position: k % 2 ? 'Engineering Manager' : 'Site Reliability Engineer',
            startDate: `${2014 + (n % 5)}-03`,
            endDate: `${2019 + (n % 3)}-09`,
            highlights: ['Ran the on-call rotation and the Kafka clusters'],
          },
        ];
      if (k % 8 === 1) raw.certificates = [...(raw.certificates ?? []), { ...CERTIFICATES[t % CERTIFICATES.length]!, date: '2020-01' }];
      if (k % 6 === 5) raw.education = (raw.education ?? []).slice(1);
      people.push({ id: `${id}-${k}`, resume: parseResume(raw, `${id}-${k}.json`) });
    }
  });
  return people;
}
