/**
 * The process measured by the Discord bench: the real bot with the Discord adapter (gateway
 * and HTTP interactions) and, when it is available, the Slack adapter in HTTP mode, all on
 * one shared HTTP server, talking to loopback fakes run by the parent (src/bench/discord.ts).
 * Kept in its own process so its peak RSS is the bot's alone, not the bench's.
 *
 * With `fixedAnswer`, every question gets one precomputed answer: the same adapters and
 * traffic without the query layer's work, to tell the adapters' cost from the answering's.
 */
import { join } from 'node:path';
import { packageRoot } from '../app/env.js';
import type { DiscordConfig, SlackConfig } from '../config/config.js';
import { createBot } from '../core/bot.js';
import { silentLogger } from '../core/log.js';
import { createPipeline, type Pipeline } from '../core/pipeline.js';
import { startDiscord } from '../discord/start.js';
import { createHttpServer } from '../http/server.js';
import { loadAliasesFile } from '../query/aliases.js';
import { loadResumeFile } from '../resume/load.js';

export interface ChildSettings {
  discord: DiscordConfig;
  slack: SlackConfig | null;
  privateFields: string[];
  fixedAnswer: boolean;
}

export type ChildMessage =
  | { type: 'ready'; port: number; slack: boolean; slackError?: string }
  | { type: 'memory'; maxRssBytes: number; rssBytes: number; heapUsedBytes: number }
  /** Milliseconds spent answering (pipeline.handle / complete) per request since the last ask, in order. */
  | { type: 'timings'; answeringMs: number[] };

interface SlackStart {
  startSlack(options: Record<string, unknown>): Promise<{ stop(): Promise<void> }>;
}

/** The real pipeline, timing each answer; or one fixed answer for everything. */
function benchPipeline(real: Pipeline, fixedAnswer: boolean, timings: number[]): Pipeline {
  if (fixedAnswer) {
    const answer = real.handle({ platform: 'discord', command: 'experience', text: 'netflix' }).answer;
    const choices = real.complete('experience', '', 25);
    return {
      bot: real.bot,
      allows: (tenant) => real.allows(tenant),
      handle: () => (timings.push(0), { answer, outcome: 'answered', latencyMs: 0 }),
      complete: () => (timings.push(0), choices),
    };
  }
  return {
    bot: real.bot,
    allows: (tenant) => real.allows(tenant),
    handle(request) {
      const handled = real.handle(request);
      timings.push(handled.latencyMs);
      return handled;
    },
    complete(command, partial, limit) {
      const started = performance.now();
      const choices = real.complete(command, partial, limit);
      timings.push(performance.now() - started);
      return choices;
    },
  };
}

async function main(): Promise<void> {
  const settings = JSON.parse(process.env.BENCH_DISCORD_CHILD ?? '{}') as ChildSettings;
  const root = packageRoot() ?? process.cwd();
  const bot = createBot({ resume: loadResumeFile(join(root, 'data/resume.json')), aliases: loadAliasesFile(join(root, 'data/aliases.json')) });
  const timings: number[] = [];
  const pipeline = benchPipeline(createPipeline(bot, { logger: silentLogger }), settings.fixedAnswer, timings);
  const http = createHttpServer();

  let slack: { stop(): Promise<void> } | null = null;
  let slackError: string | undefined;
  if (settings.slack) {
    try {
      const mod = (await import('../slack/start.js')) as unknown as SlackStart;
      slack = await mod.startSlack({ pipeline, config: settings.slack, http, logger: silentLogger, privateFields: settings.privateFields });
    } catch (error) {
      slackError = error instanceof Error ? error.message : String(error);
    }
  }
  const discord = await startDiscord({ pipeline, config: settings.discord, http, logger: silentLogger, privateFields: settings.privateFields });
  const { port } = await http.listen(0, '127.0.0.1');
  http.setReady(true);

  const send = (message: ChildMessage) => process.send?.(message);
  process.on('message', (message: { type?: string }) => {
    if (message.type === 'memory') {
      const usage = process.memoryUsage();
      send({ type: 'memory', maxRssBytes: process.resourceUsage().maxRSS * 1024, rssBytes: usage.rss, heapUsedBytes: usage.heapUsed });
    } else if (message.type === 'timings') {
      send({ type: 'timings', answeringMs: timings.splice(0) });
    } else if (message.type === 'stop') {
      void (async () => {
        await discord.stop();
        await slack?.stop();
        await http.close();
        process.disconnect?.();
        process.exit(0);
      })();
    }
  });
  send({ type: 'ready', port, slack: slack !== null, ...(slackError ? { slackError } : {}) });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench child failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
