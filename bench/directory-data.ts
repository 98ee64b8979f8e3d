/**
 * A directory of generated people for the bench: the five résumés of the test directory
 * (Martin's and the JSON Resume examples) as templates, each copy with its own name, e-mail,
 * chat id and a few skills drawn from a pool, from a seed so every run is the same.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prng } from './generate.js';

/** The résumés each generated person is a copy of, in turn. */
export const TEMPLATES = [
  'data/resume.json',
  'tests/fixtures/resumes/career-changer.resume.json',
  'tests/fixtures/resumes/new-grad.resume.json',
  'tests/fixtures/resumes/senior-engineer.resume.json',
  'tests/fixtures/resumes/sample.resume.json',
];
const FIRST = [
  'Ana',
  'Bruno',
  'Chen',
  'Dana',
  'Emeka',
  'Fatima',
  'Gustavo',
  'Hana',
  'Ivan',
  'Julia',
  'Kenji',
  'Lucia',
  'Mateo',
  'Nadia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tariq',
];
const LAST = [
  'Almeida',
  'Baker',
  'Costa',
  'Dubois',
  'Eze',
  'Fischer',
  'García',
  'Haddad',
  'Ito',
  'Jansen',
  'Kowalski',
  'Lopes',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quispe',
  'Rossi',
  'Silva',
  'Tanaka',
  'Ueda',
  'Volkov',
  'Wang',
  'Xu',
  'Yilmaz',
  'Zhou',
  'Andersen',
  'Bianchi',
  'Cruz',
  'Dias',
  'Evans',
  'Ferreira',
  'Gomes',
  'Horvat',
  'Ibrahim',
  'Jovanović',
  'Kim',
  'Larsen',
  'Mendes',
  'Novak',
  'Oliveira',
  'Park',
  'Reyes',
  'Santos',
  'Teixeira',
  'Usman',
  'Vargas',
  'Weber',
  'Young',
  'Zanetti',
];
/** The pool each person's few extra skills are drawn from. */
export const SKILLS = [
  'Kafka',
  'Python',
  'Go',
  'Rust',
  'Kubernetes',
  'Terraform',
  'PostgreSQL',
  'React',
  'TypeScript',
  'Java',
  'Scala',
  'Spark',
  'Airflow',
  'dbt',
  'Tableau',
  'Figma',
  'Swift',
  'Kotlin',
  'GraphQL',
  'Redis',
];

/** Writes `count` résumés into `dir` (person-0000.json …) and returns their ids. */
export function writeDirectory(root: string, dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const templates = TEMPLATES.map((file) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>);
  const random = prng(7);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const resume = structuredClone(templates[i % templates.length]!) as {
      basics: Record<string, unknown>;
      skills?: Array<{ name: string; keywords?: string[] }>;
      meta?: Record<string, unknown>;
    };
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
    resume.basics = { ...resume.basics, name, email: `person${i}@example.com` };
    const extra = Array.from({ length: 3 }, () => SKILLS[Math.floor(random() * SKILLS.length)]!);
    resume.skills = [...(resume.skills ?? []), { name: 'Also', keywords: [...new Set(extra)] }];
    resume.meta = {
      ...(resume.meta ?? {}),
      chat: { slack: `U${String(i).padStart(8, '0')}`, discord: String(100000000000000000n + BigInt(i)) },
    };
    const id = `person-${String(i).padStart(4, '0')}`;
    writeFileSync(join(dir, `${id}.json`), JSON.stringify(resume));
    ids.push(id);
  }
  return ids;
}
