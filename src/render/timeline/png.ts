/**
 * SVG to PNG with resvg (Rust, through @resvg/resvg-js): no browser, and no system font is
 * looked up; text is drawn only with the bundled font files (../fonts.ts).
 */
import { createRequire } from 'node:module';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { FONT_FAMILY, FONT_FILES } from '../fonts.js';

type ResvgModule = typeof import('@resvg/resvg-js');

const require = createRequire(import.meta.url);
/** resvg (a native library) is loaded on the first picture rendered: a server that renders none never maps it. */
let resvg: ResvgModule | undefined;

export const RENDER_OPTIONS: ResvgRenderOptions = {
  font: { loadSystemFonts: false, fontFiles: [FONT_FILES.regular, FONT_FILES.bold], defaultFontFamily: FONT_FAMILY },
  // The SVG says its own size (1,200 px wide); drawn 1:1.
  fitTo: { mode: 'original' },
};

export function svgToPng(svg: string): Buffer {
  resvg ??= require('@resvg/resvg-js') as ResvgModule;
  return new resvg.Resvg(svg, RENDER_OPTIONS).render().asPng();
}
