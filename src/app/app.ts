/** The running bot as every entry point gets it: settings, configured platforms, the résumé and the pipeline. */
import type { Config } from '../config/config.js';
import type { Bot } from '../core/bot.js';
import type { Logger } from '../core/log.js';
import type { Pipeline } from '../core/pipeline.js';
import type { ConfiguredPlatform } from '../platform/contract.js';
import type { AliasTable } from '../query/aliases.js';
import type { PreparedIndex } from '../query/index.js';
import type { Resume } from '../resume/schema.js';

export interface App {
  config: Config;
  /** The platforms whose settings are present (see src/app/platforms.ts). */
  platforms: ConfiguredPlatform[];
  /** Whether one of them runs on its own: the process serves them rather than opening the console. */
  serves: boolean;
  resume: Resume;
  /** Translated copies beside the résumé, by language (`resume.pt-BR.json`). */
  translations: Record<string, Resume>;
  aliases: AliasTable;
  bot: Bot;
  /** What the one résumé's index read from its text (a start-up cache keeps it); absent for a directory. */
  prepared?: () => PreparedIndex;
  pipeline: Pipeline;
  logger: Logger;
}
