import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyAliases } from '../../src/query/aliases.js';
import { askJson, ensureBuilt, sandbox, type Sandbox } from '../cli/run.js';
import { martinResume, metaContent, resumeFrom, startWebServer, type WebServer } from './server.js';

let web: WebServer;
beforeAll(async () => {
  web = await startWebServer({ publicUrl: 'https://cv.example.com' });
});
afterAll(() => web.close());

const get = (path: string, init?: RequestInit) => fetch(`${web.url}${path}`, { redirect: 'manual', ...init });

describe('the résumé page', () => {
  it('given GET /, serves the whole résumé: header, search form, timeline picture and every section', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await res.text();
    expect(page).toContain('<h1>Martin Spier</h1>');
    expect(page).toContain('<label for="q">Ask about Martin Spier</label>');
    for (const heading of ['About', 'Experience', 'Projects', 'Skills', 'Education']) expect(page).toContain(`-heading">${heading}</h2>`);
    expect(page).toMatch(/<img src="\/timeline\/[0-9a-f]{16}\.png" width="1200" height="\d+" alt="Career timeline of Martin Spier: PicPay/);
    expect(page).toContain('FlameScope');
  });

  it('given the default private field, never shows the phone number on the page, in the API or at a permalink', async () => {
    const phone = martinResume().basics.phone!;
    const bodies = await Promise.all(
      ['/', '/?q=%2Fcontact', '/a/contact', '/api/ask?q=%2Fcontact', '/?partial=1&q=phone'].map(async (p) => (await get(p)).text()),
    );
    for (const body of bodies) expect(body).not.toContain(phone);
    expect(bodies[2]).toContain('hello@martinspier.io');
  });

  it('given ?q=, answers under the search box without JavaScript, the question kept in the box', async () => {
    const page = await (await get('/?q=what+did+he+do+at+netflix%3F')).text();
    expect(page).toContain('<h2 id="answer-title">Performance Architect at Netflix</h2>');
    expect(page).toContain('value="what did he do at netflix?"');
    expect(page).toContain('<a href="/a/experience/netflix" rel="bookmark">');
  });

  it('given ?partial=1, returns only the answer fragment (what search-as-you-type puts in the page)', async () => {
    const fragment = await (await get('/?partial=1&q=%2Fskills+k8s')).text();
    expect(fragment.startsWith('<article class="answer answer-result"')).toBe(true);
    expect(fragment).toContain('Kubernetes');
    expect(fragment).not.toContain('<html');
  });

  it('sends a Content-Security-Policy with no inline code, and the assets it allows', async () => {
    const res = await get('/');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('/assets/page.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await (await get('/assets/search.js')).text()).toContain("getElementById('answer')");
  });
});

describe('permalinks and link previews', () => {
  it('given /a/experience/netflix, serves the answer with Open Graph and Twitter card tags pointing at the timeline picture', async () => {
    const res = await get('/a/experience/netflix');
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<h1 id="answer-title">Performance Architect at Netflix</h1>');
    expect(metaContent(page, 'og:title')).toBe('Performance Architect at Netflix — Martin Spier');
    expect(metaContent(page, 'og:url')).toBe('https://cv.example.com/a/experience/netflix');
    expect(metaContent(page, 'og:description')).toContain('Dec 2012 – May 2021');
    expect(metaContent(page, 'twitter:card')).toBe('summary_large_image');
    const image = metaContent(page, 'og:image')!;
    expect(image).toMatch(/^https:\/\/cv\.example\.com\/timeline\/[0-9a-f]{16}\.png$/);
    const png = await get(new URL(image).pathname);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(png.headers.get('cache-control')).toContain('immutable');
    const bytes = Buffer.from(await png.arrayBuffer());
    expect(bytes.readUInt32BE(16)).toBe(1200);
    expect(metaContent(page, 'og:image:width')).toBe('1200');
    expect(metaContent(page, 'og:image:height')).toBe(String(bytes.readUInt32BE(20)));
  });

  it('given a permalink that matches nothing, serves the "no match" page with 404; a malformed one, 404 without failing', async () => {
    const miss = await get('/a/experience/google');
    expect(miss.status).toBe(404);
    expect(await miss.text()).toContain('No role matches');
    expect((await get('/a/experience/%E0%A4%A')).status).toBe(404);
    expect((await get('/a/..%2F..%2Fetc')).status).toBe(404);
    expect((await get('/')).status).toBe(200);
  });

  it('given a picture key that is not (or no longer) drawn, redirects to the current picture', async () => {
    const res = await get('/timeline/0123456789abcdef.png');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toMatch(/^\/timeline\/[0-9a-f]{16}\.png$/);
    expect((await get('/timeline/../../etc/passwd')).status).toBe(404);
  });
});

describe('GET /api/ask', () => {
  let box: Sandbox;
  beforeAll(() => {
    ensureBuilt();
    box = sandbox();
  });
  afterAll(() => box.remove());

  it.each(['/experience netflix', 'what did he do at netflix?', '/skills k8s', '/experience google', '/contact', '/education'])(
    'given %s, returns exactly the object resume-bot --json prints',
    async (question) => {
      const res = await get(`/api/ask?q=${encodeURIComponent(question)}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await res.json()).toEqual(askJson(box, question));
    },
  );

  it('given no question, says how to ask (400)', async () => {
    const res = await get('/api/ask');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toContain('?q=');
  });
});

describe('hostile text', () => {
  const SCRIPT = '<script>alert(1)</script>';
  let hostile: WebServer;
  beforeAll(async () => {
    hostile = await startWebServer({
      resume: resumeFrom({
        basics: {
          name: `Eve ${SCRIPT}`,
          label: '"><img src=x onerror=alert(1)>',
          summary: `About ${SCRIPT}`,
          url: 'https://example.com/"><script>alert(1)</script>',
        },
        work: [{ name: `Acme ${SCRIPT}`, position: 'Engineer', startDate: '2020', highlights: [`did ${SCRIPT}`] }],
        skills: [{ name: 'Evil', keywords: [SCRIPT] }],
      }),
    });
  });
  afterAll(() => hostile.close());

  it('given résumé text and a query full of markup, escapes all of it on the page, the fragment and the permalink', async () => {
    for (const path of [
      '/',
      `/?q=${encodeURIComponent(SCRIPT)}`,
      `/?partial=1&q=${encodeURIComponent(`/experience ${SCRIPT}`)}`,
      `/a/experience/${encodeURIComponent(SCRIPT)}`,
      '/a/skills/evil',
    ]) {
      const body = await (await fetch(`${hostile.url}${path}`)).text();
      expect(body, path).not.toContain('<script>alert');
      expect(body, path).not.toContain('<img src=x');
      expect(body, path).not.toContain('href="javascript:');
    }
    const page = await (await fetch(`${hostile.url}/`)).text();
    expect(page).toContain('Eve &lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('rate limits', () => {
  it('given more requests from one address than it may make, answers 429 with Retry-After', async () => {
    const limited = await startWebServer({ perMinute: 3 });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await fetch(`${limited.url}/api/ask?q=netflix`)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const res = await fetch(`${limited.url}/`);
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });

  it('given WEB_TRUST_PROXY, counts each forwarded client apart (by the entry the proxy added), and ignores the header otherwise', async () => {
    const as = (url: string, forwarded: string) => fetch(`${url}/api/ask?q=netflix`, { headers: { 'x-forwarded-for': forwarded } });
    const proxied = await startWebServer({ perMinute: 1, trustProxy: true });
    const direct = await startWebServer({ perMinute: 1 });
    try {
      expect((await as(proxied.url, '203.0.113.7')).status).toBe(200);
      expect((await as(proxied.url, '203.0.113.8')).status).toBe(200);
      // A client cannot pick its own address: only the last entry (the proxy's) counts.
      expect((await as(proxied.url, '198.51.100.1, 203.0.113.7')).status).toBe(429);
      expect((await as(direct.url, '203.0.113.7')).status).toBe(200);
      expect((await as(direct.url, '203.0.113.8')).status).toBe(429);
    } finally {
      await proxied.close();
      await direct.close();
    }
  });

  it('given more questions than the chat limit allows, the permalink says so with 429', async () => {
    const limited = await startWebServer({ questions: 1 });
    try {
      expect((await fetch(`${limited.url}/a/experience/netflix`)).status).toBe(200);
      const res = await fetch(`${limited.url}/a/experience/netflix`);
      expect(res.status).toBe(429);
      expect(await res.text()).toContain('too many questions');
    } finally {
      await limited.close();
    }
  });
});

describe('a résumé edited while the page is served', () => {
  it('given the résumé reloads, serves the new version at once (the drawn page is kept per version)', async () => {
    const live = await startWebServer();
    try {
      const before = await (await fetch(`${live.url}/`)).text();
      expect(before).toContain('<h1>Martin Spier</h1>');
      expect(await (await fetch(`${live.url}/`)).text()).toBe(before);
      const edited = martinResume();
      live.pipeline.bot.replace({ ...edited, basics: { ...edited.basics, name: 'Martin Q. Spier' } }, emptyAliases);
      const after = await (await fetch(`${live.url}/`)).text();
      expect(after).toContain('<h1>Martin Q. Spier</h1>');
      expect(after).not.toBe(before);
    } finally {
      await live.close();
    }
  });
});
