/**
 * Text widths in the picture's own font, so labels can be cut to fit before the SVG is
 * drawn (SVG has no text overflow). Read from the same TrueType files resvg draws with
 * (fontkit parses them): a label measured here is the label drawn there.
 */
import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';
import { FONT_FILES, type FontWeight } from '../fonts.js';

const require = createRequire(import.meta.url);
/** The font parser (about 15 MB) is loaded when a picture is first drawn: a server that draws none never loads it. */
let fontkit: typeof Fontkit | undefined;

interface Metrics {
  unitsPerEm: number;
  advance(codePoint: number): number;
}

const loaded = new Map<FontWeight, Metrics>();

function metrics(weight: FontWeight): Metrics {
  let m = loaded.get(weight);
  if (m) return m;
  fontkit ??= require('fontkit') as typeof Fontkit;
  const font = fontkit.openSync(FONT_FILES[weight]);
  if (!('glyphForCodePoint' in font)) throw new Error(`${FONT_FILES[weight]} is a font collection, expected one font`);
  const widths = new Map<number, number>();
  m = {
    unitsPerEm: font.unitsPerEm,
    advance(codePoint) {
      let w = widths.get(codePoint);
      if (w === undefined) widths.set(codePoint, (w = font.glyphForCodePoint(codePoint).advanceWidth));
      return w;
    },
  };
  loaded.set(weight, m);
  return m;
}

/** Width in px of `text` at `size` px. Sums advances without kerning: never narrower than drawn. */
export function textWidth(text: string, size: number, weight: FontWeight = 'regular'): number {
  const m = metrics(weight);
  let units = 0;
  for (const ch of text) units += m.advance(ch.codePointAt(0)!);
  return (units / m.unitsPerEm) * size;
}

const ELLIPSIS = '…';

/** `text` as drawn in at most `maxWidth` px: whole if it fits, otherwise cut on a character and ended with "…". */
export function fitText(text: string, maxWidth: number, size: number, weight: FontWeight = 'regular'): string {
  if (textWidth(text, size, weight) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  // Longest prefix that fits with the ellipsis (binary search: widths only grow with length).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS, size, weight) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}
