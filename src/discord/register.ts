/**
 * `npm run register:discord`: registers every slash command of the registry with Discord
 * (one bulk overwrite) and prints the invite link. Settings come from the environment or
 * ./.env (read quietly, variables already set win), as for `npm start`.
 */
import { commands } from '../../commands/index.js';
import { loadEnvFile } from '../app/env.js';
import { describeRegistration, registerCommands } from './registration.js';

try {
  await loadEnvFile();
  const result = await registerCommands(process.env, commands);
  process.stdout.write(`${describeRegistration(result)}\n`);
} catch (error) {
  process.stderr.write(`register:discord: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
