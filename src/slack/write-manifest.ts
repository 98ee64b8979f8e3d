/**
 * `npm run manifest:slack`: writes src/slack/manifest.json (Socket Mode) from the command
 * registry and the résumé's name. With `--request-url https://host/slack/events` it prints
 * an HTTP-mode manifest to stdout instead, leaving the committed file alone. `--check`
 * exits 1 when the committed file is out of date.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { commands } from '../../commands/index.js';
import { loadResumeFile } from '../resume/load.js';
import { buildManifest, manifestProblems, type SlackManifest } from './manifest.js';

/** The directory holding package.json, from src/slack or dist/src/slack alike. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find package.json above the manifest script');
    dir = parent;
  }
  return dir;
}

export const MANIFEST_FILE = 'src/slack/manifest.json';

export function manifestText(manifest: SlackManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The manifest for a résumé file (data/resume.json unless RESUME_FILE says otherwise). */
export function generateManifest(resumeFile: string, requestUrl?: string, publicUrl?: string): SlackManifest {
  const resume = loadResumeFile(resumeFile);
  // HTTP mode with PUBLIC_URL shows pictures and links the CV at the bot's own URL: no upload, no files:write.
  return buildManifest({
    personName: resume.basics.name,
    commands: commands.map((c) => c.data),
    requestUrl,
    uploadsFiles: !requestUrl || !publicUrl,
  });
}

function main(argv: string[]): number {
  const root = packageRoot();
  loadDotenv({ path: join(root, '.env'), quiet: true });
  const resumeFile = resolve(root, process.env.RESUME_FILE || 'data/resume.json');
  const urlAt = argv.indexOf('--request-url');
  const requestUrl = urlAt === -1 ? undefined : argv[urlAt + 1];
  if (urlAt !== -1 && !requestUrl?.match(/^https?:\/\//)) {
    process.stderr.write('--request-url needs the public URL of /slack/events, e.g. https://bot.example.com/slack/events\n');
    return 2;
  }
  const manifest = generateManifest(resumeFile, requestUrl, process.env.PUBLIC_URL?.trim() || undefined);
  const problems = manifestProblems(manifest);
  if (problems.length) {
    process.stderr.write(`the generated manifest breaks Slack's rules:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    return 1;
  }
  const text = manifestText(manifest);
  if (requestUrl) {
    process.stdout.write(text);
    return 0;
  }
  const file = join(root, MANIFEST_FILE);
  if (argv.includes('--check')) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (current === text) return 0;
    process.stderr.write(`${MANIFEST_FILE} is out of date: run npm run manifest:slack\n`);
    return 1;
  }
  writeFileSync(file, text);
  process.stdout.write(`wrote ${MANIFEST_FILE} (${manifest.features.slash_commands.length} slash commands, Socket Mode)\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
