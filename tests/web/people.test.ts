/**
 * The page over a directory: `/` lists the people (each a link to their page) with a search box
 * that asks across everyone; `/p/<id>` is one person's page, whose questions, timeline picture and
 * CV are that person's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directoryBot } from '../directory/fixture.js';
import { readPdf } from '../helpers/pdf-text.js';
import { metaContent, startWebServer, type WebServer } from './server.js';

let web: WebServer;
beforeAll(async () => {
  web = await startWebServer({ bot: directoryBot(), publicUrl: 'https://team.example.com' });
});
afterAll(() => web.close());

const get = (path: string) => fetch(`${web.url}${path}`, { redirect: 'manual' });
const cvHref = (page: string) => /<a href="(\/cv\/[0-9a-f]{16}\.pdf)" download="([^"]+)"/.exec(page);
const imgSrc = (page: string) => /<img src="(\/timeline\/[0-9a-f]{16}\.png)"/.exec(page)?.[1];

describe('the page over several people', () => {
  it('given GET /, lists everyone, each linking to their own page', async () => {
    const page = await (await get('/')).text();
    expect(page).toContain('<h1>People</h1>');
    for (const [id, name] of [
      ['martin', 'Martin Spier'],
      ['senior-engineer', 'Dr. Lena Vasquez'],
    ] as const)
      expect(page).toContain(`<a href="/p/${id}">${name}</a>`);
    expect((page.match(/<a href="\/p\//g) ?? []).length).toBe(6);
  });

  it("given /p/<id>, serves that person's résumé with their own timeline picture and their own CV", async () => {
    const martin = await (await get('/p/martin')).text();
    const lena = await (await get('/p/senior-engineer')).text();
    expect(martin).toContain('<h1>Martin Spier</h1>');
    expect(lena).toContain('<h1>Dr. Lena Vasquez</h1>');
    expect(imgSrc(martin)).not.toBe(imgSrc(lena));
    const [martinCv, lenaCv] = [cvHref(martin)!, cvHref(lena)!];
    expect(martinCv[2]).toBe('Martin-Spier-CV.pdf');
    expect(lenaCv[2]).toBe('Dr-Lena-Vasquez-CV.pdf');
    const pdf = Buffer.from(await (await get(lenaCv[1]!)).arrayBuffer());
    expect((await readPdf(pdf)).pages.map((p) => p.text).join(' ')).toContain('Lena Vasquez');
    expect(lena).toContain('<form class="search" action="/p/senior-engineer"');
  });

  it("given a question on a person's page, with or without the script, answers about that person", async () => {
    for (const path of ['/p/senior-engineer?q=%2Fexperience', '/p/senior-engineer?partial=1&q=where+did+she+work%3F']) {
      const body = await (await get(path)).text();
      expect(body).toContain('Confluent');
      expect(body).not.toContain('Performance Architect');
    }
  });

  it("given the permalink of a person's answer, previews it with that person's name and timeline picture", async () => {
    const answered = await (await get('/p/senior-engineer?q=%2Fexperience')).text();
    const link = /<a href="(\/a\/[^"]+)" rel="bookmark">/.exec(answered)![1]!;
    const permalink = await (await get(link)).text();
    expect(metaContent(permalink, 'og:title')).toMatch(/ — Dr\. Lena Vasquez$/);
    const own = imgSrc(await (await get('/p/senior-engineer')).text())!;
    expect(metaContent(permalink, 'og:image')).toBe(`https://team.example.com${own}`);
    expect(permalink).toContain('<p class="breadcrumb"><a href="/p/senior-engineer">Dr. Lena Vasquez</a></p>');
  });

  it('given an id nobody has, or a malformed one, answers 404', async () => {
    expect((await get('/p/nobody')).status).toBe(404);
    expect((await get('/p/%E0%A4%A')).status).toBe(404);
  });
});

describe('the page over one résumé', () => {
  it('has no people pages', async () => {
    const one = await startWebServer();
    try {
      expect((await fetch(`${one.url}/p/martin`)).status).toBe(404);
      expect(await (await fetch(`${one.url}/`)).text()).toContain('<h1>Martin Spier</h1>');
    } finally {
      await one.close();
    }
  });
});
