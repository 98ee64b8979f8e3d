/**
 * Every surface a Portuguese asker sees has no English the bot added: Slack messages (pages,
 * Share, "shared by", suggestions) and the Home tab, Discord embeds, notices and the job form,
 * the terminal, the CV as a PDF and the timeline picture, over Martin's résumé and a JSON
 * Resume example with every section. English stays as it was (the other specs hold that).
 */
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { silentLogger } from '../../src/core/log.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { renderResumePdf } from '../../src/cv/pdf.js';
import { createShareStore } from '../../src/discord/custom-id.js';
import { type InteractionPayload, respondToInteraction } from '../../src/discord/interactions.js';
import { modalFor } from '../../src/discord/modal.js';
import { renderAnswer as renderDiscord } from '../../src/discord/render.js';
import { messagesFor } from '../../src/i18n/catalogue.js';
import type { Answer } from '../../src/model/answer.js';
import { renderTerminal } from '../../src/render/terminal.js';
import { timelineSvg } from '../../src/render/timeline/svg.js';
import { buildTimeline } from '../../src/resume/timeline.js';
import { buildHomeView } from '../../src/slack/home.js';
import { renderAnswer as renderSlack, renderError } from '../../src/slack/render.js';
import { buttonInteraction, commandInteraction, fakeUser, snowflake } from '../fakes/discord.js';
import { FIXED_NOW } from '../helpers/bot.js';
import { readPdf } from '../helpers/pdf-text.js';
import { directoryBot } from '../directory/fixture.js';
import { botFor, resumePath } from '../query/fixture-bots.js';
import { englishDetector, stringsOf } from './english-left.js';

const PT = 'pt-BR';
const RESUMES = ['martin', 'sample'] as const;
const detectorFor = (id: string) => englishDetector(PT, stringsOf(resumePath(id)));

/** Each command alone, with what it completes first and with nothing it has: every kind of answer a surface lays out. */
function answersOf(id: string): Answer[] {
  const bot = botFor(id);
  return bot.commands.flatMap((c) =>
    ['', bot.complete(c.data.name, '', 1)[0] ?? '', 'zzqxv'].map((text) =>
      bot.answer({ platform: 'cli', command: c.data.name, text, locale: PT }),
    ),
  );
}

/** What the asker typed (echoed back in a title), which the check leaves alone. */
const asked = (answer: Answer) => (answer.route?.query ? [answer.route.query] : []);

/** Every string anywhere in a JSON value (Block Kit, embeds, components), but ids and URLs. */
function strings(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return /(^|_)(id|url|type|style|action_id|custom_id|value|image_url)$/.test(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

/** Slack's and Discord's markup around text: not words. */
const unmarked = (text: string) => text.replace(/<@[A-Z0-9]+>|<[^|>]+\|([^>]+)>/g, '$1').replace(/[*_`]/g, '');

describe('every surface in Portuguese', () => {
  it.each(RESUMES)('given Slack messages of every answer over %s (private with Share, shared, every page), no English', (id) => {
    const detector = detectorFor(id);
    const found = answersOf(id).flatMap((answer) => {
      const first = renderSlack(answer, { visibility: 'private', share: true });
      const pages = Array.from({ length: first.pages }, (_, i) =>
        renderSlack(answer, { visibility: 'public', sharedBy: 'U024BE7LH', page: i + 1 }),
      );
      const texts = [first, ...pages].flatMap((m) => [m.text, ...strings(m.blocks)]).map(unmarked);
      return detector.find(texts.join('\n'), asked(answer)).map((f) => `${answer.title}: ${f}`);
    });
    expect([...new Set(found)]).toEqual([]);
  });

  it('given Slack errors and the Home tab of a Portuguese viewer, no English', () => {
    const pipeline = createPipeline(botFor('martin'), { privateFields: [] });
    const home = buildHomeView(pipeline, 'T1', 'U1', PT);
    const directory = buildHomeView(createPipeline(directoryBot(), { privateFields: [] }), 'T1', 'U1', PT);
    const texts = [...strings(home.blocks), ...strings(directory.blocks), ...strings(renderError(messagesFor(PT).t('slack.error')).blocks)];
    const everyone = ['martin', 'sample', 'senior-engineer', 'career-changer', 'new-grad', 'martin-alvarez'].flatMap((id) =>
      stringsOf(resumePath(id)),
    );
    expect(englishDetector(PT, everyone).find(texts.map(unmarked).join('\n'))).toEqual([]);
    expect(strings(buildHomeView(pipeline, 'T1', 'U1').blocks).join('\n')).toContain('How to ask');
  });

  it.each(RESUMES)('given Discord embeds of every answer over %s, no English', (id) => {
    const detector = detectorFor(id);
    const found = answersOf(id).flatMap((answer) => detector.find(strings(renderDiscord(answer)).map(unmarked).join('\n'), asked(answer)));
    expect([...new Set(found)]).toEqual([]);
  });

  it('given Discord interactions from a Portuguese client (a stale button, a lost share, an unknown kind, a command, the job form), every notice is Portuguese', async () => {
    const pipeline = createPipeline(botFor('martin'), { privateFields: [] });
    const ctx = { pipeline, logger: silentLogger, shares: createShareStore() };
    const where = { applicationId: snowflake(), user: fakeUser(), guildId: snowflake(), locale: PT };
    const interactions: InteractionPayload[] = [
      buttonInteraction({ ...where, customId: 'nonsense' }),
      buttonInteraction({ ...where, customId: 'share:0123456789abcdef' }),
      { ...commandInteraction({ ...where, name: 'experience' }), type: 99 },
      { ...commandInteraction({ ...where, name: 'experience' }), data: {} },
      commandInteraction({ ...where, name: 'experience', query: 'netflix' }),
      commandInteraction({ ...where, name: 'match' }),
    ];
    const answered = await Promise.all(interactions.map((i) => respondToInteraction(i, ctx)));
    const texts = answered.flatMap((a) => [...strings(a.response), ...strings(a.followUps), ...strings(a.onFollowUpFailure ?? {})]);
    const match = commands.find((c) => c.data.name === 'match');
    texts.push(...strings(modalFor(match, messagesFor(PT))));
    expect(texts.length).toBeGreaterThan(6);
    expect(detectorFor('martin').find(texts.map(unmarked).join('\n'))).toEqual([]);
  });

  it.each(RESUMES)('given the terminal rendering of every answer over %s, no English', (id) => {
    const detector = detectorFor(id);
    const found = answersOf(id).flatMap((answer) => detector.find(renderTerminal(answer, { color: false }), asked(answer)));
    expect([...new Set(found)]).toEqual([]);
  });

  it.each(RESUMES)('given the CV of %s as a PDF in Portuguese, its headings, dates and title are Portuguese', async (id) => {
    const resume = botFor(id).resume;
    const pdf = await readPdf(await renderResumePdf(resume, { messages: messagesFor(PT) }));
    const text = [pdf.title ?? '', ...pdf.pages.map((p) => p.text)].join('\n');
    expect(detectorFor(id).find(text)).toEqual([]);
    expect(text).toMatch(/EXPERIÊNCIA|FORMAÇÃO/);
    const english = await readPdf(await renderResumePdf(resume));
    expect(english.pages.map((p) => p.text).join('\n')).toMatch(/EXPERIENCE|EDUCATION/);
  });

  it.each(RESUMES)('given the timeline picture of %s in Portuguese, its caption, legend and labels are Portuguese', (id) => {
    const svg = timelineSvg(buildTimeline(botFor(id).resume, FIXED_NOW, messagesFor(PT)));
    const text = [...svg.matchAll(/>([^<]+)</g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
    expect(text.join('\n')).toContain('Hoje (');
    expect(detectorFor(id).find(text.join('\n'))).toEqual([]);
  });
});
