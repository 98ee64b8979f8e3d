/**
 * `npm run bench -- web`: the timeline picture and the web page.
 *
 *  - The picture, in this process: the first render of a résumé version (SVG drawn with the
 *    font's metrics, then resvg's PNG), the very first one (fonts parsed) apart; a cached
 *    answer; the PNG's size; and the worst case this bot accepts (50 roles).
 *  - The page and its API under load: the bot as `npm start` runs it with WEB=true, an open loop
 *    at a steady rate (requests due whatever the server does, so waiting counts), beside a bare
 *    node:http server answering a fixed body of the same size at the same rate, in turn.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../src/app/env.js';
import { createTimelineImages } from '../src/render/timeline/image.js';
import { loadResumeFile, parseResume } from '../src/resume/load.js';
import type { Figure } from './core.js';
import { median, percentile, type LoadRequest, type LoadResult } from './load.js';
import { runLoadChild, startBot, type BenchServer } from './slack.js';

const here = dirname(fileURLToPath(import.meta.url));

const PAGE_RATE = Number(process.env.BENCH_WEB_PAGE_RATE ?? 100);
const API_RATE = Number(process.env.BENCH_WEB_API_RATE ?? 300);
const WARMUP_MS = 2000;
const MEASURE_MS = 5000;
const ROUNDS = 3;
const CONNECTIONS = 16;

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

function timeRenders(): Record<string, Figure> {
  const resume = loadResumeFile(join(packageRoot()!, 'data', 'resume.json'));
  // Each fresh cache (and a new day) is a new version: drawn from scratch.
  const draw = (day: number, subject = resume) => {
    const images = createTimelineImages({ privateFields: ['basics.phone'], clock: () => new Date(Date.UTC(2026, 0, 1 + day)) });
    const t0 = performance.now();
    const svg = images.get(subject).svg;
    const t1 = performance.now();
    const png = images.get(subject).png;
    const t2 = performance.now();
    return { images, subject, svgMs: t1 - t0, pngMs: t2 - t1, png, svg };
  };
  const veryFirst = draw(0);
  const fresh = Array.from({ length: 7 }, (_, i) => draw(i + 1));
  const { images, subject } = fresh.at(-1)!;
  const rounds = 2000;
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) if (images.get(subject).png.length === 0) throw new Error('empty picture');
  const cachedUs = ((performance.now() - t0) / rounds) * 1000;
  const work = Array.from({ length: 50 }, (_, i) => ({
    name: `Company ${i}`,
    position: `Role ${i}`,
    startDate: `${1976 + i}-01`,
    endDate: `${1979 + i}-06`,
  }));
  const many = parseResume({ basics: { name: 'Fifty Roles' }, work }, 'bench.json');
  const big = Array.from({ length: 3 }, (_, i) => draw(20 + i, many));
  const size = /width="(\d+)" height="(\d+)"/.exec(veryFirst.svg)!;
  return {
    'timeline.first render in a process (fonts parsed)': { value: round(veryFirst.svgMs + veryFirst.pngMs, 1), unit: 'ms' },
    'timeline.first render of a version (median of 7)': {
      value: round(median(fresh.map((f) => f.svgMs + f.pngMs)), 1),
      unit: 'ms',
      note: `SVG ${round(median(fresh.map((f) => f.svgMs)), 1)} ms + PNG ${round(median(fresh.map((f) => f.pngMs)), 1)} ms`,
    },
    'timeline.cached': { value: round(cachedUs, 2), unit: 'µs', note: `mean of ${rounds} calls` },
    'timeline.png size': {
      value: round(veryFirst.png.length / 1024, 1),
      unit: 'KiB',
      note: `${size[1]} × ${size[2]} px; SVG ${round(veryFirst.svg.length / 1024, 1)} KiB`,
    },
    'timeline.50 roles, first render (median of 3)': {
      value: round(median(big.map((f) => f.svgMs + f.pngMs)), 1),
      unit: 'ms',
      note: `${round(big[0]!.png.length / 1024, 1)} KiB`,
    },
  };
}

async function startBare(bytes: number, type: string): Promise<BenchServer> {
  const child = fork(join(here, 'web-bare.js'), [], {
    env: { BENCH_BODY_BYTES: String(bytes), BENCH_BODY_TYPE: type },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`bench: bare web server exited (${code})`)));
  });
  return {
    name: 'bare',
    child,
    port,
    logFile: '',
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

const get = (key: number, path: string): LoadRequest => ({ key, method: 'GET', path, body: '', headers: {} });

async function openLoop(server: BenchServer, requests: LoadRequest[], rate: number): Promise<LoadResult> {
  return runLoadChild({
    port: server.port,
    path: '/',
    requests,
    mode: { kind: 'open', connections: CONNECTIONS, rate, warmupMs: WARMUP_MS, durationMs: MEASURE_MS },
    timeoutMs: 5000,
  });
}

const p99 = (r: LoadResult) => percentile(Float64Array.from(r.latencies).sort(), 99);
const p50 = (r: LoadResult) => percentile(Float64Array.from(r.latencies).sort(), 50);
const errorsOf = (r: LoadResult) => r.errors.status + r.errors.body + r.errors.timeout + r.errors.socket;

/**
 * ROUNDS short runs, ours and bare back to back in each, so both see the same machine (two
 * cores shared with whatever else runs); each figure is the median over rounds.
 */
async function compare(
  ours: BenchServer,
  bare: BenchServer,
  oursRequests: LoadRequest[],
  bareRequests: LoadRequest[],
  rate: number,
): Promise<Figure> {
  const o: LoadResult[] = [];
  const b: LoadResult[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    o.push(await openLoop(ours, oursRequests, rate));
    b.push(await openLoop(bare, bareRequests, rate));
  }
  const m = (runs: LoadResult[], f: (r: LoadResult) => number) => round2(median(runs.map(f)));
  return {
    value: m(o, p99),
    unit: 'ms p99',
    note: `p50 ${m(o, p50)} ms; bare node:http ${m(b, p99)} ms p99 (p50 ${m(b, p50)}) at the same ${rate}/s; medians of ${ROUNDS} rounds of ${MEASURE_MS / 1000} s; errors ours ${o.reduce((n, r) => n + errorsOf(r), 0)} / bare ${b.reduce((n, r) => n + errorsOf(r), 0)}`,
  };
}

const round2 = (n: number) => round(n, 2);

export async function benchWeb(): Promise<Record<string, Figure>> {
  const figures: Record<string, Figure> = timeRenders();
  const dir = mkdtempSync(join(tmpdir(), 'resume-bot-web-bench-'));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '',
    WEB: 'true',
    HOST: '127.0.0.1',
    PORT: '0',
    RESUME_RELOAD: 'false',
    // One client address sends everything here: no per-address limit may refuse it.
    WEB_RATE_LIMIT_PER_MINUTE: '1000000',
    RATE_LIMIT_REQUESTS: '100000',
    RATE_LIMIT_WINDOW_SECONDS: '1',
  };
  const ours = await startBot(env, join(dir, 'ours.log'));
  try {
    const base = `http://127.0.0.1:${ours.port}`;
    const pageBytes = (await (await fetch(`${base}/`)).arrayBuffer()).byteLength;
    const questions = [
      '/experience netflix',
      'what did he do at netflix?',
      '/skills k8s',
      '/projects flamescope',
      '/education',
      '/experience 2015',
    ];
    const apiPaths = questions.map((q) => `/api/ask?q=${encodeURIComponent(q)}`);
    const apiBytes = Math.round(
      median(await Promise.all(apiPaths.map(async (p) => (await (await fetch(`${base}${p}`)).arrayBuffer()).byteLength))),
    );

    const barePage = await startBare(pageBytes, 'text/html; charset=utf-8');
    figures['page.GET / (the whole résumé)'] = await compare(ours, barePage, [get(0, '/')], [get(0, '/')], PAGE_RATE).finally(() =>
      barePage.stop(),
    );
    figures['page.size'] = { value: round(pageBytes / 1024, 1), unit: 'KiB' };
    const bareApi = await startBare(apiBytes, 'application/json; charset=utf-8');
    const apiRequests = apiPaths.map((p, i) => get(i, p));
    figures['api.GET /api/ask (6 questions)'] = await compare(ours, bareApi, apiRequests, [get(0, '/api/ask')], API_RATE).finally(() =>
      bareApi.stop(),
    );
  } finally {
    await ours.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
