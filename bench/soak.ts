/**
 * The soak: Slack HTTP mode at a steady 500 signed slash commands a second for
 * 60 seconds on loopback, after a warm-up at the same rate.
 *
 * The bot runs as `npm start` runs it (bench/slack.ts `startBot`: dist/src/main.js with
 * npm start's node flags, settings from the environment, logs into a file), in its own
 * process, so the RSS read from /proc is the server's alone. The load generator, another
 * process, sends the bench's slash-command mix open loop (each request due at its time
 * whatever the server does, a late answer does not delay the next request) from a pool of
 * distinct users, as many people would ask a team's bot, and checks every answer against
 * what that command answered first. Floors: zero errors (non-200, wrong body, timeout,
 * socket), RSS at the end within 10% of RSS after the warm-up.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SLACK_EVENTS_PATH } from '../src/slack/start.js';
import type { Figure } from './core.js';
import { startFlags } from './flags.js';
import { percentile, type LoadErrors, type LoadResult } from './load.js';
import { benchMix, cpuMs, memoryMb, runLoadChild, signedPool, slackEnv, startBot, startFakeApi } from './slack.js';

export const SOAK_RATE = 500;
export const SOAK_SECONDS = 60;
const WARMUP_SECONDS = 10;
const CONNECTIONS = 10;
/** An answer slower than this is a timeout (Slack itself gives up on a slash command after 3 s). */
const TIMEOUT_MS = 3000;

/** The change from `before` to `after`, in percent of `before`. */
export function changePercent(before: number, after: number): number {
  return ((after - before) / before) * 100;
}

/** Whether RSS at the end is within `limitPercent` of RSS after the warm-up, either way. */
export function withinPercent(before: number, after: number, limitPercent: number): boolean {
  return Math.abs(changePercent(before, after)) <= limitPercent;
}

const sumErrors = (e: LoadErrors) => e.status + e.body + e.timeout + e.socket;
const describeErrors = (e: LoadErrors) => `${e.status} non-200, ${e.body} wrong body, ${e.timeout} timeouts, ${e.socket} socket`;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function benchSoak(
  options: { rate?: number; seconds?: number; warmupSeconds?: number } = {},
): Promise<Record<string, Figure>> {
  const rate = options.rate ?? SOAK_RATE;
  const seconds = options.seconds ?? SOAK_SECONDS;
  const warmupSeconds = options.warmupSeconds ?? WARMUP_SECONDS;
  const { mix, env: resumeEnv } = benchMix();
  const api = await startFakeApi();
  const dir = mkdtempSync(join(tmpdir(), 'resume-bot-soak-'));
  const bot = await startBot(slackEnv(api.apiUrl, resumeEnv), join(dir, 'bot.log'));
  const pid = bot.child.pid;
  try {
    if (!memoryMb(pid)) throw new Error('bench soak: cannot read the server’s RSS (/proc/<pid>/status)');
    // Every command once, one at a time: the answers every later one is checked against.
    const probe = await runLoadChild({
      port: bot.port,
      path: SLACK_EVENTS_PATH,
      requests: signedPool(mix, 1),
      mode: { kind: 'closed', connections: 1, total: mix.length },
      timeoutMs: TIMEOUT_MS,
    });
    const probeErrors = sumErrors(probe.errors) + mix.length - Object.values(probe.bodies).filter((b) => b.includes('"blocks"')).length;

    // RSS once a second through the run; the two the floor compares are taken at the phase boundaries.
    const samples: Array<{ phase: 'warmup' | 'measure' | 'end'; rss: number }> = [];
    let phase: 'warmup' | 'measure' | 'end' = 'warmup';
    let afterWarmup = Number.NaN;
    let atEnd = Number.NaN;
    let cpuAtMeasure: number | null = null;
    let cpuAtEnd: number | null = null;
    const sample = () => {
      const m = memoryMb(pid);
      if (m) samples.push({ phase, rss: m.rss });
      return m?.rss ?? Number.NaN;
    };
    const sampler = setInterval(sample, 1000);
    // Signed now, for the whole run: well inside Slack's five minutes.
    const requests = signedPool(mix);
    let result: LoadResult;
    try {
      result = await runLoadChild(
        {
          port: bot.port,
          path: SLACK_EVENTS_PATH,
          requests,
          mode: { kind: 'open', connections: CONNECTIONS, rate, warmupMs: warmupSeconds * 1000, durationMs: seconds * 1000 },
          timeoutMs: TIMEOUT_MS,
          expected: probe.bodies,
        },
        (boundary) => {
          if (boundary === 'measure') {
            afterWarmup = sample();
            cpuAtMeasure = cpuMs(pid);
            phase = 'measure';
          } else {
            atEnd = sample();
            cpuAtEnd = cpuMs(pid);
            phase = 'end';
          }
        },
      );
    } finally {
      clearInterval(sampler);
    }
    const logged = readFileSync(bot.logFile, 'utf8')
      .split('\n')
      .filter((l) => l.includes('"event":"request"')).length;

    // BENCH_SOAK_TRACE=1: the RSS samples, one a second, on stderr.
    if (process.env.BENCH_SOAK_TRACE === '1')
      process.stderr.write(`soak RSS (MB): ${samples.map((s) => `${s.phase[0]}${round(s.rss)}`).join(' ')}\n`);
    const sorted = Float64Array.from(result.latencies).sort();
    const errors = sumErrors(result.errors) + sumErrors(result.warmupErrors) + probeErrors;
    const measuredRss = samples.filter((s) => s.phase === 'measure').map((s) => s.rss);
    const maxRss = Math.max(afterWarmup, atEnd, ...measuredRss);
    const change = changePercent(afterWarmup, atEnd);
    const cpuShare =
      cpuAtMeasure !== null && cpuAtEnd !== null ? `${round(((cpuAtEnd - cpuAtMeasure) / (seconds * 1000)) * 100)}% of one core` : 'n/a';
    const flags = startFlags();
    return {
      rate: {
        value: round(result.sent / (result.elapsedMs / 1000)),
        unit: '/s',
        note: `asked: ${rate}/s for ${seconds} s after ${warmupSeconds} s of warm-up, open loop, ${CONNECTIONS} connections`,
      },
      requests_sent: { value: result.sent, note: `${mix.length} different slash commands from ${requests.length} different users` },
      requests_answered: {
        value: result.answered,
        note: `the bot logged ${logged} request lines (probe and warm-up included: ${mix.length + result.sent + Math.round(rate * warmupSeconds)} sent)`,
      },
      errors: {
        value: errors,
        floor: '0',
        pass: errors === 0,
        note: `measured: ${describeErrors(result.errors)}; warm-up: ${sumErrors(result.warmupErrors)}; probe: ${probeErrors}`,
      },
      'latency.p50': { value: round(percentile(sorted, 50), 3), unit: 'ms' },
      'latency.p99': { value: round(percentile(sorted, 99), 3), unit: 'ms' },
      'latency.max': { value: round(sorted[sorted.length - 1] ?? Number.NaN, 3), unit: 'ms' },
      'latency.generator_lag': {
        value: round(result.lagP99Ms, 3),
        unit: 'ms',
        note: `p99 (max ${round(result.lagMaxMs, 1)} ms): how late the generator reached due times, not counted as latency`,
      },
      'rss.after_warmup': { value: round(afterWarmup), unit: 'MB' },
      'rss.at_end': {
        value: round(atEnd),
        unit: 'MB',
        note: `max ${round(maxRss)} MB while measured; node flags: ${flags.length ? flags.join(' ') : 'none (as npm start)'}`,
      },
      'rss.change': {
        value: `${change >= 0 ? '+' : ''}${round(change)}`,
        unit: '%',
        floor: 'within ±10%',
        pass: Number.isFinite(change) && withinPercent(afterWarmup, atEnd, 10),
      },
      'server.cpu': { value: cpuShare, note: 'while measured' },
    };
  } finally {
    await bot.stop();
    await api.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
