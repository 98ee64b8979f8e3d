/**
 * The CV and the job-fit check: how long the PDF takes to render the first time and once
 * cached, how big it is, and /match's latency for a 4,000-character description, each
 * beside a baseline measured in the same run (a name-only PDF; a one-word /skills question).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/app/env.js';
import { createBot } from '../src/core/bot.js';
import { createCvCache } from '../src/cv/cache.js';
import { loadAliasesFile } from '../src/query/aliases.js';
import { loadResumeFile, parseResume } from '../src/resume/load.js';
import type { Figure } from './core.js';
import { percentile } from './load.js';

const ROUNDS = 400;

function ms(value: number, note?: string): Figure {
  return { value: Math.round(value * 1000) / 1000, unit: 'ms', ...(note ? { note } : {}) };
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await fn();
  return [result, performance.now() - started];
}

/** Held-out and labelled descriptions run together, cut to exactly 4,000 characters. */
function longDescription(root: string): string {
  const jobs = (file: string) =>
    (JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'jobs', file), 'utf8')) as { jobs: Array<{ text: string }> }).jobs;
  let text = '';
  for (const job of [...jobs('heldout.json'), ...jobs('labelled.json')]) text += `${job.text}\n`;
  return text.slice(0, 4000);
}

function p(values: number[], q: number): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    q,
  );
}

export async function benchCvMatch(): Promise<Record<string, unknown>> {
  const root = packageRoot() ?? process.cwd();
  const resume = loadResumeFile(join(root, 'data', 'resume.json'));
  const aliases = loadAliasesFile(join(root, 'data', 'aliases.json'));

  // The PDF: a name-only résumé first (fonts loaded, the fixed cost), then Martin's, then from the cache.
  const [, baseline] = await timed(() =>
    createCvCache(['basics.phone']).get(parseResume({ basics: { name: 'Baseline' } }, 'baseline.json')),
  );
  const cache = createCvCache(['basics.phone']);
  const [file, first] = await timed(() => cache.get(resume));
  const cached: number[] = [];
  for (let i = 0; i < 50; i++) cached.push((await timed(() => cache.get(resume)))[1]);
  const long = parseResume(
    {
      basics: { name: 'Long Career' },
      work: Array.from({ length: 50 }, (_, i) => ({
        name: `Company ${i}`,
        position: `Engineer ${i}`,
        startDate: `${1970 + i}-01`,
        endDate: `${1970 + i}-12`,
        highlights: ['Shipped a project with a team of five and wrote about it at length, two lines at least.', 'Second highlight.'],
      })),
    },
    'long.json',
  );
  const [, longMs] = await timed(() => createCvCache([]).get(long));

  // /match: the first description pays for the taxonomy and the résumé's evidence index; then steady.
  const bot = createBot({ resume, aliases });
  const description = longDescription(root);
  const ask = (command: string, text: string) => bot.answer({ platform: 'cli', command, text });
  let started = performance.now();
  ask('match', description);
  const matchFirst = performance.now() - started;
  const matchTimes: number[] = [];
  const skillTimes: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    started = performance.now();
    ask('match', description);
    matchTimes.push(performance.now() - started);
    started = performance.now();
    ask('skills', 'kafka');
    skillTimes.push(performance.now() - started);
  }

  return {
    pdf: {
      firstRenderMartin: ms(first, 'Martin, 2 pages'),
      firstRenderNameOnly: ms(baseline, 'baseline: fonts and an empty page'),
      firstRender50Roles: ms(longMs),
      cachedP50: ms(p(cached, 50)),
      bytes: { value: file.bytes.length, unit: 'B' },
    },
    match: {
      descriptionChars: description.length,
      first: ms(matchFirst, 'loads the taxonomy, indexes the résumé'),
      p50: ms(p(matchTimes, 50)),
      p99: ms(p(matchTimes, 99)),
      baselineSkillsP99: ms(p(skillTimes, 99), 'baseline: /skills kafka, same bot'),
    },
  };
}
