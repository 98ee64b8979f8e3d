/**
 * The page in the visitor's language: the first language of Accept-Language a catalogue speaks,
 * else LOCALE; said in Content-Language and <html lang>, with Vary: Accept-Language, and every
 * word of the page's own (its chrome, headings, the timeline picture's text) in that language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { FIXED_NOW } from '../helpers/bot.js';
import { englishDetector, stringsOf } from '../i18n/english-left.js';
import { resumePath } from '../query/fixture-bots.js';
import { martinResume, startWebServer, type WebServer } from './server.js';
import { loadResumeFile } from '../../src/resume/load.js';

let web: WebServer;
let portuguese: WebServer;
let sample: WebServer;
beforeAll(async () => {
  web = await startWebServer();
  // LOCALE=pt-BR: the language of a visitor who names none the bot speaks.
  portuguese = await startWebServer({
    bot: createBot({ resume: martinResume(), aliases: loadAliasesFile('data/aliases.json'), clock: () => FIXED_NOW, locale: 'pt-BR' }),
  });
  sample = await startWebServer({ resume: loadResumeFile(resumePath('sample')), privateFields: [] });
});
afterAll(async () => {
  await Promise.all([web.close(), portuguese.close(), sample.close()]);
});

const get = (server: WebServer, path: string, language?: string) =>
  fetch(`${server.url}${path}`, { redirect: 'manual', headers: language === undefined ? {} : { 'accept-language': language } });

/** What a reader of the page meets: its text, and the words in its attributes (alt, placeholder, a preview's meta text). */
function wordsOf(page: string): string {
  const said =
    /\s(?:alt|placeholder|aria-label)="([^"]*)"|<meta (?:property|name)="(?:description|og:title|og:description|og:image:alt|twitter:title|twitter:description|twitter:image:alt)" content="([^"]*)"/g;
  const attributes = [...page.matchAll(said)].map((m) => m[1] ?? m[2]!);
  const text = page
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, '\n')
    .split('\n');
  return [...text, ...attributes]
    .map((s) =>
      s
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .trim(),
    )
    .filter(Boolean)
    .join('\n');
}

const language = async (res: Response) => ({
  status: res.status,
  contentLanguage: res.headers.get('content-language'),
  vary: res.headers.get('vary'),
  lang: /<html lang="([^"]+)">/.exec(await res.text())?.[1],
});

describe("the page's language", () => {
  it('given Accept-Language naming Portuguese first, serves the page in pt-BR and says so', async () => {
    expect(await language(await get(web, '/', 'pt-BR,pt;q=0.9,en;q=0.8'))).toEqual({
      status: 200,
      contentLanguage: 'pt-BR',
      vary: 'Accept-Language',
      lang: 'pt-BR',
    });
  });

  it('given languages in order of preference, picks the first one a catalogue speaks (q-values decide the order)', async () => {
    const tags = async (header: string) => (await get(web, '/', header)).headers.get('content-language');
    expect(await tags('pt')).toBe('pt-BR');
    expect(await tags('pt-PT')).toBe('pt-BR');
    expect(await tags('de-DE, pt;q=0.9, en;q=0.8')).toBe('pt-BR');
    expect(await tags('pt;q=0.2, en;q=0.8')).toBe('en');
    expect(await tags('en-GB,en;q=0.9')).toBe('en');
    expect(await tags('fr, pt;q=0')).toBe('en');
  });

  it('given no Accept-Language, nonsense or only languages without a catalogue, falls back to LOCALE', async () => {
    for (const header of [undefined, '', '*', 'de, fr;q=0.5', ';;;q=,,', 'x'.repeat(2000)]) {
      expect(await language(await get(web, '/', header))).toMatchObject({ status: 200, contentLanguage: 'en', lang: 'en' });
      expect(await language(await get(portuguese, '/', header))).toMatchObject({ status: 200, contentLanguage: 'pt-BR', lang: 'pt-BR' });
    }
    expect((await get(portuguese, '/', 'en-US')).headers.get('content-language')).toBe('en');
  });

  it('given an English visitor, the page reads as before', async () => {
    const page = await (await get(web, '/', 'en-US')).text();
    expect(page).toContain('<label for="q">Ask about Martin Spier</label>');
    expect(page).toContain('<h2 id="experience-heading">Experience</h2>');
    expect(page).toMatch(/alt="Career timeline of Martin Spier: PicPay/);
  });

  it("given a Portuguese visitor, every word of the page's own is Portuguese: the résumé page, an answer, a permalink, not found", async () => {
    const paths = ['/', '/?q=o+que+ele+fez+na+netflix%3F', '/?q=%2Fcv', '/?q=zzqxv', '/a/experience/netflix', '/a/skills/zzqxv', '/a/nope'];
    const cases = [
      ...paths.map((path) => ({ server: web, resume: 'martin', path })),
      ...['/', '/a/awards', '/a/volunteer', '/a/references'].map((path) => ({ server: sample, resume: 'sample', path })),
    ];
    const found: string[] = [];
    for (const { server, resume, path } of cases) {
      const res = await get(server, path, 'pt-BR');
      expect(res.headers.get('content-language')).toBe('pt-BR');
      const detector = englishDetector('pt-BR', stringsOf(resumePath(resume)));
      found.push(...detector.find(wordsOf(await res.text()), ['zzqxv', 'o que ele fez na netflix?']).map((f) => `${path}: ${f}`));
    }
    expect(found).toEqual([]);
  });

  it('given a Portuguese visitor, the answer fragment and the timeline picture are Portuguese too', async () => {
    const fragment = await get(web, '/?partial=1&q=%2Fexperience+netflix', 'pt-BR');
    expect(fragment.headers.get('content-language')).toBe('pt-BR');
    expect(await fragment.text()).toContain('Performance Architect — Netflix');
    const page = await (await get(web, '/', 'pt-BR')).text();
    expect(page).toMatch(/alt="Linha do tempo da carreira de Martin Spier: PicPay/);
    const picture = /<img src="(\/timeline\/[0-9a-f]{16}\.png)"/.exec(page)![1]!;
    const english = /<img src="(\/timeline\/[0-9a-f]{16}\.png)"/.exec(await (await get(web, '/', 'en')).text())![1]!;
    expect(picture).not.toBe(english);
    expect((await get(web, picture)).status).toBe(200);
  });
});
