/** The CLI as tsc wrote it: what the launcher runs when the build made no bundle. */
import { runCli } from './main.js';

void runCli(process.argv.slice(2));
