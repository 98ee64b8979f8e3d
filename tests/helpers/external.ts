/**
 * Real programs some tests start (Redis, a browser). On a machine without them those tests are
 * skipped, and the run ends with one line naming what was skipped and the command that installs
 * it (tests/setup/external-summary.ts). CI sets RESUME_BOT_REQUIRE_EXTERNAL=1 (see .ci/run):
 * there a missing program fails loudly instead of skipping.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';

export interface ExternalProgram {
  /** What the summary calls it. */
  readonly name: string;
  /** Command name on PATH, or an absolute path. */
  readonly binary: string;
  /** Debian package that installs it. */
  readonly aptPackage: string;
}

export const REDIS_SERVER: ExternalProgram = { name: 'redis-server', binary: 'redis-server', aptPackage: 'redis-server' };
export const CHROMIUM: ExternalProgram = { name: 'chromium', binary: '/usr/bin/chromium', aptPackage: 'chromium' };
/** util-linux's `script`: runs a program on a real pseudo-terminal, as a person's terminal would. */
export const SCRIPT: ExternalProgram = { name: 'script', binary: 'script', aptPackage: 'bsdutils' };

/** Where skipped suites are noted for the end-of-run summary; shared by every test worker. */
export const SKIP_NOTES_DIR = join(process.cwd(), 'node_modules', '.cache', 'resume-bot-test-skips');

export const externalRequired = (): boolean => process.env.RESUME_BOT_REQUIRE_EXTERNAL === '1';

export function isInstalled(program: ExternalProgram): boolean {
  if (program.binary.startsWith('/')) return existsSync(program.binary);
  return spawnSync('sh', ['-c', `command -v ${program.binary}`], { stdio: 'ignore' }).status === 0;
}

/**
 * `describe`, for suites that need an external program. Installed: runs as usual. Missing: one
 * failing test when CI requires it, otherwise the suite is skipped and noted for the summary.
 */
export function describeWith(program: ExternalProgram, name: string, suite: () => void): void {
  const installed = isInstalled(program);
  if (!installed && externalRequired()) {
    describe(name, () => {
      it(`needs ${program.name}`, () => {
        throw new Error(
          `${program.name} is required here (RESUME_BOT_REQUIRE_EXTERNAL=1) but not installed: apt-get install -y ${program.aptPackage}`,
        );
      });
    });
    return;
  }
  if (!installed) {
    mkdirSync(SKIP_NOTES_DIR, { recursive: true });
    appendFileSync(join(SKIP_NOTES_DIR, `${program.aptPackage}.txt`), `${name}\n`);
  }
  describe.skipIf(!installed)(name, suite);
}
