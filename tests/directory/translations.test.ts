/**
 * Translated copies in a directory: `<id>.pt-BR.json` beside `<id>.json` is that person's JSON Resume
 * in Portuguese, served to askers in Portuguese when they ask about that person (others get the
 * résumé). A copy whose meta names another language is left out and logged, the person still served;
 * editing a copy reloads its person.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadApp } from '../../src/app/load.js';
import { createLogger } from '../../src/core/log.js';
import { isDirectory } from '../../src/core/directory.js';
import type { BotRequest } from '../../src/model/request.js';
import type { ResumeWatcher } from '../../src/reload/watch.js';
import { watchResumeDir } from '../../src/reload/watch-dir.js';

const ana = {
  basics: { name: 'Ana Souza', label: 'Platform engineer' },
  work: [{ name: 'Acme', position: 'Staff Engineer', startDate: '2020-01', highlights: ['Led the platform team'] }],
};
const anaPt = {
  ...ana,
  basics: { ...ana.basics, label: 'Engenheira de plataforma' },
  work: [{ ...ana.work[0], position: 'Engenheira Staff', highlights: ['Liderou o time de plataforma'] }],
  meta: { language: 'pt-BR' },
};
const bruno = { basics: { name: 'Bruno Lima' }, work: [{ name: 'Acme', position: 'Designer', startDate: '2019-03' }] };

function folder(copy: unknown = anaPt): string {
  const dir = mkdtempSync(join(tmpdir(), 'directory-translated-'));
  writeFileSync(join(dir, 'ana.json'), JSON.stringify(ana));
  writeFileSync(join(dir, 'bruno.json'), JSON.stringify(bruno));
  if (copy) writeFileSync(join(dir, 'ana.pt-BR.json'), JSON.stringify(copy));
  return dir;
}

const ask = (text: string, locale?: string): BotRequest => ({
  platform: 'cli',
  audience: 'private',
  command: 'experience',
  text,
  ...(locale ? { locale } : {}),
});

const watchers: ResumeWatcher[] = [];
afterEach(() => {
  for (const w of watchers.splice(0)) w.close();
});

describe('translated copies in a directory', () => {
  it('given ana.pt-BR.json beside ana.json, answers Portuguese askers about Ana from it and everyone else from her résumé', async () => {
    const app = loadApp({ env: { RESUME_DIR: folder(), ALIASES_FILE: '/nonexistent/aliases.json' } });
    expect(isDirectory(app.bot) && app.bot.people.map((p) => p.id)).toEqual(['ana', 'bruno']);
    const pt = (await app.pipeline.handle(ask('ana acme', 'pt-BR'))).answer;
    expect(pt.title).toBe('Engenheira Staff — Acme');
    expect(pt.person?.id).toBe('ana');
    expect((await app.pipeline.handle(ask('ana acme'))).answer.title).toBe('Staff Engineer at Acme');
    // Bruno has no copy: Portuguese askers get his résumé, worded in Portuguese.
    expect((await app.pipeline.handle(ask('bruno acme', 'pt-BR'))).answer.title).toBe('Designer — Acme');
  });

  it('given a question across everyone from a Portuguese asker, reads each person from their copy in Portuguese', async () => {
    const app = loadApp({ env: { RESUME_DIR: folder(), ALIASES_FILE: '/nonexistent/aliases.json' } });
    const people = (text: string, locale?: string) => app.pipeline.handle({ ...ask(text, locale), command: 'people' });
    // "liderou" is only in Ana's copy: a Portuguese asker finds her by it, with her role as her copy words it.
    const pt = (await people('liderou', 'pt-BR')).answer;
    expect(pt.matches.map((m) => m.person?.id ?? m.id)).toEqual(['ana']);
    expect(pt.sections[0]?.bullets).toEqual([expect.stringMatching(/^Ana Souza — Engenheira Staff — Acme · jan\. 2020 – o momento · /)]);
    // Everyone, with the headline each asker reads: Ana's in Portuguese, Bruno (no copy) from his résumé.
    expect((await people('', 'pt-BR')).answer.sections[0]?.bullets[0]).toBe(
      'Ana Souza — Engenheira de plataforma — Engenheira Staff — Acme',
    );
    // An English asker is answered from the résumés: a Portuguese word read in English ("platform"), her role as her
    // résumé words it.
    expect((await people('plataforma')).answer.sections[0]?.bullets).toEqual([
      expect.stringMatching(/^Ana Souza — Staff Engineer at Acme · Jan 2020 – Present · /),
    ]);
    expect((await people('led the platform')).answer.sections[0]?.bullets).toEqual([
      expect.stringMatching(/^Ana Souza — Staff Engineer at Acme · Jan 2020 – Present · /),
    ]);
  });

  it('given a copy whose meta names another language, serves the person without it and logs the copy as skipped', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const dir = folder({ ...anaPt, meta: { language: 'en' } });
    const app = loadApp({
      env: { RESUME_DIR: dir, ALIASES_FILE: '/nonexistent/aliases.json', LOG_LEVEL: 'info' },
      writeLog: (l) => lines.push(JSON.parse(l)),
    });
    expect((await app.pipeline.handle(ask('ana acme', 'pt-BR'))).answer.title).toBe('Staff Engineer — Acme');
    const skipped = lines.find((l) => l.event === 'resume_skipped');
    expect(skipped?.file).toBe(join(dir, 'ana.pt-BR.json'));
    expect(String(skipped?.problems)).toContain('meta.language');
  });

  it('given a copy added while the bot runs, reloads that person with it', async () => {
    const dir = folder(null);
    const app = loadApp({ env: { RESUME_DIR: dir, ALIASES_FILE: '/nonexistent/aliases.json' } });
    const bot = app.bot;
    if (!isDirectory(bot)) throw new Error('expected a directory');
    const logs: Array<Record<string, unknown>> = [];
    const logger = createLogger('info', (line) => logs.push(JSON.parse(line)));
    const watcher = watchResumeDir({ dir, aliasesFile: '/nonexistent/aliases.json', bot, logger, debounceMs: 20, pollIntervalMs: 50 });
    watchers.push(watcher);
    expect((await app.pipeline.handle(ask('ana acme', 'pt-BR'))).answer.title).toBe('Staff Engineer — Acme');
    writeFileSync(join(dir, 'ana.pt-BR.json'), JSON.stringify(anaPt));
    expect(watcher.reloadNow()).toBe(true);
    expect(logs.find((l) => l.event === 'resume_reloaded')?.person).toBe('ana');
    expect((await app.pipeline.handle(ask('ana acme', 'pt-BR'))).answer.title).toBe('Engenheira Staff — Acme');
  });
});
