/**
 * The neutral Answer as a Slack message: Block Kit blocks plus a plain `text` fallback.
 *
 * Everything that came from a user or from the résumé is escaped here, and only here:
 * the Answer is treated as untrusted text. Every block is kept inside Slack's limits
 * (see limits.ts) by splitting long text across blocks; an answer too long for one
 * message is paged, each page ending with a "Show more" button that carries the query
 * to re-run (or, if even that cannot fit, a pointer telling the user how to narrow it).
 */
import { messagesFor } from '../i18n/catalogue.js';
import type { types } from '@slack/bolt';
import type { Answer, AnswerRoute } from '../model/answer.js';
import { PAGE_TEXT_BUDGET, SLACK_LIMITS, type Block, type SlackMessage } from './limits.js';
import { ACTION_MORE, ACTION_SHARE, encodePayload } from './payload.js';
import { ELLIPSIS, escapeSlack, fit, isUserId, link, splitEscaped, truncateEscaped } from './text.js';

export interface RenderOptions {
  /**
   * Who can see the message. Private answers (ephemeral, DM) may offer "Share in channel";
   * public ones must come from a request with a public audience.
   */
  visibility: 'private' | 'public';
  /** Offer the "Share in channel" button (slash command answers). */
  share?: boolean;
  /** 1-based page to render; clamped to the pages the answer has. */
  page?: number;
  /** Slack user id of whoever shared it into the channel: a "Shared by @user" line. */
  sharedBy?: string;
  /** What Share / Show more re-run; defaults to the answer's own route. */
  route?: AnswerRoute;
  /** The answer's picture as an image block on its first page (the bot serves it at a public URL). */
  picture?: { url: string; alt: string } | null;
}

export interface RenderedMessage extends SlackMessage {
  page: number;
  pages: number;
}

/** Answers worth sharing: a miss, a refusal or an error is only of use to the asker. */
const SHAREABLE = new Set<Answer['kind']>(['result', 'list', 'help']);
export const isShareable = (answer: Answer): boolean => SHAREABLE.has(answer.kind);

/** Blocks kept free on every page: header, shared-by line, picture, page line, buttons. */
const RESERVED_BLOCKS = 5;

/** Verbatim: Slack must not auto-link or parse anything; the only markup is what we wrote. */
export const mrkdwn = (text: string): types.MrkdwnElement => ({ type: 'mrkdwn', text, verbatim: true });
export const section = (text: string): types.SectionBlock => ({ type: 'section', text: mrkdwn(text) });
export const context = (text: string): types.ContextBlock => ({ type: 'context', elements: [mrkdwn(text)] });

/** Packs escaped lines into as few chunks ≤ max as possible; a line longer than max is split. */
export function pack(lines: string[], max: number, separator = '\n'): string[] {
  const chunks: string[] = [];
  let current = '';
  const add = (piece: string) => {
    if (!current) current = piece;
    else if (current.length + separator.length + piece.length <= max) current += separator + piece;
    else {
      chunks.push(current);
      current = piece;
    }
  };
  // Almost every line fits: it is added as it is, not through an array of one piece.
  for (const line of lines) {
    if (line.length <= max) add(line);
    else for (const piece of splitEscaped(line, max)) add(piece);
  }
  if (current) chunks.push(current);
  return chunks;
}

/** The answer's fields as blocks, added to `blocks`. */
function addFieldBlocks(answer: Answer, blocks: Block[]): void {
  let grid: string[] = [];
  const flush = () => {
    for (let i = 0; i < grid.length; i += SLACK_LIMITS.sectionFields) {
      blocks.push({ type: 'section', fields: grid.slice(i, i + SLACK_LIMITS.sectionFields).map(mrkdwn) });
    }
    grid = [];
  };
  for (const field of answer.fields) {
    const label = `*${fit(field.label, 200)}*`;
    const value = escapeSlack(field.value) || '—';
    const text = `${label}\n${value}`;
    if (field.inline && text.length <= SLACK_LIMITS.fieldText) {
      grid.push(text);
      continue;
    }
    flush();
    for (const chunk of pack([label, value], SLACK_LIMITS.sectionText)) blocks.push(section(chunk));
  }
  flush();
}

/** Every content block of an answer, in order, each within Slack's per-block limits. */
export function contentBlocks(answer: Answer): Block[] {
  const blocks: Block[] = [];
  if (answer.title.length > SLACK_LIMITS.headerText) {
    // The header shows a cut title; the full one is still there to read.
    blocks.push(section(`*${fit(answer.title, SLACK_LIMITS.sectionText - 2)}*`));
  }
  // In a directory, whose answer it is, above everything else it says.
  if (answer.person) blocks.push(context(`👤 ${fit(answer.person.name, SLACK_LIMITS.contextText - 4)}`));
  if (answer.subtitle) blocks.push(context(fit(answer.subtitle, SLACK_LIMITS.contextText)));
  if (answer.body) for (const chunk of splitEscaped(escapeSlack(answer.body), SLACK_LIMITS.sectionText)) blocks.push(section(chunk));
  addFieldBlocks(answer, blocks);
  for (const s of answer.sections) {
    // Every answer's sections: their lines gathered in one array, blank bullets left out.
    const lines: string[] = [];
    if (s.heading.trim()) lines.push(`*${fit(s.heading, 300)}*`);
    for (const b of s.bullets) if (b.trim()) lines.push(`• ${escapeSlack(b)}`);
    for (const chunk of pack(lines, SLACK_LIMITS.sectionText)) blocks.push(section(chunk));
  }
  if (answer.links.length) {
    for (const chunk of pack(
      answer.links.map((l) => link(l.url, l.label)),
      SLACK_LIMITS.sectionText,
      '   ·   ',
    ))
      blocks.push(section(chunk));
  }
  if (answer.footer) blocks.push(context(fit(answer.footer, SLACK_LIMITS.contextText)));
  if (answer.suggestions.length) {
    const items = answer.suggestions.map((s) => `\`${fit(s, 200)}\``);
    const chunks = pack(items, SLACK_LIMITS.contextText - 10, ' · ');
    const lead = messagesFor(answer.locale).t(answer.kind === 'empty' ? 'render.didYouMean' : 'render.try');
    chunks.forEach((chunk, i) => blocks.push(context(i === 0 ? `${lead}: ${chunk}` : chunk)));
  }
  return blocks;
}

function blockWeight(block: Block): number {
  switch (block.type) {
    case 'section':
      return (block.text?.text.length ?? 0) + (block.fields ?? []).reduce((n, f) => n + f.text.length, 0);
    case 'context':
      return block.elements.reduce((n, e) => n + ('text' in e ? e.text.length : 0), 0);
    case 'header':
      return block.text.text.length;
    default:
      return 0;
  }
}

/** Splits content blocks into pages within the block limit and our text budget (never an empty page). */
export function paginate(blocks: Block[], maxBlocks = SLACK_LIMITS.messageBlocks - RESERVED_BLOCKS, budget = PAGE_TEXT_BUDGET): Block[][] {
  const pages: Block[][] = [];
  let current: Block[] = [];
  let weight = 0;
  for (const block of blocks) {
    const w = blockWeight(block);
    if (current.length > 0 && (current.length >= maxBlocks || weight + w > budget)) {
      pages.push(current);
      current = [];
      weight = 0;
    }
    current.push(block);
    weight += w;
  }
  if (current.length || pages.length === 0) pages.push(current);
  return pages;
}

/**
 * The plain-text fallback: notifications, screen readers, clients without Block Kit.
 * `lead` lines are our own markup (already safe) and come first so a cut never splits them.
 * Parts are gathered only until the text is sure to be cut: escaping never shortens text,
 * so whatever comes after that point could not be shown anyway.
 */
export function fallbackText(answer: Answer, lead: string[] = []): string {
  const limit = SLACK_LIMITS.messageText;
  const parts: string[] = [];
  let length = lead.reduce((n, line) => n + line.length + 1, 0);
  /** A part made with our own punctuation ("• x", "label: value") is never blank: it is not trimmed (that would copy it). */
  const said = (part: string): boolean => {
    parts.push(part);
    length += part.length + 1;
    return length <= limit;
  };
  const add = (part: string): boolean => (part.trim() ? said(part) : length <= limit);
  const gather = (): void => {
    if (!add(answer.title)) return;
    if (answer.subtitle && !add(answer.subtitle)) return;
    if (answer.body && !add(answer.body)) return;
    for (const f of answer.fields) if (!said(`${f.label}: ${f.value}`)) return;
    for (const s of answer.sections) {
      if (s.heading.trim() && !add(s.heading)) return;
      for (const b of s.bullets) if (!said(`• ${b}`)) return;
    }
    // Links often repeat a field ("Email: x" and mailto:x); the fallback says each once. What came
    // before the links is searched part by part, not joined into one more copy of the text.
    if (answer.links.length) {
      const before = parts.length;
      const saidBefore = (text: string): boolean =>
        text === '' || text.includes('\n')
          ? parts.slice(0, before).join('\n').includes(text)
          : parts.some((p, i) => i < before && p.includes(text));
      for (const l of answer.links) if (!saidBefore(l.url.replace(/^mailto:/i, '')) && !said(`${l.label}: ${l.url}`)) return;
    }
    if (answer.footer) add(answer.footer);
  };
  gather();
  const text = escapeSlack(parts.join('\n'));
  const more = messagesFor(answer.locale).t('slack.moreInMessage');
  return truncateEscaped(lead.length ? `${lead.join('\n')}\n${text}` : text, limit, `${ELLIPSIS} (${more})`);
}

function button(text: string, actionId: string, value: string, primary = false): types.Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text: truncateEscaped(escapeSlack(text), SLACK_LIMITS.buttonText), emoji: true },
    action_id: actionId,
    value,
    ...(primary ? { style: 'primary' as const } : {}),
  };
}

/** Renders one page of an answer as a complete message (response_type is the caller's to set). */
export function renderAnswer(answer: Answer, options: RenderOptions): RenderedMessage {
  const pages = paginate(contentBlocks(answer));
  const words = messagesFor(answer.locale);
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1)), pages.length);
  const blocks: Block[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: fit(answer.title.trim() || words.t('render.untitled'), SLACK_LIMITS.headerText), emoji: true },
    },
  ];
  if (options.sharedBy !== undefined) {
    const who = isUserId(options.sharedBy) ? `<@${options.sharedBy}>` : words.t('render.teammate');
    blocks.push(context(words.t('render.sharedBy', { user: who })));
  }
  if (options.picture && page === 1) {
    blocks.push({
      type: 'image',
      image_url: options.picture.url,
      alt_text: fit(options.picture.alt, SLACK_LIMITS.imageAltText),
      title: { type: 'plain_text', text: fit(answer.title.trim() || words.t('render.picture'), SLACK_LIMITS.headerText), emoji: true },
    });
  }
  blocks.push(...(pages[page - 1] ?? []));

  const route = options.route ?? answer.route;
  const isPublic = options.visibility === 'public';
  const buttons: types.Button[] = [];
  let cutShort = false;
  if (page < pages.length) {
    const value = route ? encodePayload({ command: route.command, query: route.query, page: page + 1, public: isPublic }) : null;
    if (value) buttons.push(button(words.t('render.showMore', { page: page + 1, pages: pages.length }), ACTION_MORE, value));
    else cutShort = true;
  }
  if (options.share && !isPublic && isShareable(answer) && route) {
    const value = encodePayload({ command: route.command, query: route.query, page, public: true });
    if (value) buttons.push(button(words.t('render.share'), ACTION_SHARE, value, true));
  }
  if (pages.length > 1) {
    blocks.push(context(words.t(cutShort ? 'render.partCut' : 'render.part', { page, pages: pages.length })));
  }
  if (buttons.length) blocks.push({ type: 'actions', elements: buttons } satisfies types.ActionsBlock);

  const sharedLine =
    options.sharedBy !== undefined && isUserId(options.sharedBy) ? [words.t('render.sharedBy', { user: `<@${options.sharedBy}>` })] : [];
  return { text: fallbackText(answer, sharedLine), blocks, page, pages: pages.length };
}

/** A short message for when answering failed, private to the asker (in LOCALE's words unless told otherwise). */
export function renderError(message = messagesFor(undefined).t('slack.error')): SlackMessage {
  const text = fit(message, SLACK_LIMITS.sectionText);
  return { text, blocks: [section(`:warning: ${text}`)] };
}
