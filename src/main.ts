/**
 * The process entry (`npm start` = `node --max-semi-space-size=8 --v8-pool-size=0 dist/src/main.js`, so a
 * process manager's SIGTERM reaches this process directly): sets the console's memory flags
 * before anything else loads (most starts without a platform's settings are the console's; see
 * app/v8-flags.ts), then starts the console or the platforms (app/entry.ts).
 */
import { economiseMemory } from './app/v8-flags.js';

economiseMemory();
await import('./app/entry.js');
