/**
 * SVG to PNG with resvg (Rust, through @resvg/resvg-js): no browser, and no system font is
 * looked up; text is drawn only with the bundled font files (../fonts.ts).
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { FONT_FAMILY, FONT_FILES } from '../fonts.js';

export const RENDER_OPTIONS: ResvgRenderOptions = {
  font: { loadSystemFonts: false, fontFiles: [FONT_FILES.regular, FONT_FILES.bold], defaultFontFamily: FONT_FAMILY },
  // The SVG says its own size (1,200 px wide); drawn 1:1.
  fitTo: { mode: 'original' },
};

export function svgToPng(svg: string): Buffer {
  return new Resvg(svg, RENDER_OPTIONS).render().asPng();
}
