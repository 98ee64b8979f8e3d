/// <reference lib="dom" />
/**
 * The page in a real browser: Debian's chromium, driven by playwright-core, kept off the
 * network (only the test's own server on 127.0.0.1 is visited). Screenshots land in
 * node_modules/.cache/resume-bot-screens/ for a person to look at.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHROMIUM, describeWith } from '../helpers/external.js';
import { startWebServer, type WebServer } from './server.js';

export const SCREENS = join(process.cwd(), 'node_modules', '.cache', 'resume-bot-screens');

const OFFLINE_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, bl] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => Number(v) / 255);
    const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(bl!);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describeWith(CHROMIUM, 'the web page in chromium', () => {
  let web: WebServer;
  let userData: string;
  let context: BrowserContext;
  let noScript: BrowserContext;

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    web = await startWebServer();
    userData = mkdtempSync(join(tmpdir(), 'resume-bot-chromium-'));
    const launch = (dir: string, javaScriptEnabled: boolean) =>
      chromium.launchPersistentContext(dir, {
        executablePath: CHROMIUM.binary,
        headless: true,
        args: OFFLINE_FLAGS,
        viewport: { width: 1100, height: 900 },
        javaScriptEnabled,
      });
    context = await launch(join(userData, 'js'), true);
    noScript = await launch(join(userData, 'no-js'), false);
  }, 180_000);

  afterAll(async () => {
    await noScript?.close();
    await context?.close();
    await web?.close();
    rmSync(userData, { recursive: true, force: true });
  });

  const open = async (path: string, ctx: BrowserContext = context): Promise<Page> => {
    const page = await ctx.newPage();
    await page.goto(`${web.url}${path}`);
    return page;
  };

  it('given a question typed in the search box, shows its answer as you type and puts it in the address', async () => {
    const page = await open('/');
    await page.getByLabel('Ask about Martin Spier').fill('what did he do at netflix?');
    await expect.poll(() => page.locator('#answer h2').textContent(), { timeout: 60_000 }).toBe('Performance Architect at Netflix');
    expect(new URL(page.url()).searchParams.get('q')).toBe('what did he do at netflix?');
    await page.locator('#answer').screenshot({ path: join(SCREENS, 'answer.png') });
    await page.close();
  }, 120_000);

  it('given no JavaScript, answers when the form is submitted with the keyboard', async () => {
    const page = await open('/', noScript);
    await page.getByLabel('Ask about Martin Spier').fill('/skills k8s');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?q=/);
    expect(await page.locator('#answer h2').textContent()).toBe('Kubernetes');
    await page.close();
  }, 120_000);

  it('given the permalink of an answer, follows it to a page whose Open Graph tags preview that answer and the timeline', async () => {
    const page = await open('/?q=%2Fexperience+netflix');
    await page.getByRole('link', { name: 'Link to this answer' }).click();
    await page.waitForURL(/\/a\/experience\/netflix$/);
    const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');
    expect(await meta('og:title')).toBe('Performance Architect at Netflix — Martin Spier');
    expect(await meta('twitter:card')).toBe('summary_large_image');
    const image = (await meta('og:image'))!;
    expect(image).toMatch(/\/timeline\/[0-9a-f]{16}\.png$/);
    const shot = await page.request.get(image);
    expect(shot.headers()['content-type']).toBe('image/png');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Performance Architect at Netflix');
    await page.close();
  }, 120_000);

  it('given the "Download PDF" link, downloads the CV under the person\'s name, with or without JavaScript', async () => {
    for (const ctx of [context, noScript]) {
      const page = await open('/', ctx);
      const link = page.getByRole('link', { name: 'Download PDF' });
      expect(await link.count()).toBe(1);
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe('Martin-Spier-CV.pdf');
      expect(
        readFileSync((await download.path())!)
          .subarray(0, 5)
          .toString('latin1'),
      ).toBe('%PDF-');
      await page.close();
    }
  }, 120_000);

  it('given the page, it can be used with the keyboard alone: a skip link first, then the search box', async () => {
    const page = await open('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Tab');
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'q'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.close();
  }, 120_000);

  it.each(['light', 'dark'] as const)(
    'given the %s colour scheme, text has AA contrast and the timeline picture loads with its alt text',
    async (scheme) => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${web.url}/`);
      const img = page.locator('figure.timeline img');
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(1200);
      expect(await img.getAttribute('alt')).toMatch(/^Career timeline of Martin Spier: PicPay/);
      const colours = await page.evaluate(() => {
        const style = (sel: string) => getComputedStyle(document.querySelector(sel)!);
        return {
          bg: style('body').backgroundColor,
          text: style('body').color,
          muted: style('.label').color,
          link: style('ul.contact a').color,
        };
      });
      expect(contrast(colours.text, colours.bg)).toBeGreaterThanOrEqual(7);
      expect(contrast(colours.muted, colours.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colours.link, colours.bg)).toBeGreaterThanOrEqual(4.5);
      // Every image has a text alternative; every form control a label.
      expect(await page.locator('img:not([alt])').count()).toBe(0);
      expect(await page.locator('input:not([id])').count()).toBe(0);
      await page.screenshot({ path: join(SCREENS, `page-${scheme}.png`), fullPage: true });
      await page.goto(`${web.url}${await img.getAttribute('src')}`);
      await page.screenshot({ path: join(SCREENS, `timeline-${scheme}.png`) });
      await page.close();
    },
    30_000,
  );
});
