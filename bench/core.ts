/**
 * Core figures: one query + terminal render (p50/p99) on the real résumé and on a generated
 * one of 1,000 roles and 1,000 projects; the whole-process time of one `ask` on the
 * compiled CLI beside a bare `node -e 0` in the same run; the console's peak RSS.
 * Runs from dist-bench/ (`npm run bench`); the spawned entry points are the shipped ones in dist/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../src/app/env.js';
import { createBot, type Bot } from '../src/core/bot.js';
import type { BotRequest } from '../src/model/request.js';
import { parseLine } from '../src/console/parse.js';
import { loadAliasesFile } from '../src/query/aliases.js';
import { renderTerminal } from '../src/render/terminal.js';
import { loadResumeFile, parseResume } from '../src/resume/load.js';
import { startFlags } from './flags.js';
import { shipped } from './shipped.js';
import { snapshotsBuilt } from '../tests/helpers/snapshot.js';
import { generateResume } from './generate.js';
import { median, percentile } from './load.js';

/** One printed figure. `pass` is set when the issue gives a floor for it. */
export interface Figure {
  value: number | string;
  unit?: string;
  floor?: string;
  pass?: boolean;
  note?: string;
}

/** What `resume-bot` and `npm run ask` run: the launcher, from the start-up snapshot when there is one. */
const BIN = shipped('src/cli/resume-bot');
/** The same CLI started by node itself: what a start without the snapshot costs. */
const CLI = shipped('src/cli/launch.cjs');
const MAIN = shipped('src/main.js');

/** A spread of what people ask: commands with and without a query, typos, aliases, free text, misses. */
const REAL_QUERIES = [
  '/experience netflix',
  '/experience netflx',
  '/experience',
  '/experience 2015',
  '/experience current',
  '/experience google',
  '/skills kafka',
  '/skills k8s',
  '/skills',
  '/skills cobol',
  '/projects flamescope',
  '/projects flame scope',
  '/projects',
  '/education',
  '/contact',
  '/about',
  '/help',
  'what did he do at netflix?',
  'does he know kubernetes?',
  'where did he study?',
  'how can I contact him?',
  'where was he working in 2015?',
];

function generatedQueries(bot: Bot): string[] {
  const work = bot.resume.work;
  const companies = [work[0]?.name, work[337]?.name, work[999]?.name].filter((n): n is string => Boolean(n));
  const typo = (s: string) => (s.length > 4 ? s.slice(0, 2) + s.slice(3) : s);
  return [
    ...companies.map((c) => `/experience ${c}`),
    ...companies.map((c) => `/experience ${typo(c.toLowerCase())}`),
    `/projects ${bot.resume.projects[500]?.name ?? 'FlameScope 500'}`,
    '/projects trace map',
    '/skills kafka',
    '/skills k8s',
    '/experience 2003',
    '/experience current',
    '/experience nonexistent corp',
    '/skills cobol',
    '/education',
    '/contact',
    `what did he do at ${companies[1] ?? 'somewhere'}?`,
    'does he know terraform?',
  ];
}

function toRequests(lines: readonly string[]): BotRequest[] {
  return lines.map((line) => {
    const parsed = parseLine(line, 'console');
    if (parsed.kind !== 'request') throw new Error(`bench query is not a request: ${line}`);
    return parsed.request;
  });
}

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

interface QueryTimes {
  p50: number;
  p99: number;
  /** The requests whose own median was slowest, for whoever optimises the query layer. */
  slowest: string;
}

/**
 * Times `bot.answer` + `renderTerminal` per request, cycling through the mix, for
 * `samples` requests or `budgetMs`, whichever comes first.
 */
function timeQueries(bot: Bot, lines: readonly string[], samples: number, budgetMs: number): QueryTimes {
  const requests = toRequests(lines);
  // Warm-up: let V8 optimise the hot paths before anything is recorded.
  const warmUntil = performance.now() + Math.min(2_000, budgetMs / 10);
  for (let i = 0; i < requests.length * 20 && performance.now() < warmUntil; i++) {
    renderTerminal(bot.answer(requests[i % requests.length]!), { color: false });
  }
  const times: number[] = [];
  const perQuery: number[][] = requests.map(() => []);
  const stopAt = performance.now() + budgetMs;
  for (let i = 0; i < samples && performance.now() < stopAt; i++) {
    const k = i % requests.length;
    const started = performance.now();
    renderTerminal(bot.answer(requests[k]!), { color: false });
    const elapsed = performance.now() - started;
    times.push(elapsed);
    perQuery[k]!.push(elapsed);
  }
  times.sort((a, b) => a - b);
  const slowest = perQuery
    .map((t, k) => ({ line: lines[k]!, p50: median(t) }))
    .filter((q) => Number.isFinite(q.p50))
    .sort((a, b) => b.p50 - a.p50)
    .slice(0, 3)
    .map((q) => `${q.line} ${round(q.p50, 2)} ms`)
    .join('; ');
  return { p50: percentile(times, 50), p99: percentile(times, 99), slowest: `${slowest} (${times.length} samples)` };
}

/** An environment with no platform credentials or résumé overrides: the bundled résumé, the console. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '', ...extra };
}

function timeSpawn(args: string[], cwd: string, env: Record<string, string> = {}, program = process.execPath): number {
  const started = performance.now();
  const result = spawnSync(program, args, { cwd, env: cleanEnv(env), encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`${program} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

/** Feeds the console (the compiled `npm start`) piped questions and reads its peak RSS at exit. */
function consolePeakRss(
  cwd: string,
  lines: readonly string[],
  env: Record<string, string> = {},
): Promise<{ kb: number; answered: boolean }> {
  return new Promise((resolve, reject) => {
    // With npm start's node flags: this is the console `npm start` opens.
    const child = spawn(process.execPath, [...startFlags(), MAIN], {
      cwd,
      env: cleanEnv({ RESUME_BOT_REPORT_MAXRSS: '1', ...env }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const match = /maxrss_kb=(\d+)/.exec(stderr);
      if (code !== 0 || !match) return reject(new Error(`console exited ${code}: ${stderr}`));
      resolve({ kb: Number(match[1]), answered: lines.length === 0 || stdout.length > 0 });
    });
    child.stdin.end(lines.length ? `${lines.join('\n')}\n` : '');
  });
}

export async function benchCore(): Promise<Record<string, Figure>> {
  const figures: Record<string, Figure> = {};
  const root = packageRoot();
  if (!root) throw new Error('cannot find the package root (package.json)');

  // 1. One query + render, in process.
  const resume = loadResumeFile(join(root, 'data', 'resume.json'));
  const aliases = loadAliasesFile(join(root, 'data', 'aliases.json'));
  const realBot = createBot({ resume, aliases });
  const real = timeQueries(realBot, REAL_QUERIES, 20_000, 20_000);
  figures['query+render p50, data/resume.json'] = { value: round(real.p50), unit: 'ms' };
  figures['query+render p99, data/resume.json'] = { value: round(real.p99), unit: 'ms', floor: '≤ 0.5 ms', pass: real.p99 <= 0.5 };
  figures['slowest queries (p50), data/resume.json'] = { value: real.slowest };

  const raw = generateResume({ roles: 1000, projects: 1000 });
  const generated = parseResume(raw, 'generated résumé');
  const indexStarted = performance.now();
  const bigBot = createBot({ resume: generated, aliases });
  const indexMs = performance.now() - indexStarted;
  const big = timeQueries(bigBot, generatedQueries(bigBot), 5_000, 30_000);
  figures['index build, 1,000 roles + 1,000 projects'] = { value: round(indexMs, 1), unit: 'ms', note: 'once at start' };
  figures['query+render p50, 1,000 roles + 1,000 projects'] = { value: round(big.p50), unit: 'ms' };
  figures['query+render p99, 1,000 roles + 1,000 projects'] = { value: round(big.p99), unit: 'ms', floor: '≤ 5 ms', pass: big.p99 <= 5 };
  figures['slowest queries (p50), 1,000 roles + 1,000 projects'] = { value: big.slowest };

  // 2. Whole-process `ask` beside bare node, in back-to-back pairs so both see the same machine load.
  const cwd = mkdtempSync(join(tmpdir(), 'resume-bot-bench-'));
  try {
    const runs = 31;
    const question = '/experience netflix';
    const cache = { RESUME_BOT_CACHE_DIR: join(cwd, 'cache') };
    // The first ask validates, fills the start-up cache and starts building the start-up snapshot; every later one is warm.
    const coldMs = timeSpawn([question], cwd, cache, BIN);
    await snapshotsBuilt(cache.RESUME_BOT_CACHE_DIR);
    timeSpawn(['-e', '0'], cwd);
    const bare: number[] = [];
    const ask: number[] = [];
    const plain: number[] = [];
    const ratios: number[] = [];
    for (let i = 0; i < runs; i++) {
      const b = timeSpawn(['-e', '0'], cwd);
      const a = timeSpawn([question], cwd, cache, BIN);
      plain.push(timeSpawn([CLI, question], cwd, cache));
      bare.push(b);
      ask.push(a);
      ratios.push(a / b);
    }
    const bareMs = median(bare);
    const askMs = median(ask);
    figures['bare `node -e 0`, median'] = {
      value: round(bareMs, 1),
      unit: 'ms',
      note: `${runs} runs, min ${round(Math.min(...bare), 1)} ms`,
    };
    figures['`ask "/experience netflix"`, median'] = {
      value: round(askMs, 1),
      unit: 'ms',
      note: `${runs} runs, min ${round(Math.min(...ask), 1)} ms, \`resume-bot\` from its start-up snapshot`,
    };
    figures['ask / bare node (ratio of medians)'] = {
      value: round(askMs / bareMs, 2),
      unit: '×',
      floor: '≤ 2×',
      pass: askMs / bareMs <= 2,
    };
    figures['ask / bare node (median of paired runs)'] = { value: round(median(ratios), 2), unit: '×' };
    figures['`ask` without the snapshot, median'] = {
      value: round(median(plain), 1),
      unit: 'ms',
      note: `\`node launch.cjs\`, warm start-up and code caches; ${round(median(plain) / bareMs, 2)}× bare node`,
    };
    figures['`ask`, first run (validates, fills the cache)'] = {
      value: round(coldMs, 1),
      unit: 'ms',
      note: 'one run; builds the snapshot in the background after',
    };

    // 3. The console's peak RSS: `npm start` with piped questions, on a warm start (the usual case).
    const consoleEnv = { RESUME_BOT_CACHE_DIR: join(cwd, 'cache') };
    const session = REAL_QUERIES;
    const burst = Array.from({ length: 50 }, () => REAL_QUERIES).flat();
    const coldRss = await consolePeakRss(cwd, [], { RESUME_BOT_CACHE_DIR: 'off' });
    const idleRss = await consolePeakRss(cwd, [], consoleEnv);
    const sessionRss = await consolePeakRss(cwd, session, consoleEnv);
    const burstRss = await consolePeakRss(cwd, burst, consoleEnv);
    const mb = (kb: number) => round(kb / 1024, 1);
    figures['console peak RSS, started, no question yet'] = {
      value: mb(idleRss.kb),
      unit: 'MB',
      note: `warm start; ${mb(coldRss.kb)} MB when it validates (cold)`,
    };
    figures['console peak RSS, a session of 22 questions'] = {
      value: mb(sessionRss.kb),
      unit: 'MB',
      floor: '≤ 60 MB',
      pass: sessionRss.answered && sessionRss.kb / 1024 <= 60,
      note: 'the question mix above, once',
    };
    figures['console peak RSS, 1,100 questions piped'] = {
      value: mb(burstRss.kb),
      unit: 'MB',
      floor: '≤ 60 MB',
      pass: burstRss.answered && burstRss.kb / 1024 <= 60,
      note: 'the mix 50 times, as fast as it answers',
    };
    const bigFile = join(cwd, 'generated.json');
    writeFileSync(bigFile, JSON.stringify(raw));
    const bigEnv = { ...consoleEnv, RESUME_FILE: bigFile };
    await consolePeakRss(cwd, [], bigEnv);
    const bigRss = await consolePeakRss(cwd, generatedQueries(bigBot), bigEnv);
    figures['console peak RSS, 1,000 roles + 1,000 projects'] = { value: mb(bigRss.kb), unit: 'MB', note: 'for scale; no floor' };
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
  return figures;
}
