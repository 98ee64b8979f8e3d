/**
 * Turning the neutral answer's plain text into Discord text that renders as written and
 * pings no one, and cutting it to Discord's lengths without breaking a character, an
 * escape or a mention guard in half.
 */
import { splitText as splitBy, takeChunk as takeChunkBy, type SplitRules } from '../platform/split.js';

/** C0 controls (but tab and newline) and DEL: invisible, and some clients choke on them. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * What sanitize changes (carriage returns, controls, surrogates), and what escapeMarkdown and
 * neutralizeMentions change on top: most text has none of it, and is returned as it is
 * without a pass per rule (Discord answers escape dozens of strings each).
 */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F\uD800-\uDFFF]/;
const MARKDOWN_SPECIAL = /[\u0000-\u0008\u000B-\u001F\u007F\uD800-\uDFFF\\*_~`|[\]<>@]|^[ \t]*(?:[#>+-]|\d+\.)/m;
const MENTION_SPECIAL = /[\u0000-\u0008\u000B-\u001F\u007F\uD800-\uDFFF@<]/;

/** Drops control characters and replaces broken UTF-16 with U+FFFD, so the JSON body is valid text. */
export function sanitize(text: string): string {
  if (!UNSAFE.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD');
}

const ZWSP = '\u200B';

/**
 * For text that Discord shows verbatim (footer, author, button labels): a zero-width space
 * after `@` of `@everyone`/`@here` and after `<` of `<@…>`, `<#…>`, `</…>` keeps them
 * from rendering as mentions. allowed_mentions already stops pings; this stops the pill.
 */
export function neutralizeMentions(text: string): string {
  if (!MENTION_SPECIAL.test(text)) return text;
  return sanitize(text)
    .replace(/@(everyone|here)/g, `@${ZWSP}$1`)
    .replace(/<(?=[@#/:]|a:|t:)/g, `<${ZWSP}`);
}

const URL = /https?:\/\/[^\s<>]+/g;
/** Characters that start or end inline markdown anywhere in a line. */
const INLINE = /[\\*_~`|[\]<>]/g;

function escapePlain(part: string): string {
  return part
    .replace(INLINE, (c) => `\\${c}`)
    .replace(/@(everyone|here)/g, `@${ZWSP}$1`)
    .replace(/^([ \t]*)([#>+-])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)\./gm, '$1\\.');
}

/**
 * For text in markdown places (title, description, field name and value): résumé text and
 * echoed queries are plain text, so every markdown character is escaped and mention
 * syntax neutralised. URLs are left whole so they still link.
 */
export function escapeMarkdown(text: string): string {
  if (!MARKDOWN_SPECIAL.test(text)) return text;
  const clean = sanitize(text);
  let out = '';
  let last = 0;
  for (const match of clean.matchAll(URL)) {
    const start = match.index ?? 0;
    out += escapePlain(clean.slice(last, start));
    out += match[0].replace(/@(everyone|here)/g, `@${ZWSP}$1`);
    last = start + match[0].length;
  }
  return out + escapePlain(clean.slice(last));
}

/**
 * The longest safe cut of `text` at or before `max`: never between a surrogate pair, never
 * right after an escaping backslash (which would escape whatever comes next).
 */
function safeCut(text: string, max: number): number {
  let cut = Math.min(max, text.length);
  if (cut < text.length && cut > 0) {
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  }
  let slashes = 0;
  while (cut - 1 - slashes >= 0 && text[cut - 1 - slashes] === '\\') slashes += 1;
  if (slashes % 2 === 1) cut -= 1;
  return Math.max(cut, 0);
}

/** `text` within `max` characters, with an ellipsis when something was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return text.slice(0, safeCut(text, max));
  return `${text.slice(0, safeCut(text, max - 1)).trimEnd()}…`;
}

/** How Discord text splits (src/platform/split.ts): at lines or words in the second half of the window, never after a lone escape. */
const DISCORD_SPLIT: SplitRules = { boundaries: ['\n', ' '], minShare: 1 / 2, safeCut };

/** The first chunk of at most `max` characters and the rest, split the platforms' shared way. */
export function takeChunk(text: string, max: number): [string, string] {
  return takeChunkBy(text, max, DISCORD_SPLIT);
}

/** All chunks of at most `max` characters, none of them blank. */
export function splitText(text: string, max: number): string[] {
  return splitBy(text, max, DISCORD_SPLIT);
}
