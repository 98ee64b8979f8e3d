/**
 * The CV on the web: the page's "Download PDF" link, an answer's download link, and the PDF
 * served at its content-hashed address (also when only Slack's links need it, WEB=false).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../helpers/pdf-text.js';
import { martinResume, startWebServer, type WebServer } from './server.js';

let web: WebServer;
beforeAll(async () => {
  web = await startWebServer({ publicUrl: 'https://cv.example.com' });
});
afterAll(() => web.close());

const get = (server: WebServer, path: string) => fetch(`${server.url}${path}`, { redirect: 'manual' });
const CV_HREF = /<a href="(\/cv\/([0-9a-f]{16})\.pdf)" download="Martin-Spier-CV\.pdf" type="application\/pdf">Download PDF<\/a>/;

describe('the CV on the page', () => {
  it("given GET /, the header links to the PDF, which downloads under the person's name without a private field", async () => {
    const page = await (await get(web, '/')).text();
    const href = CV_HREF.exec(page.slice(0, page.indexOf('</header>')));
    expect(href).not.toBeNull();
    const res = await get(web, href![1]!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="Martin-Spier-CV.pdf"');
    expect(res.headers.get('cache-control')).toContain('immutable');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect((await web.cv.get(web.pipeline.bot.resume)).sha256.startsWith(href![2]!)).toBe(true);
    const text = (await readPdf(bytes)).pages.map((p) => p.text).join(' ');
    expect(text).toContain('Netflix');
    expect(text).not.toContain(martinResume().basics.phone!);
  });

  it('given /cv asked on the page, at its permalink or as you type, the answer links to the same PDF', async () => {
    const current = (await web.cv.get(web.pipeline.bot.resume)).key;
    for (const path of ['/?q=%2Fcv', '/a/cv', '/?partial=1&q=can+I+get+his+cv%3F']) {
      const body = await (await get(web, path)).text();
      expect(body).toContain(`<ul class="downloads"><li><a href="/cv/${current}.pdf"`);
    }
    expect(await (await get(web, '/?partial=1&q=%2Fskills+k8s')).text()).not.toContain('class="downloads"');
  });

  it('given a CV key that is not (or no longer) rendered, redirects to the current CV; anything else under /cv is 404', async () => {
    const current = (await web.cv.get(web.pipeline.bot.resume)).key;
    const old = await get(web, '/cv/0123456789abcdef.pdf');
    expect(old.status).toBe(302);
    expect(old.headers.get('location')).toBe(`/cv/${current}.pdf`);
    expect((await get(web, '/cv/../../etc/passwd')).status).toBe(404);
    expect((await get(web, '/cv/ABC.pdf')).status).toBe(404);
  });
});

describe('the CV without the page (WEB=false, PUBLIC_URL set for Slack)', () => {
  it('still serves the PDF at its address, and no page', async () => {
    const bare = await startWebServer({ page: false, publicUrl: 'https://cv.example.com' });
    try {
      const file = await bare.cv.get(bare.pipeline.bot.resume);
      const res = await get(bare, `/cv/${file.key}.pdf`);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(file.bytes)).toBe(true);
      expect((await get(bare, '/')).status).toBe(404);
    } finally {
      await bare.close();
    }
  });
});
