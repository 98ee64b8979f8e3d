/**
 * A diagnostic process of the Discord bench: the Discord adapter (gateway and HTTP
 * interactions) and, when it is available, the Slack adapter in HTTP mode, all on one shared
 * HTTP server, talking to loopback fakes run by the parent (bench/discord.ts), with every
 * question given one precomputed answer: the same adapters and traffic without the query
 * layer's work, to tell the adapters' memory from the answering's. Kept in its own process so
 * its peak RSS is its own, not the bench's. (The measured bot itself runs as `npm start` does.)
 */
import { join } from 'node:path';
import { packageRoot } from '../src/app/env.js';
import type { DiscordConfig } from '../src/discord/settings.js';
import type { SlackConfig } from '../src/slack/settings.js';
import { createBot } from '../src/core/bot.js';
import { silentLogger } from '../src/core/log.js';
import { createPipeline, type Pipeline } from '../src/core/pipeline.js';
import { startDiscord } from '../src/discord/start.js';
import { createHttpServer } from '../src/http/server.js';
import { loadAliasesFile } from '../src/query/aliases.js';
import { loadResumeFile } from '../src/resume/load.js';

export interface ChildSettings {
  discord: DiscordConfig;
  slack: SlackConfig | null;
  privateFields: string[];
}

export type ChildMessage =
  | { type: 'ready'; port: number; slack: boolean; slackError?: string }
  | { type: 'memory'; maxRssBytes: number; rssBytes: number; heapUsedBytes: number };

/** The real pipeline's answer to one question, given to every question. */
async function fixedAnswerPipeline(real: Pipeline): Promise<Pipeline> {
  const { answer } = await real.handle({ platform: 'discord', audience: 'private', command: 'experience', text: 'netflix' });
  const handled = Promise.resolve({ answer, outcome: 'answered' as const, latencyMs: 0 });
  const choices = real.complete('experience', '', 25);
  return {
    bot: real.bot,
    allows: (tenant) => real.allows(tenant),
    lookup: () => answer,
    handle: () => handled,
    complete: () => choices,
  };
}

async function main(): Promise<void> {
  const settings = JSON.parse(process.env.BENCH_DISCORD_CHILD ?? '{}') as ChildSettings;
  const root = packageRoot() ?? process.cwd();
  const bot = createBot({
    resume: loadResumeFile(join(root, 'data/resume.json')),
    aliases: loadAliasesFile(join(root, 'data/aliases.json')),
  });
  const pipeline = await fixedAnswerPipeline(createPipeline(bot, { logger: silentLogger, privateFields: settings.privateFields }));
  const http = createHttpServer();

  let slack: { stop(): Promise<void> } | null = null;
  let slackError: string | undefined;
  if (settings.slack) {
    try {
      const { startSlack } = await import('../src/slack/start.js');
      slack = await startSlack({ pipeline, config: settings.slack, http, logger: silentLogger });
    } catch (error) {
      slackError = error instanceof Error ? error.message : String(error);
    }
  }
  const discord = await startDiscord({ pipeline, config: settings.discord, http, logger: silentLogger });
  const { port } = await http.listen(0, '127.0.0.1');
  http.setReady(true);

  const send = (message: ChildMessage) => process.send?.(message);
  process.on('message', (message: { type?: string }) => {
    if (message.type === 'memory') {
      const usage = process.memoryUsage();
      send({ type: 'memory', maxRssBytes: process.resourceUsage().maxRSS * 1024, rssBytes: usage.rss, heapUsedBytes: usage.heapUsed });
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
