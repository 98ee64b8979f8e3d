/**
 * `npm run register:discord`: registers every slash command of the registry with Discord
 * (one bulk overwrite) and prints the invite link. Settings come from the environment or .env.
 */
import 'dotenv/config';
import { commands } from '../../commands/index.js';
import { ConfigError } from '../config/config.js';
import { describeRegistration, registerCommands } from './registration.js';

try {
  const result = await registerCommands(process.env, commands);
  process.stdout.write(`${describeRegistration(result)}\n`);
} catch (error) {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`register:discord: ${message}\n`);
  process.exitCode = 1;
}
