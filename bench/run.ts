/**
 * `npm run bench [-- core|slack|discord|web|cvmatch|directory|multiproc|hostile|soak]`: prints every figure as a table, section by
 * section. Sections other than core are written alongside their adapters; one that is not
 * there yet is skipped with a note. Exit 1 when a figure misses its floor, so CI can gate on it.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { benchCore, type Figure } from './core.js';
import { missingFlags, startFlags } from './flags.js';

type Figures = Record<string, unknown>;

interface Section {
  name: string;
  run: () => Promise<Figures | null>;
}

/** Loads an optional bench module; null when it does not exist (yet). */
async function optional(path: string, exportName: string): Promise<(() => Promise<Figures>) | null> {
  try {
    const mod = (await import(path)) as Record<string, unknown>;
    const fn = mod[exportName];
    return typeof fn === 'function' ? (fn as () => Promise<Figures>) : null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes(path.replace('./', ''))) return null;
    throw error;
  }
}

const SECTIONS: Section[] = [
  { name: 'core', run: () => benchCore() },
  {
    name: 'slack',
    run: async () => {
      const fn = await optional('./slack.js', 'benchSlack');
      return fn ? fn() : null;
    },
  },
  {
    name: 'discord',
    run: async () => {
      const fn = await optional('./discord.js', 'benchDiscord');
      return fn ? fn() : null;
    },
  },
  {
    name: 'web',
    run: async () => {
      const fn = await optional('./web.js', 'benchWeb');
      return fn ? fn() : null;
    },
  },
  {
    name: 'cvmatch',
    run: async () => {
      const fn = await optional('./cvmatch.js', 'benchCvMatch');
      return fn ? fn() : null;
    },
  },
  {
    name: 'directory',
    run: async () => {
      const fn = await optional('./directory.js', 'benchDirectory');
      return fn ? fn() : null;
    },
  },
  {
    name: 'multiproc',
    run: async () => {
      const fn = await optional('./multiproc.js', 'benchMultiproc');
      return fn ? fn() : null;
    },
  },
  {
    name: 'hostile',
    run: async () => {
      const fn = await optional('./hostile.js', 'benchHostile');
      return fn ? fn() : null;
    },
  },
  {
    name: 'soak',
    run: async () => {
      const fn = await optional('./soak.js', 'benchSoak');
      return fn ? fn() : null;
    },
  },
];

function isFigure(value: unknown): value is Figure {
  return typeof value === 'object' && value !== null && 'value' in value;
}

/** Nested objects become dotted names so every section prints as one flat table. */
function flatten(figures: Figures, prefix = ''): Array<[string, unknown]> {
  return Object.entries(figures).flatMap(([key, value]): Array<[string, unknown]> => {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && !isFigure(value)) return flatten(value as Figures, name);
    return [[name, value]];
  });
}

function formatValue(value: unknown): { text: string; floor: string; verdict: string } {
  if (isFigure(value)) {
    const text = `${typeof value.value === 'number' ? value.value.toLocaleString('en-US', { maximumFractionDigits: 3 }) : value.value}${value.unit ? ` ${value.unit}` : ''}`;
    const verdict = value.pass === undefined ? '' : value.pass ? 'ok' : 'MISSED';
    return { text: value.note ? `${text}  (${value.note})` : text, floor: value.floor ?? '', verdict };
  }
  if (typeof value === 'number') return { text: value.toLocaleString('en-US', { maximumFractionDigits: 3 }), floor: '', verdict: '' };
  return { text: typeof value === 'string' ? value : JSON.stringify(value), floor: '', verdict: '' };
}

function printTable(section: string, figures: Figures): number {
  const rows = flatten(figures).map(([name, value]) => ({ name, ...formatValue(value) }));
  const nameWidth = Math.max(6, ...rows.map((r) => r.name.length));
  // A long value (a list of queries) overflows its column instead of pushing every floor off screen.
  const textWidth = Math.max(5, ...rows.map((r) => r.text.length).filter((n) => n <= 48));
  const floorWidth = Math.max(5, ...rows.map((r) => r.floor.length));
  const line = (a: string, b: string, c: string, d: string) =>
    `  ${a.padEnd(nameWidth)}  ${b.padEnd(textWidth)}  ${c.padEnd(floorWidth)}  ${d}`.trimEnd();
  process.stdout.write(
    `\n${section}\n${line('figure', 'value', 'floor', '')}\n${line('-'.repeat(nameWidth), '-'.repeat(textWidth), '-'.repeat(floorWidth), '')}\n`,
  );
  for (const row of rows) process.stdout.write(`${line(row.name, row.text, row.floor, row.verdict)}\n`);
  return rows.filter((r) => r.verdict === 'MISSED').length;
}

/** Set in the bench restarted with npm start's flags. */
const RESTARTED = 'BENCH_RESTARTED_WITH_FLAGS';

/**
 * In-process figures (a question's query + render, a directory's cross-person p99) are measured in
 * this process, so it runs with the node flags the bot runs with: started without them, it starts
 * itself again with them and passes on the exit code.
 */
async function rerunWithStartFlags(argv: readonly string[]): Promise<number | null> {
  const missing = missingFlags(startFlags(), process.execArgv);
  // Once only: a flag node does not list back as given would otherwise restart it without end.
  if (missing.length === 0 || process.env[RESTARTED] === '1') return null;
  const child = spawn(process.execPath, [...process.execArgv, ...missing, process.argv[1]!, ...argv], {
    stdio: 'inherit',
    env: { ...process.env, [RESTARTED]: '1' },
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  return code ?? 1;
}

async function main(argv: string[]): Promise<number> {
  const rerun = await rerunWithStartFlags(argv);
  if (rerun !== null) return rerun;
  const wanted = argv.filter((a) => !a.startsWith('-'));
  const unknown = wanted.filter((w) => !SECTIONS.some((s) => s.name === w));
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown section ${unknown.join(', ')}; choose from ${SECTIONS.map((s) => s.name).join(', ')}\n`);
    return 2;
  }
  process.stdout.write(`resume-bot bench · node ${process.version} ${process.execArgv.join(' ')} · ${process.platform}/${process.arch}\n`);
  let missed = 0;
  for (const section of SECTIONS) {
    if (wanted.length > 0 && !wanted.includes(section.name)) continue;
    const started = performance.now();
    const figures = await section.run();
    if (figures === null) {
      process.stdout.write(`\n${section.name}\n  (skipped: bench/${section.name}.ts is not there yet)\n`);
      continue;
    }
    missed += printTable(section.name, figures);
    process.stdout.write(`  (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  }
  if (missed > 0) process.stdout.write(`\n${missed} figure(s) missed their floor.\n`);
  return missed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
