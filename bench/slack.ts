/**
 * Slack figures: HTTP-mode throughput and latency of the bot over a mix of 50+
 * different signed slash commands, beside a bare Bolt app in the same run that only
 * verifies, parses and acks a fixed answer of the same size, mounted the same way.
 *
 * Every party has a process of its own, so none shares an event loop, a heap or a GC with
 * another: the bot runs exactly as `npm start` runs it (`node <its flags> dist/src/main.js`,
 * settings from the environment, logs at the default level into a file, per-user rate limit,
 * live reload); the bare app and the diagnostic adapter-only server run from
 * bench/slack-server.ts with the same node flags; the load generator (bench/load.ts)
 * holds 10 keep-alive connections on loopback in closed loops. Requests come from a pool of
 * distinct users (as many users ask a team's bot), so no answer is a rate-limit refusal, and
 * every answer is checked against what that command answered first.
 *
 * This machine is shared and noisy: one party's throughput moves by ±25% from one second to
 * the next. So every server is warmed to a steady state first (the bot has far more code for
 * V8 to optimise than the bare app), then measured in many short rounds, bare and ours back to
 * back with the order alternating, and the ratio is the median of the per-round ratios: a
 * paired comparison that one lucky or unlucky round cannot swing. (Best/best, which an outlier
 * of either party decides, is printed beside it.) Latency percentiles pool every round.
 * The mix repeats its commands, as a team's askers do, and the bot answers a repeat from memory; a diagnostic
 * server with nothing remembered shows what every asking costs made anew.
 * Floors: ours/bare answers per second ≥ 0.8, our p99 ≤ 5 ms at a steady rate, beside bare Bolt's at the same rate.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBot, type Bot } from '../src/core/bot.js';
import { loadAliasesFile } from '../src/query/aliases.js';
import { loadResumeFile } from '../src/resume/load.js';
import { SLACK_EVENTS_PATH } from '../src/slack/start.js';
import { FakeSlack } from '../tests/fakes/slack.js';
import { slackSignedHeaders } from '../tests/fakes/slack-signing.js';
import type { Figure } from './core.js';
import { startFlags } from './flags.js';
import { shipped } from './shipped.js';
import { median, percentile, type LoadJob, type LoadMessage, type LoadMode, type LoadRequest, type LoadResult } from './load.js';
import type { ServerMode } from './slack-server.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The bot measured: this build's, or another build's main.js (BENCH_BOT_MAIN, e.g. a baseline checkout) under the same load. */
const MAIN = process.env.BENCH_BOT_MAIN || shipped('src/main.js');
export const SIGNING_SECRET = 'bench-signing-secret';
export const BOT_TOKEN = 'xoxb-bench';
const CONNECTIONS = 10;
/** Requests each server gets once, before any round: enough for V8 to have optimised the hot paths. */
const WARMUP = 6000;
/** Requests before each measured run: reconnects and re-warms caches after the other party's run. */
const REWARM = 500;
const REQUESTS = 2500;
const ROUNDS = 9;
/**
 * A steady load below saturation, for latency without queueing: requests per second (BENCH_SLACK_RATE
 * to change it), seconds. The latency floor is taken here: a p99 at saturation (the closed-loop rounds)
 * only measures the queue, bare Bolt's as much as ours.
 */
const STEADY_RATE = Number(process.env.BENCH_SLACK_RATE) || 1000;
const STEADY_SECONDS = 8;
/** Distinct users per command of the mix: a user asks again only every POOL requests. */
const USERS_PER_COMMAND = 100;

/** 50+ different slash commands: listings, names, typos, aliases, years, misses and free text through /resume. */
export function slashMix(bot: Bot, aliases: readonly string[]): Array<[string, string]> {
  const { resume } = bot;
  const typo = (s: string) => (s.length > 4 ? s.slice(0, 2) + s.slice(3) : `${s}x`);
  const companies = [...new Set(resume.work.map((w) => w.name).filter((n): n is string => Boolean(n)))];
  const skills = resume.skills.flatMap((s) => s.keywords).slice(0, 10);
  const projects = resume.projects
    .map((p) => p.name)
    .filter((n): n is string => Boolean(n))
    .slice(0, 6);
  const mix: Array<[string, string]> = [
    ['/experience', ''],
    ...companies.map((c): [string, string] => ['/experience', c.toLowerCase()]),
    ...companies.map((c): [string, string] => ['/experience', typo(c.toLowerCase())]),
    ['/experience', 'current'],
    ['/experience', '2015'],
    ['/experience', '2008'],
    ['/experience', 'google'],
    ['/skills', ''],
    ...skills.map((s): [string, string] => ['/skills', s.toLowerCase()]),
    ...skills.slice(0, 4).map((s): [string, string] => ['/skills', typo(s.toLowerCase())]),
    ...aliases.slice(0, 6).map((a): [string, string] => ['/skills', a]),
    ['/skills', 'cobol'],
    ['/projects', ''],
    ...projects.map((p): [string, string] => ['/projects', p.toLowerCase()]),
    ['/projects', 'flame scope'],
    ['/projects', 'profiling'],
    ['/education', ''],
    ['/education', 'pucrs'],
    ['/education', 'computer science'],
    ['/contact', ''],
    ['/about', ''],
    ['/resume', ''],
    ['/resume', 'help'],
    ['/resume', 'what did he do at netflix?'],
    ['/resume', 'does he know kubernetes?'],
    ['/resume', 'where did he study?'],
    ['/resume', 'how can I contact him?'],
    ['/resume', 'where was he working in 2015?'],
    ['/resume', 'tell me about flamescope'],
    ['/resume', 'who is he?'],
    ['/resume', 'k8s experience'],
  ];
  const seen = new Set<string>();
  return mix.filter(([c, t]) => {
    const key = `${c} ${t}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The bench's résumé, alias table and mix (RESUME_FILE / ALIASES_FILE as the bot reads them). */
export function benchMix(): { mix: Array<[string, string]>; env: Record<string, string> } {
  const resumeFile = process.env.RESUME_FILE || 'data/resume.json';
  const aliasesFile = process.env.ALIASES_FILE || 'data/aliases.json';
  const aliases = loadAliasesFile(aliasesFile);
  const bot = createBot({ resume: loadResumeFile(resumeFile), aliases });
  const env: Record<string, string> = {};
  if (process.env.RESUME_FILE) env.RESUME_FILE = process.env.RESUME_FILE;
  if (process.env.ALIASES_FILE) env.ALIASES_FILE = process.env.ALIASES_FILE;
  return { mix: slashMix(bot, [...new Set([...aliases.same.keys(), ...aliases.related.keys()])]), env };
}

/**
 * Signed slash-command requests: the mix, each command asked by `usersPerCommand` different
 * users (request i: command i mod mix, user i), keyed by command so answers can be checked.
 * Signed now: a run must not age past Slack's five-minute window.
 */
export function signedPool(mix: Array<[string, string]>, usersPerCommand = USERS_PER_COMMAND, secret = SIGNING_SECRET): LoadRequest[] {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return Array.from({ length: mix.length * usersPerCommand }, (_, i) => {
    const [command, text] = mix[i % mix.length]!;
    const userId = `U${String(i).padStart(8, '0')}`;
    return { key: i % mix.length, ...signedSlashCommand({ command, text, userId, trigger: i, secret, timestamp }) };
  });
}

/** One slash command as Slack posts it to /slack/events: the form body and its signature headers. */
export function signedSlashCommand(options: {
  command: string;
  text: string;
  userId: string;
  trigger: number;
  secret: string;
  responseUrl?: string;
  timestamp?: string;
}): { body: string; headers: Record<string, string> } {
  const timestamp = options.timestamp ?? String(Math.floor(Date.now() / 1000));
  const body = new URLSearchParams({
    token: 'bench',
    team_id: 'TBENCH',
    team_domain: 'bench',
    channel_id: 'CBENCH',
    channel_name: 'general',
    user_id: options.userId,
    user_name: 'bench',
    command: options.command,
    text: options.text,
    api_app_id: 'ABENCH',
    is_enterprise_install: 'false',
    response_url: options.responseUrl ?? 'https://hooks.slack.com/commands/TBENCH/1/unused',
    trigger_id: `${options.trigger}.1.bench`,
  }).toString();
  return { body, headers: slackSignedHeaders(options.secret, body, { timestamp }) };
}

/** The tests' fake Slack as the bench's Web API: auth.test is all the bot calls at start. */
export async function startFakeApi(): Promise<FakeSlack> {
  const fake = new FakeSlack({ botToken: BOT_TOKEN });
  await fake.start();
  return fake;
}

/** A server process of the bench: where it listens, its log file, and a way to stop it. */
export interface BenchServer {
  name: string;
  child: ChildProcess;
  port: number;
  logFile: string;
  stop(): Promise<void>;
}

/** Settings of a bot in Slack HTTP mode against the fake Web API, on a free loopback port. */
export function slackEnv(apiUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: apiUrl,
    HOST: '127.0.0.1',
    PORT: '0',
    ...extra,
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const exited = once(child, 'exit');
  const timer = setTimeout(() => child.kill('SIGKILL'), 6000);
  await exited;
  clearTimeout(timer);
}

/**
 * The bot as `npm start` runs it: `node <npm start's flags> dist/src/main.js`, stderr (its
 * JSON logs) into `logFile`; the port is read from its `started` log line.
 */
export async function startBot(env: NodeJS.ProcessEnv, logFile: string): Promise<BenchServer> {
  const fd = openSync(logFile, 'w');
  // stdout too: nothing is written there in server mode, but diagnostics such as --trace-gc go there.
  const child = spawn(process.execPath, [...startFlags(), MAIN], { env, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const line = readFileSync(logFile, 'utf8')
      .split('\n')
      .find((l) => l.includes('"event":"started"'));
    if (line) {
      const port = (JSON.parse(line) as { port?: number }).port;
      if (!port) throw new Error(`bench: the bot's started line has no port: ${line}`);
      return { name: 'ours', child, port, logFile, stop: () => stopChild(child) };
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`bench: the bot did not start (exit ${child.exitCode}):\n${readFileSync(logFile, 'utf8').slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The bare app or the adapter-only diagnostic (bench/slack-server.ts), with npm start's flags. */
export async function startBenchServer(mode: ServerMode, env: NodeJS.ProcessEnv, logFile: string): Promise<BenchServer> {
  const fd = openSync(logFile, 'w');
  const child = fork(join(here, 'slack-server.js'), [mode], { execArgv: startFlags(), env, stdio: ['ignore', 'ignore', fd, 'ipc'] });
  closeSync(fd);
  const ready = new Promise<number>((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve(m.port));
    child.once('exit', (code) =>
      reject(new Error(`bench: ${mode} server exited (${code}):\n${readFileSync(logFile, 'utf8').slice(-2000)}`)),
    );
  });
  const port = await ready;
  return { name: mode, child, port, logFile, stop: () => stopChild(child) };
}

/** Runs a load job in a child process of its own; `onPhase` hears open-loop phase boundaries. */
export async function runLoadChild(job: LoadJob, onPhase: (phase: 'measure' | 'end') => void = () => {}): Promise<LoadResult> {
  const child = fork(join(here, 'load.js'), [], {
    execArgv: [],
    env: { ...process.env, RESUME_BOT_LOAD_CHILD: '1' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.on('message', (message: LoadMessage) => {
      if (message.type === 'phase') onPhase(message.phase);
      else resolve(message.result);
    });
    child.once('exit', (code) => reject(new Error(`bench: load generator exited (${code}) without a result`)));
    child.send(job);
  });
}

/** CPU time a process has used so far, ms (Linux: /proc; null elsewhere). */
export function cpuMs(pid: number | undefined): number | null {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

/**
 * CPU time all of a process's threads have used so far, ms (Linux: /proc; null elsewhere): the
 * main thread's and the garbage collector's helper threads', which the main thread's figure
 * leaves out (a process that allocates more pays there too).
 */
export function processCpuMs(pid: number | undefined): number | null {
  try {
    const tasks = readdirSync(`/proc/${pid}/task`);
    return tasks.reduce((sum, task) => sum + Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]) / 1e6, 0);
  } catch {
    return null;
  }
}

/** Resident and peak resident memory of a process, MB (Linux: /proc; null elsewhere). */
export function memoryMb(pid: number | undefined): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

interface Measured {
  perSecond: number;
  /** Latencies of the run, ascending, ms. */
  sorted: Float64Array;
  errors: number;
  meanBytes: number;
  /** Server CPU per answer, µs (null where /proc is not there): its main thread, and all its threads. */
  cpuUs: number | null;
  allThreadsCpuUs: number | null;
}

const errorCount = (r: LoadResult) => r.errors.status + r.errors.body + r.errors.timeout + r.errors.socket;

/** The mix against one server, freshly signed, every answer checked against `expected`. */
function mixJob(server: BenchServer, mix: Array<[string, string]>, expected: Record<number, string>, mode: LoadMode): LoadJob {
  return { port: server.port, path: SLACK_EVENTS_PATH, requests: signedPool(mix), mode, timeoutMs: 5000, expected };
}

/** Load before any measuring: the answers are checked, the timings thrown away. */
async function warm(server: BenchServer, mix: Array<[string, string]>, expected: Record<number, string>): Promise<number> {
  return errorCount(await runLoadChild(mixJob(server, mix, expected, { kind: 'closed', connections: CONNECTIONS, total: WARMUP })));
}

async function measure(server: BenchServer, mix: Array<[string, string]>, expected: Record<number, string>): Promise<Measured> {
  const job = (mode: LoadMode): LoadJob => mixJob(server, mix, expected, mode);
  await runLoadChild(job({ kind: 'closed', connections: CONNECTIONS, total: REWARM }));
  const cpuBefore = cpuMs(server.child.pid);
  const allBefore = processCpuMs(server.child.pid);
  const r = await runLoadChild(job({ kind: 'closed', connections: CONNECTIONS, total: REQUESTS }));
  const cpuAfter = cpuMs(server.child.pid);
  const allAfter = processCpuMs(server.child.pid);
  return {
    perSecond: r.answered / (r.elapsedMs / 1000),
    sorted: Float64Array.from(r.latencies).sort(),
    errors: errorCount(r),
    meanBytes: r.bytes / Math.max(1, r.latencies.length),
    cpuUs: cpuBefore !== null && cpuAfter !== null ? ((cpuAfter - cpuBefore) * 1000) / REQUESTS : null,
    allThreadsCpuUs: allBefore !== null && allAfter !== null ? ((allAfter - allBefore) * 1000) / REQUESTS : null,
  };
}

/** p99 latency at a steady STEADY_RATE/s over the same 10 connections (open loop: waiting for a free connection counts). */
async function steadyP99(
  server: BenchServer,
  mix: Array<[string, string]>,
  expected: Record<number, string>,
): Promise<{ p99: number; errors: number }> {
  const r = await runLoadChild(
    mixJob(server, mix, expected, {
      kind: 'open',
      connections: CONNECTIONS,
      rate: STEADY_RATE,
      warmupMs: 1000,
      durationMs: STEADY_SECONDS * 1000,
    }),
  );
  return { p99: percentile(Float64Array.from(r.latencies).sort(), 99), errors: errorCount(r) };
}

/** One pass over the mix, one request at a time: every command's answer, to check all later ones against. */
async function probe(
  server: BenchServer,
  mix: Array<[string, string]>,
  shape: RegExp,
): Promise<{ expected: Record<number, string>; meanBytes: number; errors: number }> {
  const requests = signedPool(mix, 1);
  const r = await runLoadChild({
    port: server.port,
    path: SLACK_EVENTS_PATH,
    requests,
    mode: { kind: 'closed', connections: 1, total: requests.length },
    timeoutMs: 5000,
  });
  const sizes = Object.values(r.bodies).map((b) => Buffer.byteLength(b));
  const bad = mix.length - Object.values(r.bodies).filter((b) => shape.test(b)).length;
  return { expected: r.bodies, meanBytes: sizes.reduce((a, b) => a + b, 0) / Math.max(1, sizes.length), errors: errorCount(r) + bad };
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;
const best = (rounds: Measured[]) => rounds.reduce((a, b) => (b.perSecond > a.perSecond ? b : a));
/** Every round's latencies together, ascending. */
const pooled = (rounds: Measured[]) => Float64Array.from(rounds.flatMap((m) => [...m.sorted])).sort();
const meanOf = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/** The mean CPU time per answer of the rounds, of the main thread or of every thread. */
function cpu(rounds: Measured[], of: 'cpuUs' | 'allThreadsCpuUs' = 'cpuUs'): string {
  const values = rounds.map((m) => m[of]).filter((v): v is number => v !== null);
  return values.length ? `${Math.round(meanOf(values))} µs` : 'n/a';
}

/** A diagnostic server's answers per second, and their ratio to bare Bolt's in the same rounds, with its CPU per answer. */
function againstBare(name: string, rounds: Measured[], bare: Measured[], note: string): Record<string, Figure> {
  return {
    [`diagnostic.${name}_answers_per_s`]: { value: Math.round(median(rounds.map((m) => m.perSecond))), unit: '/s', note },
    [`diagnostic.${name}_ratio`]: {
      value: round3(median(rounds.map((m, i) => m.perSecond / bare[i]!.perSecond))),
      note: `vs bare Bolt, median of per-round ratios; CPU per answer ${cpu(rounds)}`,
    },
  };
}

export async function benchSlack(): Promise<Record<string, Figure>> {
  const { mix, env: resumeEnv } = benchMix();
  const api = await startFakeApi();
  const dir = mkdtempSync(join(tmpdir(), 'resume-bot-slack-bench-'));
  const env = slackEnv(api.apiUrl, resumeEnv);
  const servers: BenchServer[] = [];
  try {
    const ours = await startBot(env, join(dir, 'ours.log'));
    servers.push(ours);
    // Every command gets an ephemeral Block Kit answer (the bare app: its fixed text).
    const probed = await probe(ours, mix, /^\{"response_type":"ephemeral","text":".*","blocks":\[\{"type":"header"/s);
    // The bare app answers the mean size of ours over the mix.
    const bare = await startBenchServer(
      'bare',
      { ...env, BENCH_ANSWER_BYTES: String(Math.round(probed.meanBytes)) },
      join(dir, 'bare.log'),
    );
    servers.push(bare);
    const bareProbe = await probe(bare, mix, /^\{"response_type":"ephemeral","text":"x+"\}$/);
    const bareIntake = await startBenchServer(
      'bare-intake',
      { ...env, BENCH_ANSWER_BYTES: String(Math.round(probed.meanBytes)) },
      join(dir, 'bare-intake.log'),
    );
    servers.push(bareIntake);
    const adapter = await startBenchServer('adapter', { ...env, BENCH_MIX: JSON.stringify(mix) }, join(dir, 'adapter.log'));
    servers.push(adapter);
    const afresh = await startBenchServer('afresh', env, join(dir, 'afresh.log'));
    servers.push(afresh);

    let errors = probed.errors + bareProbe.errors;
    errors += await warm(bare, mix, bareProbe.expected);
    errors += await warm(bareIntake, mix, bareProbe.expected);
    errors += await warm(ours, mix, probed.expected);
    // The adapter-only server must give exactly our answers.
    errors += await warm(adapter, mix, probed.expected);
    errors += await warm(afresh, mix, probed.expected);

    // Short rounds, bare and ours back to back, the order alternating, so that drift on a
    // shared machine hits both alike; the two diagnostics run after each pair.
    const oursRounds: Measured[] = [];
    const bareRounds: Measured[] = [];
    const bareIntakeRounds: Measured[] = [];
    const adapterRounds: Measured[] = [];
    const afreshRounds: Measured[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      if (i % 2 === 0) {
        bareRounds.push(await measure(bare, mix, bareProbe.expected));
        oursRounds.push(await measure(ours, mix, probed.expected));
      } else {
        oursRounds.push(await measure(ours, mix, probed.expected));
        bareRounds.push(await measure(bare, mix, bareProbe.expected));
      }
      bareIntakeRounds.push(await measure(bareIntake, mix, bareProbe.expected));
      adapterRounds.push(await measure(adapter, mix, probed.expected));
      afreshRounds.push(await measure(afresh, mix, probed.expected));
    }
    const oursSteady = await steadyP99(ours, mix, probed.expected);
    const bareSteady = await steadyP99(bare, mix, bareProbe.expected);
    errors += oursSteady.errors + bareSteady.errors;
    const logged = readFileSync(ours.logFile, 'utf8')
      .split('\n')
      .filter((l) => l.includes('"event":"request"')).length;

    const pairedRatios = oursRounds.map((m, i) => m.perSecond / bareRounds[i]!.perSecond);
    const ratio = median(pairedRatios);
    const o = { perSecond: median(oursRounds.map((m) => m.perSecond)), sorted: pooled(oursRounds) };
    const b = { perSecond: median(bareRounds.map((m) => m.perSecond)), sorted: pooled(bareRounds) };
    const a = pooled(adapterRounds);
    errors += [...oursRounds, ...bareRounds, ...bareIntakeRounds, ...adapterRounds, ...afreshRounds].reduce((n, m) => n + m.errors, 0);
    const intakeRatio = median(oursRounds.map((m, i) => m.perSecond / bareIntakeRounds[i]!.perSecond));
    const p = (sorted: Float64Array, q: number) => round3(percentile(sorted, q));
    const oursP99 = percentile(o.sorted, 99);
    const figures: Record<string, Figure> = {
      'mix.commands': { value: mix.length, note: `different signed slash commands, each from ${USERS_PER_COMMAND} different users` },
      'mix.answer_bytes': {
        value: Math.round(meanOf(oursRounds.map((m) => m.meanBytes))),
        unit: 'B',
        note: `bare app: ${Math.round(meanOf(bareRounds.map((m) => m.meanBytes)))} B`,
      },
      'http.answers_per_s': {
        value: Math.round(o.perSecond),
        unit: '/s',
        note: `median of ${ROUNDS} rounds × ${REQUESTS}, ${CONNECTIONS} connections, closed loop, after ${WARMUP} warm-up`,
      },
      'http.bare_bolt_answers_per_s': {
        value: Math.round(b.perSecond),
        unit: '/s',
        note: 'median of rounds; one app.command listener, Bolt’s own logger and signature check',
      },
      'http.ratio': {
        value: round3(ratio),
        floor: '≥ 0.8',
        pass: ratio >= 0.8,
        note: `median of per-round ratios ${pairedRatios.map((r) => r.toFixed(2)).join(', ')}`,
      },
      'http.ratio_best_over_best': {
        value: round3(best(oursRounds).perSecond / best(bareRounds).perSecond),
        note: `${Math.round(best(oursRounds).perSecond)} vs ${Math.round(best(bareRounds).perSecond)} /s`,
      },
      'http.p50': { value: p(o.sorted, 50), unit: 'ms', note: `bare: ${p(b.sorted, 50)} ms` },
      'http.p99_saturated': {
        value: round3(oursP99),
        unit: 'ms',
        note: `closed loop, all rounds pooled (the queue's, no floor); bare: ${p(b.sorted, 99)} ms; max ${p(o.sorted, 100)} ms (bare ${p(b.sorted, 100)} ms)`,
      },
      'http.p99_steady': {
        value: round3(oursSteady.p99),
        unit: 'ms',
        floor: '≤ 5 ms',
        pass: oursSteady.p99 <= 5,
        note: `at a steady ${STEADY_RATE}/s, same ${CONNECTIONS} connections, open loop, ${STEADY_SECONDS} s; bare: ${round3(bareSteady.p99)} ms`,
      },
      'http.errors': {
        value: errors,
        floor: '0',
        pass: errors === 0,
        note: 'non-200, wrong body, timeouts, socket errors (warm-up included)',
      },
      'server.cpu_per_answer': {
        value: cpu(oursRounds),
        note: `bare: ${cpu(bareRounds)}; the server's main thread's CPU time / answers, mean of rounds`,
      },
      'server.cpu_per_answer_all_threads': {
        value: cpu(oursRounds, 'allThreadsCpuUs'),
        note: `bare: ${cpu(bareRounds, 'allThreadsCpuUs')}; every thread of the server (the GC's helpers too) / answers, mean of rounds`,
      },
      'server.request_log_lines': { value: logged, note: 'one JSON line per request, LOG_LEVEL default (info), as npm start' },
      // The bare app behind the bot's own intake: how the bot compares with Bolt doing no more than it must.
      'diagnostic.bare_with_our_intake_answers_per_s': {
        value: Math.round(median(bareIntakeRounds.map((m) => m.perSecond))),
        unit: '/s',
        note: `bare app, signature checked before Bolt as the bot does (src/slack/intake.ts); CPU per answer ${cpu(bareIntakeRounds)}`,
      },
      'diagnostic.ratio_vs_bare_with_our_intake': { value: round3(intakeRatio), note: 'ours / that, median of per-round ratios' },
      // Same assembly, answers precomputed: what Bolt + adapter + Block Kit rendering cost on their own.
      ...againstBare('adapter_only', adapterRounds, bareRounds, 'query layer taken out'),
      'diagnostic.adapter_only_p99': { value: p(a, 99), unit: 'ms' },
      // The mix repeats its commands, as a team does: ours answers a repeat from memory. This is every asking made anew.
      ...againstBare('afresh', afreshRounds, bareRounds, 'no answer remembered: the query layer runs on every asking'),
    };
    return figures;
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await api.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
