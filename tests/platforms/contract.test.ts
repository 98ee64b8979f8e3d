/** The platform contract (./contract.ts), run for every chat platform against its fake, and for the console where it fits. */
import { startConsoleDriver } from './console.js';
import { describePlatformContract } from './contract.js';
import { startDiscordDriver } from './discord.js';
import { startSlackDriver } from './slack.js';

describePlatformContract({ name: 'slack', start: startSlackDriver, shares: true, limits: true });
describePlatformContract({ name: 'discord', start: startDiscordDriver, shares: true, limits: true });
describePlatformContract({ name: 'console', start: startConsoleDriver, shares: false, limits: false });
