/**
 * RESUME_DIR: a folder of résumés, one person per file. Broken files are named and skipped,
 * RESUME_FILE with RESUME_DIR is a named error, live reload adds, changes and removes people and
 * re-indexes only the changed file, chat identities and private fields come from each résumé's meta.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadApp } from '../../src/app/load.js';
import { ConfigError } from '../../src/config/config.js';
import { createDirectoryBot, isDirectory } from '../../src/core/directory.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import type { ResumeWatcher } from '../../src/reload/watch.js';
import { loadResumeDir } from '../../src/resume/directory.js';
import { parseResume, ResumeFileError } from '../../src/resume/load.js';
import { FIXED_NOW } from '../helpers/bot.js';
import { resumePath } from '../query/fixture-bots.js';
import { directoryBot, watchedFolder } from './fixture.js';

function folder(ids: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'directory-'));
  for (const id of ids) copyFileSync(resumePath(id), join(dir, `${id}.json`));
  return dir;
}

const BROKEN = '{ "basics": { "name": "Broken Person" }, "work": [{ "name": "Acme", "startDate": "1843/09" }] }';

describe('loading a folder', () => {
  it('given a broken file among good ones, serves the others and logs the file, the JSON path and the problem', () => {
    const dir = folder(['senior-engineer', 'new-grad']);
    writeFileSync(join(dir, 'broken.json'), BROKEN);
    writeFileSync(join(dir, 'notes.txt'), 'not a résumé');
    const lines: Array<Record<string, unknown>> = [];
    const app = loadApp({ env: { RESUME_DIR: dir, LOG_LEVEL: 'info' }, writeLog: (l) => lines.push(JSON.parse(l)) });
    expect(isDirectory(app.bot) && app.bot.people.map((p) => p.id)).toEqual(['new-grad', 'senior-engineer']);
    const skipped = lines.find((l) => l.event === 'resume_skipped');
    expect(skipped?.file).toBe(join(dir, 'broken.json'));
    expect(String(skipped?.problems)).toContain('work[0].startDate: "1843/09" is not a date');
  });

  it('given a translated copy (<id>.pt-BR.json) whose <id>.json is not in the folder, serves no person for it and logs why it is left out', () => {
    const dir = folder(['senior-engineer']);
    const copy = JSON.parse(readFileSync(resumePath('new-grad'), 'utf8')) as { meta?: Record<string, unknown> };
    copy.meta = { ...copy.meta, language: 'pt-BR' };
    writeFileSync(join(dir, 'new-grad.pt-BR.json'), JSON.stringify(copy));
    const lines: Array<Record<string, unknown>> = [];
    const app = loadApp({ env: { RESUME_DIR: dir, LOG_LEVEL: 'info' }, writeLog: (l) => lines.push(JSON.parse(l)) });
    expect(isDirectory(app.bot) && app.bot.people.map((p) => p.id)).toEqual(['senior-engineer']);
    const skipped = lines.find((l) => l.event === 'resume_skipped');
    expect(skipped?.file).toBe(join(dir, 'new-grad.pt-BR.json'));
    expect(String(skipped?.problems)).toContain('translated copy');
  });

  it('given only broken files, fails to start naming each of them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'directory-'));
    writeFileSync(join(dir, 'broken.json'), BROKEN);
    writeFileSync(join(dir, 'trailing.json'), '{ "basics": { "name": "X" }, }');
    const error = (() => {
      try {
        loadResumeDir(dir);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ResumeFileError);
    expect(String((error as Error).message)).toContain('broken.json');
    expect(String((error as Error).message)).toContain('trailing.json');
    expect(String((error as Error).message)).toContain('line 1');
  });

  it('given an empty folder or none, fails naming the folder', () => {
    const empty = mkdtempSync(join(tmpdir(), 'directory-'));
    expect(() => loadResumeDir(empty)).toThrow(/no résumé in it/);
    expect(() => loadResumeDir(join(empty, 'missing'))).toThrow(/folder not found/);
  });

  it('given RESUME_FILE and RESUME_DIR both set, is a configuration error naming both', () => {
    const dir = folder(['sample']);
    expect(() => loadApp({ env: { RESUME_DIR: dir, RESUME_FILE: 'data/resume.json' } })).toThrow(ConfigError);
    expect(() => loadApp({ env: { RESUME_DIR: dir, RESUME_FILE: 'data/resume.json' } })).toThrow(/RESUME_FILE and RESUME_DIR are both set/);
  });

  it('given a folder of one, answers as that person with the person on every result', () => {
    const app = loadApp({ env: { RESUME_DIR: folder(['sample']) } });
    const answer = app.bot.answer({ platform: 'cli', command: 'experience', text: '' });
    expect(answer.matches.map((m) => [m.title, m.person])).toEqual([
      ['CEO/President at Pied Piper', { id: 'sample', name: 'Richard Hendriks' }],
    ]);
  });
});

describe('live reload of a folder', () => {
  let watcher: ResumeWatcher | undefined;
  afterEach(() => watcher?.close());

  function watched() {
    const folder = watchedFolder(['senior-engineer', 'new-grad']);
    watcher = folder.watcher;
    return { ...folder, ids: () => folder.bot.people.map((p) => p.id) };
  }

  it('given a file added, changed, broken and removed, adds, re-indexes only that person, keeps the last good version, removes', async () => {
    const { dir, bot, logs, ids } = watched();
    const indexOf = (id: string) => bot.ownerOf({ id, name: '' })?.resume;
    const mayaBefore = indexOf('new-grad');

    copyFileSync(resumePath('sample'), join(dir, 'sample.json'));
    await vi.waitFor(() => expect(ids()).toEqual(['new-grad', 'sample', 'senior-engineer']), { timeout: 30_000, interval: 20 });
    expect(logs.some((l) => l.event === 'person_added' && l.person === 'sample')).toBe(true);

    const lena = JSON.parse(readFileSync(resumePath('senior-engineer'), 'utf8'));
    lena.work.unshift({ name: 'Acme Rockets', position: 'CTO', startDate: '2026-01' });
    writeFileSync(join(dir, 'senior-engineer.json'), JSON.stringify(lena));
    await vi.waitFor(
      () =>
        expect(bot.answer({ platform: 'cli', command: 'people', text: 'acme rockets' }).matches.map((m) => m.person?.id)).toEqual([
          'senior-engineer',
        ]),
      {
        timeout: 30_000,
        interval: 20,
      },
    );
    // Only the changed file was read again: Maya's résumé is the very same object.
    expect(indexOf('new-grad')).toBe(mayaBefore);

    writeFileSync(join(dir, 'senior-engineer.json'), BROKEN);
    await vi.waitFor(
      () => expect(logs.some((l) => l.event === 'resume_reload_refused' && String(l.error).includes('work[0].startDate'))).toBe(true),
      {
        timeout: 30_000,
        interval: 20,
      },
    );
    expect(bot.answer({ platform: 'cli', command: 'experience', text: 'lena acme' }).matches[0]?.title).toBe('CTO at Acme Rockets');

    rmSync(join(dir, 'sample.json'));
    await vi.waitFor(() => expect(ids()).toEqual(['new-grad', 'senior-engineer']), { timeout: 30_000, interval: 20 });
  });
});

describe('who a question is about', () => {
  const bot = directoryBot();

  it('given a mention of a chat user a résumé names in meta.chat, answers about that person', () => {
    const answer = bot.answer({ platform: 'slack', command: 'languages', text: '@someone', mentions: ['U0MARTIN2'] });
    expect(answer.person?.id).toBe('martin-alvarez');
    expect(answer.matches[0]?.title).toBe('Español');
    // The same id on another platform is nobody.
    expect(bot.answer({ platform: 'discord', command: 'languages', text: '', mentions: ['U0MARTIN2'] }).person).toBeUndefined();
  });

  it('given "my skills" from a mapped user, answers with the asker’s own résumé', () => {
    const answer = bot.answer({ platform: 'discord', command: null, text: 'what are my skills?', userId: '222222222222222222' });
    expect(answer.person?.id).toBe('martin-alvarez');
    expect(answer.route?.command).toBe('skills');
  });

  it('given a first name two people share, asks which one instead of guessing', () => {
    const answer = bot.answer({ platform: 'cli', command: null, text: "martin's skills" });
    expect(answer.matches).toEqual([]);
    expect(answer.title).toContain('Martin Spier');
    expect(answer.title).toContain('Martín Álvarez Núñez');
  });

  it('given a first name two people share and a question only one of them answers, answers about that one', () => {
    const netflix = bot.answer({ platform: 'cli', command: null, text: 'what did martin do at netflix?' });
    expect(netflix.person?.id).toBe('martin');
    expect(netflix.matches[0]?.title).toBe('Performance Architect at Netflix');
    expect(bot.answer({ platform: 'cli', command: null, text: 'does martin know prolog?' }).person?.id).toBe('martin-alvarez');
    // Both answer where they studied: still a question of which.
    expect(bot.answer({ platform: 'cli', command: null, text: 'where did martin study?' }).title).toContain('Which one?');
  });

  it('given the person option, answers about them whatever the text says', () => {
    const answer = bot.answer({ platform: 'discord', command: 'experience', text: '', person: 'Dr. Lena Vasquez' });
    expect(answer.matches.map((m) => m.person?.id)).toEqual(['senior-engineer', 'senior-engineer', 'senior-engineer']);
  });

  it('given nobody named, a section command answers across everyone, grouped by person', () => {
    const answer = bot.answer({ platform: 'cli', command: 'skills', text: 'python' });
    expect(new Set(answer.matches.map((m) => m.person?.id))).toEqual(new Set(['career-changer', 'new-grad', 'senior-engineer']));
    expect(answer.sections.map((s) => s.heading.split(' — ')[0])).toEqual(['Daniel Reyes', 'Maya Okonkwo', 'Dr. Lena Vasquez']);
  });

  it('given /people alone, lists everyone with headline and current role, each result the person’s basics entry', () => {
    const answer = bot.answer({ platform: 'cli', command: 'people', text: '' });
    expect(answer.matches).toHaveLength(6);
    expect(answer.matches.every((m) => m.section === 'basics' && m.id === 'basics' && m.title === m.person?.name)).toBe(true);
    expect(answer.sections[0]!.bullets).toContain(
      'Dr. Lena Vasquez — Staff Software Engineer, Distributed Systems — Staff Software Engineer at Confluent',
    );
  });

  it('completes the person option from names, fuzzily, at most 25 choices', () => {
    expect(bot.complete('person', 'len', 25)).toEqual(['Dr. Lena Vasquez']);
    expect(bot.complete('person', 'okonkow', 25)).toEqual(['Maya Okonkwo']);
    expect(bot.complete('person', '', 25)).toHaveLength(6);
    expect(bot.complete('person', '', 2)).toHaveLength(2);
  });
});

describe('privacy per person', () => {
  it('given a public answer, leaves out PRIVATE_FIELDS and the fields a person keeps private in meta.privateFields', async () => {
    const pipeline = createPipeline(directoryBot(), { privateFields: ['basics.phone'] });
    const ask = (audience: 'public' | 'private', text: string) => pipeline.handle({ platform: 'cli', audience, command: 'contact', text });
    const open = JSON.stringify((await ask('private', 'alvarez')).answer);
    const shared = JSON.stringify((await ask('public', 'alvarez')).answer);
    expect(open).toContain('martin.alvarez@example.org');
    expect(shared).not.toContain('martin.alvarez@example.org');
    expect(shared).not.toContain('600 123 456');
    // Another person's e-mail is theirs to show.
    expect(JSON.stringify((await ask('public', 'lena')).answer)).toContain('lena.vasquez@example.com');
  });
});

describe('a conversation in a directory', () => {
  it('given a question about one person, a follow-up in words stays with that person', async () => {
    const pipeline = createPipeline(directoryBot());
    const ask = (text: string) =>
      pipeline.handle({ platform: 'cli', audience: 'private', command: null, text, conversation: 'c1', userId: 'u1' });
    expect((await ask('what did lena do at confluent?')).answer.person?.id).toBe('senior-engineer');
    const next = (await ask('where did she study?')).answer;
    expect(next.person?.id).toBe('senior-engineer');
    expect(next.matches[0]?.title).toBe('Ph.D. Computer Science at University of Texas at Austin');
  });

  it('given an answer about one person at a place, "who else worked there?" lists the others who did, never that person', async () => {
    const at = (name: string, company: string) =>
      parseResume(
        { basics: { name }, work: [{ name: company, position: 'Engineer', startDate: '2019-01', endDate: '2021-01' }] },
        'x.json',
      );
    const pipeline = createPipeline(
      createDirectoryBot({
        people: [
          { id: 'ana', resume: at('Ana Almeida', 'Initech') },
          { id: 'bruno', resume: at('Bruno Costa', 'Initech') },
          { id: 'chen', resume: at('Chen Wei', 'Globex') },
        ],
        aliases: loadAliasesFile('data/aliases.json'),
        clock: () => FIXED_NOW,
      }),
    );
    const ask = (text: string, conversation: string) =>
      pipeline.handle({ platform: 'cli', audience: 'private', command: null, text, conversation, userId: 'u1' });
    expect((await ask('what did ana do at initech?', 'c1')).answer.person?.id).toBe('ana');
    const others = (await ask('who else worked there?', 'c1')).answer;
    expect(others.matches.map((m) => m.person?.id)).toEqual(['bruno']);
    expect((await ask('what did chen do at globex?', 'c2')).answer.person?.id).toBe('chen');
    const nobody = (await ask('quem mais trabalhou lá?', 'c2')).answer;
    expect(nobody.kind).toBe('empty');
    expect(nobody.title).toBe('Nobody else fits “trabalhou em Globex”');
  });
});

describe('names shared by many', () => {
  it('given a first and a last name each shared by several people, answers about the one who bears both', () => {
    const bot = createDirectoryBot({
      people: [
        { id: 'a', resume: { ...directoryBot().resume, basics: { ...directoryBot().resume.basics, name: 'Ana Almeida' } } },
        { id: 'b', resume: { ...directoryBot().resume, basics: { ...directoryBot().resume.basics, name: 'Ana Costa' } } },
        { id: 'c', resume: { ...directoryBot().resume, basics: { ...directoryBot().resume.basics, name: 'Bruno Almeida' } } },
      ],
      aliases: loadAliasesFile('data/aliases.json'),
      clock: () => FIXED_NOW,
    });
    expect(bot.answer({ platform: 'cli', command: 'about', text: 'ana almeida' }).person?.id).toBe('a');
    expect(bot.answer({ platform: 'cli', command: 'about', text: 'ana' }).title).toContain('Which one?');
    expect(bot.complete('person', 'alm', 25).sort()).toEqual(['Ana Almeida', 'Bruno Almeida']);
  });

  it('given a file added under a name someone already bears, completes each of them with their id from then on', () => {
    const resume = directoryBot().resume;
    const named = (name: string) => ({ ...resume, basics: { ...resume.basics, name } });
    const bot = createDirectoryBot({
      people: [
        { id: 'a', resume: named('Ana Almeida') },
        { id: 'c', resume: named('Bruno Almeida') },
      ],
      aliases: loadAliasesFile('data/aliases.json'),
      clock: () => FIXED_NOW,
    });
    expect(bot.complete('person', 'ana', 25)).toEqual(['Ana Almeida']);
    bot.upsert('b', named('Ana Almeida'));
    expect(bot.complete('person', 'ana', 25).sort()).toEqual(['Ana Almeida (a)', 'Ana Almeida (b)']);
    bot.remove('a');
    expect(bot.complete('person', 'ana', 25)).toEqual(['Ana Almeida']);
  });
});
