/**
 * The web page on the bot's HTTP server: the résumé at GET /, answers at /a/<command>/<query>
 * (each with link-preview tags), GET /api/ask?q=… (exactly `resume-bot --json`'s object), the
 * timeline picture at a content-hashed /timeline/<key>.png, and the page's two assets.
 *
 * Public by nature: every answer is asked for a public audience and the résumé goes through publicResume,
 * so no PRIVATE_FIELDS value reaches a page, the API or a picture. Every request counts
 * against its client address's allowance (429 past it); questions also count against the
 * chat rate limit, keyed by the same address.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Answer, AnswerAttachment, PersonRef } from '../model/answer.js';
import { isDirectory } from '../core/directory.js';
import { resumeFor } from '../core/owner.js';
import type { Resume } from '../resume/schema.js';
import { cvPath, type CvCache, type CvFile } from '../cv/cache.js';
import type { Outcome, Pipeline } from '../core/pipeline.js';
import { publicResume } from '../core/public-resume.js';
import type { MemoryRateLimiter } from '../core/rate-limit.js';
import type { BotRequest } from '../model/request.js';
import { toJsonResult } from '../cli/json.js';
import type { HttpServer } from '../http/server.js';
import type { TimelineImage, TimelineImages } from '../render/timeline/image.js';
import { systemClock, type Clock } from '../resume/dates.js';
import { answerHtml } from './answer-html.js';
import { PAGE_CSS, SEARCH_JS } from './assets.js';
import { messagesFor, type Messages } from '../i18n/catalogue.js';
import { html, type Html } from './html.js';
import { visitorLanguage } from './language.js';
import { parsePermalink, parsePersonPath, permalink, personPath, timelineImagePath } from './links.js';
import { clip, page, searchForm, type PageMeta } from './page.js';
import { contactHtml, resumeSectionsHtml } from './resume-html.js';

export interface WebOptions {
  http: HttpServer;
  pipeline: Pipeline;
  privateFields: readonly string[];
  images: TimelineImages;
  /** The CV as a PDF, served at /cv/<key>.pdf (the page's "Download PDF" and Slack's link to it). */
  cv: CvCache;
  /** Every web request, per client address. */
  limiter: MemoryRateLimiter;
  /** The bot's public address (PUBLIC_URL): absolute links in previews. Unset: taken from the Host header when it looks like a host. */
  publicUrl?: string;
  clock?: Clock;
  /** Serve the page itself (WEB); false: only the timeline pictures (for Slack's image blocks). */
  page: boolean;
  /** WEB_TRUST_PROXY: client addresses from the proxy's X-Forwarded-For entry. */
  trustProxy?: boolean;
}

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;
const IMAGE_PATH = /^\/timeline\/([0-9a-f]{16})\.png$/;
const CV_PATH = /^\/cv\/([0-9a-f]{16})\.pdf$/;

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, ...SECURITY_HEADERS, ...headers });
  res.end(body);
}

/** An IPv4 or IPv6 address as a proxy writes it (no port, no brackets): anything else is not trusted. */
const ADDRESS = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:]{2,39}(?:%\w+)?|::ffff:\d{1,3}(?:\.\d{1,3}){3})$/i;

/**
 * Who is asking, for the per-address limits: the connection's address; behind one trusted
 * proxy (WEB_TRUST_PROXY), the last X-Forwarded-For entry, which that proxy appended (entries
 * before it are whatever the client sent, so never read).
 */
export function clientAddress(req: IncomingMessage, trustProxy = false): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  if (!trustProxy) return socket;
  const header = req.headers['x-forwarded-for'];
  const last = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').at(-1)?.trim() ?? '';
  return ADDRESS.test(last) ? last : socket;
}

export function mountWeb(options: WebOptions): void {
  const { http, pipeline, privateFields, images, cv, limiter } = options;
  const clock = options.clock ?? systemClock;

  const baseUrl = (req: IncomingMessage): string | null => {
    if (options.publicUrl) return options.publicUrl.replace(/\/+$/, '');
    const host = req.headers.host;
    return host && HOST.test(host) ? `http://${host}` : null;
  };

  /** The visitor's words: Accept-Language's first language a catalogue speaks, else LOCALE. */
  const wordsFor = (req: IncomingMessage): Messages => messagesFor(visitorLanguage(req.headers, pipeline.bot.messages({}).locale));
  /** A page in `words`' language says so, and caches keep one copy per language asked for. */
  const inLanguage = (words: Messages) => ({ 'content-language': words.locale, vary: 'Accept-Language' });

  /** False (and a 429 sent) when this address is over its allowance. */
  const admit = (req: IncomingMessage, res: ServerResponse): boolean => {
    const decision = limiter.take(`web:${clientAddress(req, options.trustProxy)}`);
    if (decision.allowed) return true;
    const retry = Math.max(1, decision.retryAfterSeconds);
    const words = wordsFor(req);
    send(res, 429, 'text/plain; charset=utf-8', `${words.t('refusal.rateLimited.body', { count: retry })}\n`, {
      'retry-after': String(retry),
      ...inLanguage(words),
    });
    return false;
  };

  const ask = async (
    req: IncomingMessage,
    command: string | null,
    text: string,
    person?: string,
  ): Promise<{ answer: Answer; outcome: Outcome }> => {
    const request: BotRequest = {
      platform: 'web',
      audience: 'public',
      command,
      text,
      userId: clientAddress(req, options.trustProxy),
      locale: wordsFor(req).locale,
      ...(person ? { person } : {}),
    };
    const handled = await pipeline.handle(request);
    return { answer: handled.answer, outcome: handled.outcome };
  };

  /** `/skills k8s` → the skills command; anything else is free text, as in the CLI. */
  const askLine = async (req: IncomingMessage, line: string, person?: string): Promise<{ answer: Answer; request: BotRequest }> => {
    const slash = /^\/([^\s/]+)(?:\s+([\s\S]*))?$/.exec(line.trim());
    const request: BotRequest = slash
      ? { platform: 'web', audience: 'public', command: slash[1]!.toLowerCase(), text: (slash[2] ?? '').trim() }
      : { platform: 'web', audience: 'public', command: null, text: line.trim() };
    return { answer: (await ask(req, request.command, request.text, person)).answer, request };
  };

  /** The question-less page per résumé object (a reload brings a new one) and language, with what it was drawn for. */
  const pages = new WeakMap<object, Map<string, { version: string; html: string }>>();

  const timeline = (source: Resume = pipeline.bot.resume, locale?: string): { light: TimelineImage; dark: TimelineImage } => ({
    light: images.get(source, 'light', locale),
    dark: images.get(source, 'dark', locale),
  });

  const metaFor = (req: IncomingMessage, title: string, description: string, path: string, image: TimelineImage): PageMeta => {
    const base = baseUrl(req);
    return {
      title,
      description,
      url: base ? `${base}${path}` : null,
      image: base ? { url: `${base}${timelineImagePath(image.key)}`, width: image.width, height: image.height, alt: image.alt } : null,
    };
  };

  const figure = (pictures: { light: TimelineImage; dark: TimelineImage }, words: Messages): Html =>
    html`<figure class="timeline"><a href="${timelineImagePath(pictures.light.key)}"><picture><source srcset="${timelineImagePath(pictures.dark.key)}" media="(prefers-color-scheme: dark)"><img src="${timelineImagePath(pictures.light.key)}" width="${pictures.light.width}" height="${pictures.light.height}" alt="${pictures.light.alt}"></picture></a><figcaption>${words.t('page.figure')}</figcaption></figure>`;

  // The timeline picture: a known key is one picture forever; an old or unknown key leads to today's.
  http.route('GET', '/timeline/*', (req, res) => {
    if (!admit(req, res)) return;
    const match = IMAGE_PATH.exec((req.url ?? '').split('?')[0]!);
    if (!match) return send(res, 404, 'text/plain; charset=utf-8', 'not found\n');
    const image = images.byKey(match[1]!);
    if (image) return send(res, 200, 'image/png', image.png, { 'cache-control': 'public, max-age=31536000, immutable' });
    send(res, 302, 'text/plain; charset=utf-8', 'see the current picture\n', {
      location: timelineImagePath(timeline(undefined, wordsFor(req).locale).light.key),
      'cache-control': 'no-cache',
    });
  });

  // The CV: a known key is one file forever (downloaded under the person's name); any other leads to today's.
  http.route('GET', '/cv/*', async (req, res) => {
    if (!admit(req, res)) return;
    const match = CV_PATH.exec((req.url ?? '').split('?')[0]!);
    if (!match) return send(res, 404, 'text/plain; charset=utf-8', 'not found\n');
    const file = cv.byKey(match[1]!);
    if (file)
      return send(res, 200, file.contentType, file.bytes, {
        'cache-control': 'public, max-age=31536000, immutable',
        'content-disposition': `attachment; filename="${file.filename}"`,
      });
    send(res, 302, 'text/plain; charset=utf-8', 'see the current CV\n', {
      location: cvPath((await cv.get(pipeline.bot.resume, wordsFor(req).locale)).key),
      'cache-control': 'no-cache',
    });
  });

  if (!options.page) return;

  /** Where the page offers each file an answer carries: the CV at its content-addressed URL. */
  const fileHref = (current: CvFile) => (file: AnswerAttachment) => (file.kind === 'cv' ? cvPath(current.key) : null);
  const currentCv = (source: Resume, words: Messages) => cv.get(source, words.locale);

  http.route('GET', '/assets/page.css', (req, res) => {
    if (admit(req, res)) send(res, 200, 'text/css; charset=utf-8', PAGE_CSS, { 'cache-control': 'public, max-age=3600' });
  });
  http.route('GET', '/assets/search.js', (req, res) => {
    if (admit(req, res)) send(res, 200, 'text/javascript; charset=utf-8', SEARCH_JS, { 'cache-control': 'public, max-age=3600' });
  });

  http.route('GET', '/api/ask', async (req, res) => {
    if (!admit(req, res)) return;
    const q = new URL(req.url ?? '/', 'http://x').searchParams.get('q');
    if (q === null || !q.trim()) {
      return send(
        res,
        400,
        'application/json; charset=utf-8',
        `${JSON.stringify({ error: 'ask with ?q=<question>, e.g. /api/ask?q=/skills kubernetes' })}\n`,
      );
    }
    const { answer, request } = await askLine(req, q);
    send(res, 200, 'application/json; charset=utf-8', `${JSON.stringify(toJsonResult(answer, request))}\n`, {
      'access-control-allow-origin': '*',
    });
  });

  /**
   * One person's résumé as a page, at `path` (`/`, or `/p/<id>` in a directory): its questions are
   * asked about that person, and its picture and CV are theirs.
   */
  const resumePage = async (req: IncomingMessage, res: ServerResponse, who: { source: Resume; path: string; person?: string }) => {
    const params = new URL(req.url ?? '/', 'http://x').searchParams;
    const q = (params.get('q') ?? '').slice(0, 2000);
    const words = wordsFor(req);
    const answered = q.trim() ? (await askLine(req, q, who.person)).answer : null;
    if (params.get('partial') === '1') {
      const fragment = answered ? answerHtml(answered, { fileHref: fileHref(await currentCv(who.source, words)) }).value : '';
      return send(res, 200, 'text/html; charset=utf-8', fragment, { 'cache-control': 'no-store', ...inLanguage(words) });
    }
    const { source } = who;
    const pictures = timeline(source, words.locale);
    const pdf = await currentCv(source, words);
    // The page without a question is the same for everyone of a language until the résumé, the day (the pictures' keys) or the address changes.
    const version = `${pictures.light.key}\0${pictures.dark.key}\0${pdf.key}\0${baseUrl(req) ?? ''}\0${who.path}`;
    const languages = pages.get(source) ?? new Map<string, { version: string; html: string }>();
    const known = q.trim() ? undefined : languages.get(words.locale);
    if (known?.version === version)
      return send(res, 200, 'text/html; charset=utf-8', known.html, { 'cache-control': 'no-cache', ...inLanguage(words) });
    const resume = publicResume(source, privateFields);
    const now = clock();
    const description = resume.basics.label ?? resume.basics.summary ?? words.t('page.resumeOf', { name: resume.basics.name });
    const body = html`${who.person ? html`<p class="breadcrumb"><a href="/">${words.t('page.everyone')}</a></p>` : ''}<header><h1>${resume.basics.name}</h1>${resume.basics.label ? html`<p class="label">${resume.basics.label}</p>` : ''}${contactHtml(resume)}${downloadLink(pdf, words)}</header>
${searchForm({ name: resume.basics.name, query: q, action: who.path }, words)}
<div id="answer" aria-live="polite">${answered ? answerHtml(answered, { fileHref: fileHref(pdf) }) : ''}</div>
${figure(pictures, words)}
${resumeSectionsHtml(resume, now, words)}`;
    const title = words.t('page.title', { name: resume.basics.name });
    const document = page(metaFor(req, title, description, who.path, pictures.light), body, words).value;
    if (!q.trim()) pages.set(source, languages.set(words.locale, { version, html: document }));
    send(res, 200, 'text/html; charset=utf-8', document, { 'cache-control': 'no-cache', ...inLanguage(words) });
  };

  /** Several people: their names, each a link to their page, and a search box that asks across everyone. */
  const peoplePage = async (req: IncomingMessage, res: ServerResponse, people: readonly PersonRef[]) => {
    const params = new URL(req.url ?? '/', 'http://x').searchParams;
    const q = (params.get('q') ?? '').slice(0, 2000);
    const words = wordsFor(req);
    const answered = q.trim() ? (await askLine(req, q)).answer : null;
    if (params.get('partial') === '1')
      return send(res, 200, 'text/html; charset=utf-8', answered ? answerHtml(answered).value : '', {
        'cache-control': 'no-store',
        ...inLanguage(words),
      });
    const line = (person: PersonRef) => {
      const label = publicResume(resumeFor(pipeline.bot, { person }), privateFields).basics.label;
      return html`<li><a href="${personPath(person.id)}">${person.name}</a>${label ? html` <span class="meta">— ${label}</span>` : ''}</li>`;
    };
    const count = words.t('page.resumes', { count: people.length });
    const body = html`<header><h1>${words.t('people.heading')}</h1><p class="label">${count}</p></header>
${searchForm({ name: words.t('page.everyoneName'), query: q, action: '/' }, words)}
<div id="answer" aria-live="polite">${answered ? answerHtml(answered) : ''}</div>
<section class="people" aria-labelledby="people-heading"><h2 id="people-heading">${words.t('page.everyone')}</h2><ul>${people.map(line)}</ul></section>`;
    const meta: PageMeta = {
      title: words.t('people.heading'),
      description: count,
      url: baseUrl(req) ? `${baseUrl(req)}/` : null,
      image: null,
    };
    send(res, 200, 'text/html; charset=utf-8', page(meta, body, words).value, { 'cache-control': 'no-cache', ...inLanguage(words) });
  };

  /** The people of a directory bot; empty for one résumé. */
  const directoryPeople = (): readonly PersonRef[] => (isDirectory(pipeline.bot) ? pipeline.bot.people : []);

  http.route('GET', '/', async (req, res) => {
    if (!admit(req, res)) return;
    const people = directoryPeople();
    if (people.length > 1) return peoplePage(req, res, people);
    await resumePage(req, res, { source: pipeline.bot.resume, path: '/' });
  });

  http.route('GET', '/p/*', async (req, res) => {
    if (!admit(req, res)) return;
    const id = parsePersonPath((req.url ?? '/').split('?')[0]!);
    const person = id === null ? undefined : directoryPeople().find((p) => p.id === id);
    if (!person) return notFound(req, res, 'page.backToEveryone');
    await resumePage(req, res, { source: resumeFor(pipeline.bot, { person }), path: personPath(person.id), person: person.id });
  });

  http.route('GET', '/a/*', async (req, res) => {
    if (!admit(req, res)) return;
    const named = parsePermalink((req.url ?? '/').split('?')[0]!);
    if (!named) return notFound(req, res, 'page.backToResume');
    const words = wordsFor(req);
    const { answer, outcome } = await ask(req, named.command, named.query);
    // In a directory an answer is about one person: the page shows their name, picture and CV.
    const about = answer.person ? resumeFor(pipeline.bot, answer) : pipeline.bot.resume;
    const home = answer.person && directoryPeople().length > 1 ? personPath(answer.person.id) : '/';
    const pictures = timeline(about, words.locale);
    const name = publicResume(about, privateFields).basics.name;
    const canonical = answer.route ? permalink(answer.route) : permalink({ command: named.command, query: named.query });
    const description = answerSummary(answer);
    const body = html`<p class="breadcrumb"><a href="${home}">${name}</a></p>
${answerHtml(answer, { headingLevel: 1, fileHref: fileHref(await currentCv(about, words)) })}
${searchForm({ name, query: '', action: home }, words)}
<div id="answer" aria-live="polite"></div>
${figure(pictures, words)}`;
    // The page is always there to read; the status says what a crawler should make of it.
    const status = outcome === 'rate_limited' ? 429 : outcome === 'error' ? 500 : answer.kind === 'empty' ? 404 : 200;
    send(
      res,
      status,
      'text/html; charset=utf-8',
      page(metaFor(req, `${answer.title} — ${name}`, description, canonical, pictures.light), body, words).value,
      { 'cache-control': 'no-cache', ...inLanguage(words) },
    );
  });

  /** No page here: said in the visitor's language, with the way back. */
  function notFound(req: IncomingMessage, res: ServerResponse, back: 'page.backToEveryone' | 'page.backToResume'): void {
    const words = wordsFor(req);
    const meta: PageMeta = { title: words.t('page.notFound.title'), description: words.t('page.notFound.body'), url: null, image: null };
    const body = html`<h1>${words.t('page.notFound.title')}</h1><p><a href="/">${words.t(back)}</a></p>`;
    send(res, 404, 'text/html; charset=utf-8', page(meta, body, words).value, inLanguage(words));
  }
}

/** The page header's link to the CV. */
function downloadLink(file: CvFile, words: Messages): Html {
  const size = words.t('page.cvSize', { kb: Math.max(1, Math.round(file.bytes.length / 1024)) });
  return html`<p class="download"><a href="${cvPath(file.key)}" download="${file.filename}" type="${file.contentType}">${words.t('cv.download')}</a> <span class="meta">${size}</span></p>`;
}

/** What a link preview says under the title: the answer's first lines. */
export function answerSummary(answer: Answer): string {
  const parts = [
    answer.subtitle,
    answer.body,
    ...answer.fields.map((f) => `${f.label}: ${f.value}`),
    ...answer.sections.flatMap((s) => s.bullets.slice(0, 2)),
  ];
  return clip(parts.filter(Boolean).join(' · ') || answer.title);
}
