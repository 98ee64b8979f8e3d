/**
 * `npm run ask`: the `resume-bot` launcher where there is a POSIX shell to run it, else (Windows, where npm runs scripts
 * with cmd.exe) the same CLI started by node itself: launch.cjs, without the start-up snapshot, which only a launcher
 * that starts node can pass (see resume-bot.sh). One command line for both, because npm has no per-platform scripts.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const shell =
  process.platform === 'win32'
    ? null
    : spawnSync('sh', [fileURLToPath(new URL('resume-bot', import.meta.url)), ...args], { stdio: 'inherit' });

if (shell && !shell.error) {
  // The launcher's own ending, a signal included.
  if (shell.signal) process.kill(process.pid, shell.signal);
  process.exitCode = shell.status ?? 1;
} else {
  // launch.cjs reads the same arguments from process.argv (after node and this script).
  await import(new URL('launch.cjs', import.meta.url).href);
}
