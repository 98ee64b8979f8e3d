/**
 * A large, valid JSON Resume for the bench: many roles and projects with realistic text,
 * generated from a seed so every run indexes and queries the same data.
 */

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ac',
  'bel',
  'cor',
  'dan',
  'el',
  'fin',
  'gal',
  'hex',
  'ion',
  'jun',
  'kor',
  'lum',
  'mar',
  'nov',
  'or',
  'pix',
  'quin',
  'ros',
  'sol',
  'tav',
  'ul',
  'ven',
  'wex',
  'yor',
  'zen',
];
const SUFFIXES = ['Labs', 'Systems', 'Cloud', 'Pay', 'Health', 'Media', 'Data', 'Works', 'Logistics', 'Bank'];
const POSITIONS = [
  'Software Engineer',
  'Senior Software Engineer',
  'Staff Engineer',
  'Engineering Manager',
  'Director of Engineering',
  'Site Reliability Engineer',
  'Performance Engineer',
  'Platform Architect',
  'Data Engineer',
  'VP of Engineering',
];
const CITIES = [
  'Los Gatos, CA',
  'Seattle, WA',
  'Austin, TX',
  'New York, NY',
  'São Paulo, Brazil',
  'Berlin, Germany',
  'Remote',
  'London, UK',
  'Toronto, Canada',
  'Lisbon, Portugal',
];
const TECH = [
  'Kubernetes',
  'Kafka',
  'Terraform',
  'AWS',
  'GCP',
  'PostgreSQL',
  'Cassandra',
  'Go',
  'Java',
  'Python',
  'TypeScript',
  'React',
  'gRPC',
  'Prometheus',
  'Grafana',
  'Spark',
  'Flink',
  'Redis',
  'Elasticsearch',
  'Linux',
  'eBPF',
  'Docker',
  'Istio',
  'Envoy',
];
const VERBS = [
  'Led',
  'Built',
  'Designed',
  'Scaled',
  'Migrated',
  'Automated',
  'Reduced cost of',
  'Improved latency of',
  'Launched',
  'Rewrote',
];
const THINGS = [
  'the payments platform',
  'the observability stack',
  'the CI/CD pipeline',
  'the data lake',
  'the mobile backend',
  'the search service',
  'the deployment system',
  'the billing engine',
  'the recommendation service',
  'the edge proxy',
];

export interface GenerateOptions {
  roles: number;
  projects: number;
  seed?: number;
}

/** Raw JSON (as it would be read from a file); validate it with `parseResume`. */
export function generateResume(options: GenerateOptions): Record<string, unknown> {
  const rand = prng(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const some = <T>(list: readonly T[], n: number): T[] => Array.from({ length: n }, () => pick(list));
  const companyName = (i: number) => {
    // Unique by construction (the index picks the syllables), readable like a brand.
    const a = SYLLABLES[i % SYLLABLES.length]!;
    const b = SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length]!;
    const c = SUFFIXES[Math.floor(i / (SYLLABLES.length * SYLLABLES.length)) % SUFFIXES.length]!;
    return `${a[0]!.toUpperCase()}${a.slice(1)}${b} ${c}`;
  };
  const month = () => String(1 + Math.floor(rand() * 12)).padStart(2, '0');

  const work = Array.from({ length: options.roles }, (_, i) => {
    const startYear = 1990 + Math.floor(rand() * 34);
    const ongoing = i === 0;
    const endYear = Math.min(2025, startYear + 1 + Math.floor(rand() * 6));
    const tech = some(TECH, 3);
    return {
      name: companyName(i),
      position: pick(POSITIONS),
      location: pick(CITIES),
      description: `${companyName(i)} builds ${pick(THINGS).replace('the ', '')} for ${1 + Math.floor(rand() * 90)} million users.`,
      startDate: `${startYear}-${month()}`,
      ...(ongoing ? {} : { endDate: `${endYear}-${month()}` }),
      highlights: Array.from({ length: 3 }, () => `${pick(VERBS)} ${pick(THINGS)} with ${tech.join(', ')}.`),
    };
  });

  const projects = Array.from({ length: options.projects }, (_, i) => {
    const name = `${pick(['Flame', 'Trace', 'Heat', 'Pulse', 'Scope', 'Vector', 'Atlas', 'Beacon'])}${pick(['Scope', 'Map', 'Cloud', 'Graph', 'Lens', 'Kit', 'Hub', 'Forge'])} ${i}`;
    return {
      name,
      description: `${pick(VERBS)} ${pick(THINGS)}: an open-source tool for ${pick(TECH)} users.`,
      entity: companyName(Math.floor(rand() * Math.max(1, options.roles))),
      keywords: some(TECH, 3),
      url: `https://example.com/projects/${i}`,
    };
  });

  return {
    basics: {
      name: 'Bench Person',
      label: 'Generated résumé for the bench',
      email: 'bench@example.com',
      summary: 'A résumé large enough to show how the query layer scales.',
      profiles: [{ network: 'GitHub', username: 'bench', url: 'https://github.com/bench' }],
    },
    work,
    projects,
    skills: [
      { name: 'Infrastructure', keywords: TECH.slice(0, 12) },
      { name: 'Languages and data', keywords: TECH.slice(12) },
    ],
    education: [{ institution: 'State University', area: 'Computer Science', studyType: 'Bachelor', startDate: '1986', endDate: '1990' }],
  };
}
