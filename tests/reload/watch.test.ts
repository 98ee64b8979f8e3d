import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import { createLogger } from '../../src/core/log.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { watchResume, type ResumeWatcher } from '../../src/reload/watch.js';
import { FIXED_NOW } from '../helpers/bot.js';

const martin = JSON.parse(readFileSync('data/resume.json', 'utf8'));
let watcher: ResumeWatcher | undefined;
afterEach(() => watcher?.close());

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'reload-'));
  const resumeFile = join(dir, 'resume.json');
  const aliasesFile = join(dir, 'aliases.json');
  writeFileSync(resumeFile, JSON.stringify(martin));
  writeFileSync(aliasesFile, JSON.stringify({ aliases: { k8s: ['kubernetes'] } }));
  const logs: Array<Record<string, unknown>> = [];
  const logger = createLogger('info', (line) => logs.push(JSON.parse(line)));
  const bot = createBot({ resume: loadResumeFile(resumeFile), aliases: loadAliasesFile(aliasesFile), clock: () => FIXED_NOW });
  watcher = watchResume({ resumeFile, aliasesFile, bot, logger, debounceMs: 20, pollIntervalMs: 50 });
  const ask = (command: string, text: string) => bot.answer({ platform: 'cli', command, text });
  return { dir, resumeFile, aliasesFile, bot, logs, ask };
}

const withNewRole = () =>
  structuredClone({ ...martin, work: [{ name: 'Acme Rockets', position: 'CTO', startDate: '2026-01' }, ...martin.work] });

describe('live reload', () => {
  it('given a valid change to the résumé, serves the new version without a restart', async () => {
    const { resumeFile, ask, logs } = setup();
    expect(ask('experience', 'acme').kind).toBe('empty');
    writeFileSync(resumeFile, JSON.stringify(withNewRole()));
    await vi.waitFor(() => expect(ask('experience', 'acme').title).toBe('CTO at Acme Rockets'), { timeout: 30_000, interval: 20 });
    expect(logs.some((l) => l.event === 'resume_reloaded')).toBe(true);
  });

  it('given an editor that saves by renaming a temp file over the original, still reloads', async () => {
    const { dir, resumeFile, ask } = setup();
    const temp = join(dir, '.resume.json.swp');
    writeFileSync(temp, JSON.stringify(withNewRole()));
    renameSync(temp, resumeFile);
    await vi.waitFor(() => expect(ask('experience', 'acme rockets').title).toBe('CTO at Acme Rockets'), { timeout: 30_000, interval: 20 });
  });

  it('given a change to the alias table, serves the new aliases', async () => {
    const { aliasesFile, ask } = setup();
    expect(ask('experience', 'big red n').kind).toBe('empty');
    writeFileSync(aliasesFile, JSON.stringify({ aliases: { 'big red n': ['netflix'] } }));
    await vi.waitFor(() => expect(ask('experience', 'big red n').title).toBe('Performance Architect at Netflix'), {
      timeout: 30_000,
      interval: 20,
    });
  });

  it('given a broken change, refuses it, logs file, JSON path and problem, and keeps answering from the last good résumé', async () => {
    const { resumeFile, ask, logs } = setup();
    const broken = withNewRole();
    broken.work[1].startDate = '2021-13';
    writeFileSync(resumeFile, JSON.stringify(broken));
    await vi.waitFor(() => expect(logs.some((l) => l.event === 'resume_reload_refused')).toBe(true), { timeout: 30_000, interval: 20 });
    const refused = logs.find((l) => l.event === 'resume_reload_refused')!;
    expect(String(refused.error)).toContain(resumeFile);
    expect(String(refused.error)).toContain('work[1].startDate');
    expect(String(refused.error)).toMatch(/month/);
    expect(ask('experience', 'netflix').title).toBe('Performance Architect at Netflix');
    expect(ask('experience', 'acme').kind).toBe('empty');

    writeFileSync(resumeFile, '{ "basics": ');
    await vi.waitFor(() => expect(logs.filter((l) => l.event === 'resume_reload_refused')).toHaveLength(2), {
      timeout: 30_000,
      interval: 20,
    });
    expect(String(logs.filter((l) => l.event === 'resume_reload_refused')[1]!.error)).toMatch(/line 1, column \d+/);
    expect(ask('experience', 'netflix').title).toBe('Performance Architect at Netflix');
  });

  it('given questions asked while versions swap, answers every one of them from a whole résumé', () => {
    const { resumeFile, ask } = setup();
    const versions = [withNewRole(), martin];
    const titles = new Set<string>();
    for (let i = 0; i < 40; i++) {
      writeFileSync(resumeFile, JSON.stringify(versions[i % 2]));
      watcher!.reloadNow();
      const answer = ask('experience', '');
      expect(answer.kind).toBe('list');
      titles.add(answer.matches[0]!.title);
    }
    expect([...titles].sort()).toEqual(['CTO at Acme Rockets', 'VP, Platform Engineering at PicPay']);
  });
});
