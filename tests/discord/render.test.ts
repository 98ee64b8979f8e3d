/**
 * Every answer, however long, becomes messages Discord accepts: split over embeds and
 * messages, never rejected, and nothing silently lost.
 */
import { describe, expect, it } from 'vitest';
import { makeAnswer, type Answer } from '../../src/model/answer.js';
import { checkDiscordMessage, embedLength, LIMITS } from '../../src/discord/limits.js';
import { COLORS, MAX_PAGES, renderAnswer, toBodies } from '../../src/discord/render.js';
import { martinBot } from '../helpers/bot.js';

function problems(answer: Answer): string[] {
  return toBodies(renderAnswer(answer), { ephemeral: true }).flatMap((body, i) =>
    checkDiscordMessage(body).map((p) => `message ${i}: ${p}`),
  );
}

/** All visible text of the rendered pages, markdown escapes removed. */
function visibleText(answer: Answer): string {
  return renderAnswer(answer)
    .flatMap((p) => p.embeds)
    .flatMap((e) => [e.title, e.description, e.footer?.text, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])])
    .filter(Boolean)
    .join('\n')
    .replace(/\\(.)/g, '$1');
}

const sentence = (i: number) => `Led the migration of service ${i} to a multi-region active-active platform, cutting latency and cost.`;

describe('renderAnswer', () => {
  it('given every example of every slash command on the real résumé, renders within every limit', () => {
    const bot = martinBot();
    for (const command of bot.commands.filter((c) => c.data.slash)) {
      for (const example of command.data.examples) {
        const text = example.split(' ').slice(1).join(' ');
        const answer = bot.answer({ platform: 'discord', command: command.data.name, text });
        expect(problems(answer), example).toEqual([]);
      }
    }
  });

  it('given a role answer, shows title, fields, links, the kind colour and a footer with dates', () => {
    const answer = martinBot().answer({ platform: 'discord', command: 'experience', text: 'netflix' });
    const [first] = renderAnswer(answer)[0]!.embeds;
    expect(first!.title).toBe(answer.title);
    expect(first!.color).toBe(COLORS.result);
    expect(first!.footer?.text).toBe(answer.footer);
    expect(first!.footer?.text).toMatch(/\d{4}/);
    expect(first!.fields?.map((f) => f.name)).toEqual(expect.arrayContaining(['Company', 'Links']));
    expect(first!.fields?.find((f) => f.name === 'Links')?.value).toMatch(/^\[[^\]]+\]\(https:\/\//);
  });

  it('given a résumé entry with very long text, splits it over embeds and messages and keeps every word', () => {
    const answer = makeAnswer({
      kind: 'result',
      title: `A very long title ${'x'.repeat(400)}`,
      subtitle: 'Staff Engineer · 2015 – 2024',
      body: Array.from({ length: 60 }, (_, i) => sentence(i)).join(' '),
      fields: Array.from({ length: 8 }, (_, i) => ({
        label: `Field ${i} ${'l'.repeat(300)}`,
        value: `${sentence(i)} `.repeat(12),
        inline: i % 2 === 0,
      })),
      sections: Array.from({ length: 4 }, (_, s) => ({
        heading: `Role ${s}`,
        bullets: Array.from({ length: 10 }, (_, i) => sentence(s * 100 + i)),
      })),
      links: [
        { label: 'Site', url: 'https://example.com/(a)' },
        { label: 'Mail', url: 'mailto:me@example.com' },
      ],
      footer: `Dates ${'2015–2024 '.repeat(300)}`,
    });
    const pages = renderAnswer(answer);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.length).toBeLessThanOrEqual(MAX_PAGES);
    expect(problems(answer)).toEqual([]);
    const shown = visibleText(answer);
    expect(shown).toContain(sentence(59));
    expect(shown).toContain(sentence(309));
    expect(shown).not.toMatch(/shortened/);
    expect(shown).toContain('me@example.com');
    expect(pages.map((p) => p.content)).toEqual(pages.map((_, i) => `(${i + 1}/${pages.length})`));
  });

  it('given text beyond what five messages hold, renders five messages ending with a note that it was shortened', () => {
    const answer = makeAnswer({
      kind: 'list',
      title: 'Everything',
      sections: Array.from({ length: 60 }, (_, s) => ({
        heading: `Section ${s}`,
        bullets: Array.from({ length: 30 }, (_, i) => sentence(i)),
      })),
    });
    const pages = renderAnswer(answer);
    expect(pages).toHaveLength(MAX_PAGES);
    expect(pages.at(-1)!.embeds.at(-1)!.description).toMatch(/shortened/);
    expect(problems(answer)).toEqual([]);
  });

  it('given a single unbroken 20,000-character word, still stays within every limit', () => {
    const answer = makeAnswer({ kind: 'result', title: 'w', body: 'w'.repeat(20_000), fields: [{ label: 'v', value: '😀'.repeat(3000) }] });
    expect(problems(answer)).toEqual([]);
    for (const page of renderAnswer(answer)) {
      expect(page.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
    }
  });

  it('given mentions and markdown in résumé text or an echoed query, shows them literally and pings no one', () => {
    const answer = makeAnswer({
      kind: 'empty',
      title: 'Nothing matches “@everyone <@123456789012345678>”',
      body: '**not bold** @here <@&42> <#7>',
      footer: '@everyone',
      fields: [{ label: '<@1>', value: '@here' }],
      suggestions: ['@everyone'],
    });
    expect(problems(answer)).toEqual([]);
    expect(renderAnswer(answer)[0]!.embeds[0]!.description).toContain('\\*\\*not bold\\*\\*');
  });

  it('given an empty body, fields and sections, still renders a non-empty message', () => {
    expect(problems(makeAnswer({ kind: 'empty', title: '' }))).toEqual([]);
  });
});
