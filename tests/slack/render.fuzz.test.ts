/**
 * Fuzz: generated questions of every shape — unicode, control characters, text thousands of
 * characters long, Slack markup (`<!channel>`, `<@U…>`, `<#C…|x>`, `<!subteam^…>`), Discord
 * syntax (`@everyone`, `<@123>`), markdown, nothing at all — through every registry command and
 * free text, rendered by the Slack renderer as every message the adapter sends: the private
 * answer, the shared copy ("Shared by"), the public reply to a mention, every page of each, and
 * their fallback text. Nothing may throw, every message must pass checkSlackMessage, and the only
 * `<` in anything shown is markup the renderer wrote itself: the sharer's `<@U…>` and the
 * résumé's own links. Then a smaller run end to end through the real Bolt over HTTP.
 * fast-check picks a new seed each run and prints it (with the shrunk input) on a failure.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, slashCommands } from '../../commands/index.js';
import type { Answer } from '../../src/model/answer.js';
import { createBot } from '../../src/core/bot.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { publicView } from '../../src/core/privacy.js';
import { emptyAliases, loadAliasesFile } from '../../src/query/aliases.js';
import { loadResumeFile, parseResume } from '../../src/resume/load.js';
import type { Resume } from '../../src/resume/schema.js';
import { commandText, messageText } from '../../src/slack/incoming.js';
import { checkSlackMessage } from '../../src/slack/limits.js';
import { ACTION_SHARE, decodePayload, encodePayload } from '../../src/slack/payload.js';
import { renderAnswer, type RenderOptions } from '../../src/slack/render.js';
import { link } from '../../src/slack/text.js';
import { FIXED_NOW } from '../helpers/bot.js';
import { discordSyntax, hostilePhrase, hostilePiece, markdown, slackMarkup } from '../helpers/hostile-text.js';
import { BOT_USER_ID } from '../fakes/slack.js';
import {
  clickButton,
  dmEvent,
  expectEveryMessageValid,
  mentionEvent,
  replyIn,
  sendEvent,
  slashCommand,
  startHarness,
  USER_ID,
  type Harness,
} from './harness.js';

const RESUME = loadResumeFile('data/resume.json');
const ALIASES = loadAliasesFile('data/aliases.json');
const PRIVATE = ['basics.phone'];
const PHONE = RESUME.basics.phone!;
const SHARER = 'U0SHARER1';

/** Markup and markdown laced through a generated résumé: its own text must be escaped too. */
const LACE = [' <!channel>', ' & co', ' <@U0VICTIM1>', ' @here', ' *bold* _it_', ''];

/**
 * Thirty roles, projects and skill groups with a few hundred characters each: full lists run
 * to more than one page (so Show more, page 2 and its button value with the user's query are
 * exercised), yet an answer costs about a millisecond. (long-resume.ts is ~30 ms an answer.)
 */
function pagedResume(): Resume {
  const lace = (i: number) => LACE[i % LACE.length]!;
  return parseResume(
    {
      basics: {
        name: `Robin${lace(0)} Example`,
        label: 'Engineer & <lead>',
        email: 'robin@example.com',
        phone: '+1 555 0199',
        summary: `${'Builds things. '.repeat(40)}<!everyone>`,
        profiles: [{ network: `GitHub${lace(0)}`, username: 'r', url: 'https://github.com/r?a=1&b=<2>' }],
      },
      work: Array.from({ length: 30 }, (_, i) => ({
        name: `Firm${i}${lace(i)}`,
        position: `Engineer ${i}${lace(i + 1)}`,
        startDate: `${1990 + i}-01`,
        ...(i === 29 ? {} : { endDate: `${1991 + i}-01` }),
        description: `Worked on systems${lace(i)}. `.repeat(12),
        highlights: [`Shipped${lace(i)} things. `.repeat(6), 'Mentored.'],
      })),
      projects: Array.from({ length: 30 }, (_, i) => ({
        name: `Tool${i}${lace(i)}`,
        description: `A tool for${lace(i + 2)} work. `.repeat(15),
        url: i % 2 ? `https://example.com/t${i}?a=1&b=2` : `https://example.com/t${i}|<!channel>`,
        entity: `Firm${i}${lace(i)}`,
      })),
      skills: Array.from({ length: 10 }, (_, i) => ({
        name: `Group${i}${lace(i)}`,
        keywords: Array.from({ length: 20 }, (_, j) => `kw${i}x${j}${lace(j)}`),
      })),
      education: Array.from({ length: 4 }, (_, i) => ({
        institution: `Uni${i}${lace(i)}`,
        area: 'CS',
        studyType: 'BSc',
        startDate: '2000',
        endDate: '2004',
        courses: ['Algorithms <!here>'],
      })),
    },
    'paged-resume.json',
  );
}

const pipelines = [
  // As deployed: the committed résumé and the 300-character limit.
  createPipeline(createBot({ resume: RESUME, aliases: ALIASES, clock: () => FIXED_NOW })),
  // Room for long text to reach every command and be echoed back.
  createPipeline(createBot({ resume: RESUME, aliases: ALIASES, clock: () => FIXED_NOW, maxQueryLength: 5000 })),
  // Answers of more than one page, from a résumé laced with markup.
  createPipeline(createBot({ resume: pagedResume(), aliases: emptyAliases, clock: () => FIXED_NOW, maxQueryLength: 5000 })),
];

const names = [null, ...commands.map((c) => c.data.name), 'nope'];

// 'firm3' and 'kw2x4' name entries of the paged résumé.
const piece = hostilePiece(fc.constantFrom('firm3', 'kw2x4'));
const question = fc.oneof(
  { weight: 12, arbitrary: hostilePhrase(piece, 10) },
  { weight: 3, arbitrary: hostilePhrase(piece, 10, '') },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 290, maxLength: 4000 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.oneof(slackMarkup, discordSyntax, markdown), fc.integer({ min: 30, max: 400 })).map(([s, n]) => s.repeat(n)),
  },
);

/** Every string Slack would show: the fallback text and each text object in the blocks. */
/** What a message shows: a rendered one, or one as Bolt sent it (parsed JSON). */
type Shown = { text?: unknown; blocks?: unknown };

function shownTexts(message: Shown): string[] {
  const out = [String(message.text ?? '')];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.text === 'string') out.push(o.text);
      Object.values(o).forEach(walk);
    }
  };
  walk(message.blocks);
  return out;
}

/** Text outside the markup the renderer may write: `<@sharer>` and `<url|label>` for the résumé's own links. */
function strayMarkup(message: Shown, allowed: readonly string[]): string[] {
  return shownTexts(message)
    .map((text) => allowed.reduce((rest, token) => rest.split(token).join(''), text))
    .filter((rest) => /[<>]/.test(rest));
}

/** Slack's three entities and our word joiner after "@", undone: what a reader sees. */
const asRead = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/@\u2060/g, '@');

function everyPage(answer: Answer, options: RenderOptions) {
  const first = renderAnswer(answer, options);
  const pages = [first];
  for (let page = 2; page <= first.pages; page += 1) pages.push(renderAnswer(answer, { ...options, page }));
  return pages;
}

/** Renders every page as `options` say and checks each message; returns how many it checked. */
function expectSafeEverywhere(answer: Answer, options: RenderOptions, phone: string): number {
  const sharedBy = options.sharedBy;
  const allowed = [...(sharedBy ? [`<@${sharedBy}>`] : []), ...answer.links.map((l) => link(l.url, l.label))];
  const pages = everyPage(answer, options);
  for (const message of pages) {
    expect(checkSlackMessage(message, { allowedMentions: sharedBy ? [sharedBy] : [] })).toEqual([]);
    expect(strayMarkup(message, allowed)).toEqual([]);
    for (const block of message.blocks) {
      if (block.type === 'actions')
        for (const button of block.elements) expect(decodePayload('value' in button ? button.value : undefined)).not.toBeNull();
    }
    if (options.visibility === 'public') expect(JSON.stringify(message)).not.toContain(phone);
  }
  // What the user typed is escaped, not dropped: echoed in the title, it reads the same in the fallback text.
  const title = answer.title;
  if (title.trim() && title.length < 3000) expect(asRead(pages[0]!.text)).toContain(title.replace(/@\u2060/g, '@'));
  return pages.length;
}

describe('fuzzing the Slack renderer with every command and free text', () => {
  it('given 10,000 generated questions, renders every page private, shared and public without throwing, within Slack limits, with no markup of the user’s', async () => {
    let runs = 0;
    let messages = 0;
    let paged = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        question,
        fc.boolean(),
        fc.constantFrom(0, 1, 2),
        async (command, raw, viaAdapter, which) => {
          runs++;
          // As the adapter reads it (slash text, or a mention's text), or handed over untouched.
          const text = !viaAdapter ? raw : command === null ? messageText(`<@${BOT_USER_ID}> ${raw}`, BOT_USER_ID) : commandText(raw);
          const pipeline = pipelines[which]!;
          const { answer, outcome } = await pipeline.handle({
            audience: 'private',
            platform: 'slack',
            command,
            text,
            userId: 'U0FUZZ001',
            tenantId: 'T0000001',
          });
          expect(outcome).not.toBe('error');
          const phone = pipeline.bot.resume.basics.phone!;
          const shared = publicView(answer, PRIVATE, pipeline.bot.resume);
          const pages = expectSafeEverywhere(answer, { visibility: 'private', share: true }, phone);
          if (pages > 1) paged++;
          messages += pages;
          messages += expectSafeEverywhere(shared, { visibility: 'public', sharedBy: SHARER }, phone);
          messages += expectSafeEverywhere(shared, { visibility: 'public' }, phone);
        },
      ),
      { numRuns: 10_000 },
    );
    expect(runs).toBeGreaterThanOrEqual(10_000);
    expect(messages).toBeGreaterThanOrEqual(30_000);
    // Not only first pages: some answers ran to several (checked page by page above).
    expect(paged).toBeGreaterThan(0);
    // About 8 s alone on 2 cores; the headroom is for a shared machine under load (a hang backstop only).
  }, 300_000);
});

/** Every link target in the résumé, as the renderer may link it. */
const RESUME_LINKS = new Set<string>();
(function collect(node: unknown): void {
  if (typeof node === 'string') {
    if (/^https?:\/\//i.test(node)) RESUME_LINKS.add(node);
    if (/^[^\s@]+@[^\s@]+$/.test(node)) RESUME_LINKS.add(`mailto:${node}`);
  } else if (Array.isArray(node)) node.forEach(collect);
  else if (node && typeof node === 'object') Object.values(node).forEach(collect);
})(RESUME);

/** `<url|label>` tokens whose URL is the résumé's own; end to end we do not know the answer, only the résumé. */
function resumeLinkTokens(message: Record<string, unknown>): string[] {
  const tokens: string[] = [];
  for (const text of shownTexts(message)) {
    for (const match of text.matchAll(/<((?:https?:\/\/|mailto:)[^<>|\s]+)\|[^<>]*>/g)) {
      const url = match[1]!.replace(/&amp;/g, '&').replace(/%7C/g, '|').replace(/%3E/g, '>').replace(/%3C/g, '<');
      if (RESUME_LINKS.has(url)) tokens.push(match[0]);
    }
  }
  return tokens;
}

describe('fuzzing end to end through the real Bolt over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    // Everything Bolt sent anywhere (acks, Web API calls, response_urls), checked once more.
    expect(expectEveryMessageValid(h)).toBeGreaterThanOrEqual(200);
    await h.stop();
  });

  const slashNames = [...slashCommands.map((c) => `/${c.data.name}`), '/nope'];

  it('given 200 generated questions as slash commands, mentions, DMs and Share clicks, every message Bolt sends is valid and carries no markup of the user’s', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('slash', 'mention', 'dm', 'share'),
        fc.constantFrom(...slashNames),
        question,
        async (surface, slash, raw) => {
          n += 1;
          const ts = `1700009000.${n}`;
          let message: Record<string, unknown>;
          let allowedMentions: string[] = [];
          let isPublic = false;
          const value = encodePayload({ command: slash.slice(1), query: raw, page: 1, public: true });
          if (surface === 'share' && value) {
            await clickButton(h, { action_id: ACTION_SHARE, value }, { responseId: `fuzz-${n}` });
            message = (await h.fake.nextResponse(`fuzz-${n}`)).body;
            allowedMentions = [USER_ID];
            isPublic = message.response_type === 'in_channel';
          } else if (surface === 'mention' || surface === 'dm') {
            await sendEvent(h, surface === 'mention' ? mentionEvent(raw, ts) : dmEvent(raw, ts));
            const reply = await replyIn(h, ts);
            message = reply.body;
            isPublic = surface === 'mention' && reply.method === 'chat.postMessage';
          } else {
            const res = await slashCommand(h, slash, raw, `fuzz-${n}`);
            expect(res.status).toBe(200);
            message = res.json!;
          }
          expect(checkSlackMessage(message, { allowedMentions })).toEqual([]);
          const allowed = [...allowedMentions.map((u) => `<@${u}>`), ...resumeLinkTokens(message)];
          expect(strayMarkup(message, allowed)).toEqual([]);
          if (isPublic) expect(JSON.stringify(message)).not.toContain(PHONE);
        },
      ),
      { numRuns: 200 },
    );
    expect(n).toBeGreaterThanOrEqual(200);
  }, 300_000);
});
