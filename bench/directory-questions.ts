/**
 * Questions across everyone made from the generated directory's own words, a new set each run (its seed is printed;
 * BENCH_SEED repeats one): the kinds of the bench's written lists (a skill, a company, a school, a degree, a spoken
 * language, a certificate, a year, a typo, a phrase of a role's title, a word nobody has; crowd cues in English and
 * Portuguese; section commands naming nobody). A figure over a set nobody could have tuned on is the figure of a
 * question of those kinds, not of a list.
 */
import { prng } from './generate.js';

interface Template {
  work?: Array<{ name?: string; position?: string }>;
  education?: Array<{ institution?: string; area?: string }>;
  skills?: Array<{ name?: string; keywords?: string[] }>;
  languages?: Array<{ language?: string }>;
  certificates?: Array<{ name?: string }>;
  interests?: Array<{ name?: string; keywords?: string[] }>;
  projects?: Array<{ name?: string }>;
  awards?: Array<{ title?: string }>;
}

const lower = (s: string | undefined) => (s ?? '').toLowerCase().trim();
const present = (values: Array<string | undefined>) => [...new Set(values.map(lower).filter(Boolean))];
const NOBODY = [
  'cobol',
  'fortran',
  'zig',
  'elixir',
  'basketball',
  'sanskrit',
  'mainframe',
  'ballet',
  'underwater welding',
  'quantum computing',
];
const DEGREES = ['phd', 'masters', 'bachelor', "master's degree", "bachelor's degree", 'mba', 'doctorate'];

/** `count` different questions from the templates' words (and the extra skills the generator adds), from `seed`. */
export function generatedQuestions(templates: readonly Template[], extraSkills: readonly string[], seed: number, count: number): string[] {
  const random = prng(seed);
  const pick = <T>(from: readonly T[]): T => from[Math.floor(random() * from.length)]!;
  const titles = present(templates.flatMap((t) => (t.work ?? []).map((w) => w.position)));
  const phrases = [
    ...new Set(
      titles.flatMap((title) => {
        const words = title.split(/[^\p{L}\p{N}+#.]+/u).filter(Boolean);
        return words.slice(0, -1).map((w, i) => `${w} ${words[i + 1]}`);
      }),
    ),
  ];
  const companies = present(templates.flatMap((t) => (t.work ?? []).map((w) => w.name)));
  const skills = present([...templates.flatMap((t) => (t.skills ?? []).flatMap((s) => s.keywords ?? [])), ...extraSkills]);
  const schools = present(templates.flatMap((t) => (t.education ?? []).map((e) => e.institution)));
  const areas = present(templates.flatMap((t) => (t.education ?? []).map((e) => e.area)));
  const languages = present(templates.flatMap((t) => (t.languages ?? []).map((l) => l.language)));
  const certificates = present(templates.flatMap((t) => (t.certificates ?? []).map((c) => c.name)));
  const interests = present(templates.flatMap((t) => (t.interests ?? []).flatMap((i) => [i.name, ...(i.keywords ?? [])])));
  const projects = present(templates.flatMap((t) => (t.projects ?? []).map((p) => p.name)));
  const awards = present(templates.flatMap((t) => (t.awards ?? []).map((a) => a.title)));
  const year = () => String(2005 + Math.floor(random() * 20));
  // Two letters swapped past the second: a typo the search forgives.
  const typo = (w: string) => (w.length > 5 ? w.slice(0, 2) + w[3] + w[2] + w.slice(4) : w);
  const kinds: Array<() => string> = [
    () => `/people ${pick(skills)}`,
    () => `who knows ${pick(skills)}?`,
    () => `anyone with ${pick(skills)} experience?`,
    () => `has anyone used ${pick(skills)}?`,
    () => `quem sabe ${pick(skills)}?`,
    () => `who knows ${pick(skills)} and ${pick(skills)}?`,
    () => `/people ${typo(pick(skills))}`,
    () => `/skills ${pick(skills)}`,
    () => `${pick(skills)} experience`,
    () => `who worked at ${pick(companies)}?`,
    () => `/people ${pick(companies)}`,
    () => `/experience ${pick(companies)}`,
    () => `what did they do at ${pick(companies)}?`,
    () => `quem trabalhou na ${pick(companies)}?`,
    () => `who was a ${pick(titles)}?`,
    () => `who has ${pick(phrases)} experience?`,
    () => `/people ${pick(phrases)}`,
    () => `/experience ${pick(phrases)}`,
    () => `who studied at ${pick(schools)}?`,
    () => `/education ${pick(schools)}`,
    () => `who studied ${pick(areas)}?`,
    () => `who has a ${pick(DEGREES)}?`,
    () => `/people ${pick(DEGREES)}`,
    () => `who speaks ${pick(languages)}?`,
    () => `/languages ${pick(languages)}`,
    () => `/certificates ${pick(certificates)}`,
    () => `/interests ${pick(interests)}`,
    () => `/projects ${pick(projects)}`,
    () => `/awards ${pick(awards)}`,
    () => `who was working in ${year()}?`,
    () => `/people ${year()}`,
    () => `who knows ${pick(NOBODY)}?`,
    () => `/people ${pick(NOBODY)}`,
    () => `/experience ${pick(NOBODY)}`,
  ];
  const out = new Set<string>();
  // Few kinds and words can make fewer different questions than asked for: stop trying after enough repeats.
  for (let tries = 0; out.size < count && tries < count * 50; tries++) out.add(pick(kinds)());
  return [...out];
}
