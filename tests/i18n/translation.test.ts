/**
 * A translated copy of the résumé: `resume.pt-BR.json` beside `resume.json`, whose meta names
 * its language, is served to askers in that language (the CLI's start-up cache included); a
 * copy whose meta names another language is refused at start, naming the file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadApp } from '../../src/app/load.js';
import { loadAppCached } from '../../src/app/startup-cache.js';
import type { BotRequest } from '../../src/model/request.js';
import { ResumeFileError } from '../../src/resume/load.js';

const english = {
  basics: { name: 'Ana Souza', label: 'Platform engineer', summary: 'Builds developer platforms.' },
  work: [{ name: 'Acme', position: 'Staff Engineer', startDate: '2020-01', highlights: ['Led the platform team'] }],
};
const portuguese = {
  ...english,
  basics: { ...english.basics, label: 'Engenheira de plataforma', summary: 'Constrói plataformas para desenvolvedores.' },
  work: [{ ...english.work[0], position: 'Engenheira Staff', highlights: ['Liderou o time de plataforma'] }],
  meta: { language: 'pt-BR' },
};

function folder(copy: unknown = portuguese): string {
  const dir = mkdtempSync(join(tmpdir(), 'translated-'));
  writeFileSync(join(dir, 'resume.json'), JSON.stringify(english));
  if (copy) writeFileSync(join(dir, 'resume.pt-BR.json'), JSON.stringify(copy));
  return dir;
}

const ask = (locale?: string): BotRequest => ({
  platform: 'cli',
  audience: 'private',
  command: 'experience',
  text: 'acme',
  ...(locale ? { locale } : {}),
});

describe('a translated copy of the résumé', () => {
  it('given resume.pt-BR.json beside the résumé, answers askers in Portuguese from it, and others from the résumé', async () => {
    const app = loadApp({ env: { RESUME_FILE: join(folder(), 'resume.json'), ALIASES_FILE: '/nonexistent/aliases.json' } });
    expect((await app.pipeline.handle(ask('pt-BR'))).answer.title).toBe('Engenheira Staff — Acme');
    expect((await app.pipeline.handle(ask('pt-BR'))).answer.sections[0]!.bullets).toEqual(['Liderou o time de plataforma']);
    expect((await app.pipeline.handle(ask())).answer.title).toBe('Staff Engineer at Acme');
  });

  it('given LOCALE=pt-BR, the console and the CLI are answered from the copy', async () => {
    const app = loadApp({
      env: { RESUME_FILE: join(folder(), 'resume.json'), ALIASES_FILE: '/nonexistent/aliases.json', LOCALE: 'pt-BR' },
    });
    expect((await app.pipeline.handle(ask())).answer.title).toBe('Engenheira Staff — Acme');
  });

  it('given a copy whose meta names another language, or none, refuses to start, naming the file', () => {
    for (const meta of [{ language: 'en' }, {}]) {
      const dir = folder({ ...portuguese, meta });
      let caught: unknown;
      try {
        loadApp({ env: { RESUME_FILE: join(dir, 'resume.json'), ALIASES_FILE: '/nonexistent/aliases.json' } });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ResumeFileError);
      expect((caught as ResumeFileError).file).toBe(join(dir, 'resume.pt-BR.json'));
      expect((caught as ResumeFileError).problems.join()).toMatch(/meta\.language/);
    }
  });

  it('given the start-up cache, serves the copy from it, and validates again once the copy changes', async () => {
    const dir = folder();
    const env = {
      RESUME_FILE: join(dir, 'resume.json'),
      ALIASES_FILE: '/nonexistent/aliases.json',
      RESUME_BOT_CACHE_DIR: join(dir, 'cache'),
    };
    expect((await loadAppCached(env)).cache).toBe('miss');
    const hit = await loadAppCached(env);
    expect(hit.cache).toBe('hit');
    expect((await hit.pipeline.handle(ask('pt-BR'))).answer.title).toBe('Engenheira Staff — Acme');
    writeFileSync(
      join(dir, 'resume.pt-BR.json'),
      JSON.stringify({ ...portuguese, work: [{ ...portuguese.work[0], position: 'Diretora' }] }),
    );
    const after = await loadAppCached(env);
    expect(after.cache).toBe('miss');
    expect((await after.pipeline.handle(ask('pt-BR'))).answer.title).toBe('Diretora — Acme');
  });
});
