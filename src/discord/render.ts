/**
 * The neutral Answer as Discord messages: embeds (title, description, fields, links, a
 * colour per kind, a footer with dates), split over as many embeds and messages as the
 * limits in ./limits.ts require. Nothing is ever dropped silently: an answer too long
 * even for MAX_PAGES messages ends with a note saying it was shortened.
 */
import { messagesFor, type Messages } from '../i18n/catalogue.js';
import {
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
} from 'discord-api-types/v10';
import type { Answer, AnswerKind, AnswerLink } from '../model/answer.js';
import { embedLength, LIMITS } from './limits.js';
import { escapeMarkdown, neutralizeMentions, splitText, takeChunk, truncate } from './text.js';

/** Every message is sent with this: no `@everyone`, role, user or reply ping, ever. */
export const NO_MENTIONS = Object.freeze({ parse: [] as never[], replied_user: false });

/** More messages than this for one answer would flood a channel. */
export const MAX_PAGES = 5;

export const COLORS: Record<AnswerKind, number> = {
  result: 0x5865f2,
  list: 0x5865f2,
  help: 0x57f287,
  empty: 0x99aab5,
  refusal: 0xfee75c,
  error: 0xed4245,
};

/** One message's worth of an answer. */
export interface Page {
  content?: string;
  embeds: APIEmbed[];
}

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

/** A file sent with a message (multipart), e.g. the timeline picture. */
export interface Upload {
  name: string;
  data: Buffer;
  contentType: string;
}

/** The body of a channel message, interaction response or follow-up (their common part). */
export interface MessageBody {
  /** Metadata of the files below, by index (Discord's `attachments`). */
  attachments?: Array<{ id: number; filename: string; description?: string }>;
  /** Sent as multipart parts beside the JSON, never inside it (see deliver.ts). */
  files?: Upload[];
  content?: string;
  embeds?: APIEmbed[];
  components?: ButtonRow[];
  allowed_mentions: typeof NO_MENTIONS;
  flags?: MessageFlags;
  message_reference?: { message_id: string; channel_id?: string; guild_id?: string; fail_if_not_exists: boolean };
}

/** Plain-text parts of one visual block, before escaping and splitting. */
interface Block {
  title?: string;
  /** Already Discord markdown (escaped). */
  description?: string;
  fields: Array<{ name: string; value: string; inline: boolean }>;
  footer?: string;
}

const CONTINUED = '\u200B';

/** Lays one block out as as many embeds as its text needs, each within every per-embed limit. */
function layoutBlock(block: Block, color: number): APIEmbed[] {
  const embeds: APIEmbed[] = [];
  let current: APIEmbed = { color };
  const title = block.title?.trim() ? truncate(escapeMarkdown(block.title), LIMITS.embedTitle) : undefined;
  if (title) current.title = title;
  const footer = block.footer?.trim() ? truncate(neutralizeMentions(block.footer), LIMITS.footerText) : undefined;
  if (footer) current.footer = { text: footer };

  const room = () => LIMITS.embedTotal - embedLength(current);
  const flush = () => {
    if (embedLength(current) > 0) embeds.push(current);
    current = { color };
  };

  let description = block.description?.trim() ?? '';
  while (description) {
    if (current.description !== undefined || room() < 100) flush();
    const [head, rest] = takeChunk(description, Math.min(LIMITS.embedDescription, room()));
    if (head.trim()) current.description = head;
    description = rest;
  }

  for (const field of block.fields) {
    const name = truncate(escapeMarkdown(field.name), LIMITS.fieldName).trim() || CONTINUED;
    const chunks = splitText(field.value, LIMITS.fieldValue);
    if (chunks.length === 0) chunks.push('—');
    chunks.forEach((value, i) => {
      const next: APIEmbedField = { name: i === 0 ? name : CONTINUED, value, inline: field.inline && chunks.length === 1 };
      if ((current.fields?.length ?? 0) >= LIMITS.embedFields || next.name.length + next.value.length > room()) flush();
      (current.fields ??= []).push(next);
    });
  }
  flush();
  return embeds;
}

function linkLine(link: AnswerLink): string {
  const label = link.label.trim() || link.url;
  const url = link.url.trim();
  if (/^https?:\/\/[^\s<>]+$/.test(url) && url.length <= LIMITS.linkUrl) {
    // Masked link; parentheses in the URL would end the markdown early.
    const safeUrl = url.replace(/\(/g, '%28').replace(/\)/g, '%29');
    return `[${escapeMarkdown(label)}](${safeUrl})`;
  }
  const shown = url.replace(/^(mailto|tel):/i, '');
  return shown === label ? escapeMarkdown(label) : `${escapeMarkdown(label)}: ${escapeMarkdown(shown)}`;
}

function blocksOf(answer: Answer): Block[] {
  const description = [
    answer.subtitle?.trim() ? `**${escapeMarkdown(answer.subtitle.trim())}**` : '',
    answer.body?.trim() ? escapeMarkdown(answer.body.trim()) : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  const fields: Block['fields'] = answer.fields.map((f) => ({
    name: f.label,
    value: escapeMarkdown(f.value.trim()),
    inline: f.inline ?? false,
  }));
  const messages = messagesFor(answer.locale);
  if (answer.links.length) fields.push({ name: messages.t('render.links'), value: answer.links.map(linkLine).join('\n'), inline: false });
  if (answer.suggestions.length)
    fields.push({
      name: answer.kind === 'empty' ? messages.t('render.didYouMean') : messages.t('render.try'),
      value: answer.suggestions.map((s) => `• ${escapeMarkdown(s)}`).join('\n'),
      inline: false,
    });
  // In a directory, the footer says whose answer it is.
  const footer = [answer.person?.name, answer.footer].filter(Boolean).join(' · ');
  const main: Block = { title: answer.title || 'Résumé', description, fields, footer };
  const sections: Block[] = answer.sections
    .filter((s) => s.heading.trim() || s.bullets.some((b) => b.trim()))
    .map((s) => ({
      title: s.heading,
      description: s.bullets
        .filter((b) => b.trim())
        .map((b) => `• ${escapeMarkdown(b.trim())}`)
        .join('\n'),
      fields: [],
    }));
  return [main, ...sections];
}

function shortenedNotice(color: number, messages: Messages): APIEmbed {
  return { color, description: messages.t('render.shortened') };
}

/** Packs embeds into messages: at most 10 embeds and 6,000 characters each. */
function pack(embeds: APIEmbed[]): APIEmbed[][] {
  const pages: APIEmbed[][] = [];
  let page: APIEmbed[] = [];
  let size = 0;
  for (const embed of embeds) {
    const length = embedLength(embed);
    if (page.length && (page.length >= LIMITS.embedsPerMessage || size + length > LIMITS.embedTotal)) {
      pages.push(page);
      page = [];
      size = 0;
    }
    page.push(embed);
    size += length;
  }
  if (page.length) pages.push(page);
  return pages;
}

/** The answer as one or more messages' worth of embeds, every limit respected. */
export function renderAnswer(answer: Answer): Page[] {
  const color = COLORS[answer.kind] ?? COLORS.result;
  const embeds = blocksOf(answer).flatMap((block) => layoutBlock(block, color));
  let pages = pack(embeds);
  if (pages.length > MAX_PAGES) {
    pages = pages.slice(0, MAX_PAGES);
    const last = pages[MAX_PAGES - 1]!;
    const notice = shortenedNotice(color, messagesFor(answer.locale));
    const total = () => last.reduce((sum, e) => sum + embedLength(e), 0);
    while (last.length >= LIMITS.embedsPerMessage || total() + embedLength(notice) > LIMITS.embedTotal) last.pop();
    last.push(notice);
  }
  if (pages.length === 1) return [{ embeds: pages[0]! }];
  return pages.map((page, i) => ({ content: `(${i + 1}/${pages.length})`, embeds: page }));
}

/** Options for turning pages into message bodies. */
export interface BodyOptions {
  ephemeral?: boolean;
  /** Buttons for the first message (e.g. "Share in channel"). */
  components?: ButtonRow[];
  /** A line before the answer on the first message, e.g. "Shared by <@id>". */
  lead?: string;
}

/** Message bodies for every page: allowed_mentions on each, flags, the first one's buttons and lead line. */
export function toBodies(pages: Page[], options: BodyOptions = {}): MessageBody[] {
  return pages.map((page, i) => {
    const content = [i === 0 ? options.lead : undefined, page.content].filter(Boolean).join(' ');
    const body: MessageBody = { embeds: page.embeds, allowed_mentions: NO_MENTIONS };
    if (content) body.content = truncate(content, LIMITS.content);
    if (options.ephemeral) body.flags = MessageFlags.Ephemeral;
    if (i === 0 && options.components?.length) body.components = options.components;
    return body;
  });
}

/** A short message with no answer behind it (errors, expired buttons). */
export function notice(text: string, options: { ephemeral?: boolean; kind?: AnswerKind } = {}): MessageBody {
  const body: MessageBody = {
    embeds: [{ color: COLORS[options.kind ?? 'error'], description: truncate(escapeMarkdown(text), LIMITS.embedDescription) }],
    allowed_mentions: NO_MENTIONS,
  };
  if (options.ephemeral) body.flags = MessageFlags.Ephemeral;
  return body;
}

export const PICTURE_NAME = 'timeline.png';

/**
 * The body with a picture: the PNG sent as an attachment and shown as the first embed's image
 * (attachment://timeline.png), its description (alt text) within Discord's 1,024 characters.
 */
export function withPicture(body: MessageBody, picture: { png: Buffer; alt: string }): MessageBody {
  const [first, ...rest] = body.embeds ?? [];
  const embed: APIEmbed = { ...(first ?? { color: COLORS.list }), image: { url: `attachment://${PICTURE_NAME}` } };
  return {
    ...body,
    embeds: [embed, ...rest],
    attachments: [{ id: 0, filename: PICTURE_NAME, description: truncate(picture.alt, 1024) }],
    files: [{ name: PICTURE_NAME, data: picture.png, contentType: 'image/png' }],
  };
}

/** A file to download that goes with an answer (the CV as a PDF), as Discord shows an attachment. */
export interface Download extends Upload {
  /** Its alternative text (Discord's attachment description, 1,024 characters at most). */
  description: string;
}

/** The body with a download attached after any picture: a plain attachment, shown below the message. */
export function withDownload(body: MessageBody, file: Download): MessageBody {
  const attachments = body.attachments ?? [];
  return {
    ...body,
    attachments: [...attachments, { id: attachments.length, filename: file.name, description: truncate(file.description, 1024) }],
    files: [...(body.files ?? []), { name: file.name, data: file.data, contentType: file.contentType }],
  };
}
