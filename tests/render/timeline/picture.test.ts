import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { loadResumeFile, parseResume } from '../../../src/resume/load.js';
import { buildTimeline } from '../../../src/resume/timeline.js';
import { RENDER_OPTIONS, svgToPng } from '../../../src/render/timeline/png.js';
import { escapeXml, timelineSvg, TIMELINE_WIDTH } from '../../../src/render/timeline/svg.js';
import { fitText, textWidth } from '../../../src/render/timeline/measure.js';
import { createTimelineImages } from '../../../src/render/timeline/image.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const martin = () => loadResumeFile('data/resume.json');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the timeline picture', () => {
  it('given the bundled résumé, is a PNG 1,200 px wide and as tall as its SVG says', () => {
    const svg = timelineSvg(buildTimeline(martin(), NOW));
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    expect(pngSize(svgToPng(svg))).toEqual({ width: TIMELINE_WIDTH, height });
    for (const text of [
      'Martin Spier',
      'PicPay',
      'VP, Platform Engineering',
      'Nov 2021 – Present · 5 yrs 1 mo',
      '11 projects',
      'FlameScope',
    ])
      expect(svg).toContain(text);
  });

  it('given text, draws it with the bundled font and no system font', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="30" font-family="Inter" font-size="24">Netflix</text></svg>`;
    const ink = (options: ResvgRenderOptions) => new Resvg(svg, options).render().pixels.filter((v, i) => i % 4 === 3 && v > 0).length;
    expect(ink(RENDER_OPTIONS)).toBeGreaterThan(100);
    // The same options without the bundled files draw nothing: no system font is there to fall back on.
    expect(ink({ ...RENDER_OPTIONS, font: { ...RENDER_OPTIONS.font, fontFiles: [] } })).toBe(0);
  });

  it('given résumé text full of markup, escapes it so the SVG stays well-formed and nothing is injected', () => {
    const hostile = parseResume(
      {
        basics: { name: 'Eve <script>alert(1)</script> & "Co"', label: "</text><image href='x'/>" },
        work: [{ name: 'A&B <Corp>', position: 'x\u0000y\u0007z', startDate: '2020' }],
      },
      'hostile.json',
    );
    const svg = timelineSvg(buildTimeline(hostile, NOW));
    expect(svg).not.toMatch(/<script|<image/);
    expect(svg).toContain('Eve &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
    expect(svg).toContain('A&amp;B &lt;Corp&gt;');
    // resvg refuses malformed XML: rendering proves the document parses.
    expect(pngSize(svgToPng(svg)).width).toBe(TIMELINE_WIDTH);
    expect(escapeXml('a\u0000b\ud800c')).toBe('abc');
  });

  it('given fifty overlapping roles, gives every role a row and stays one readable picture', () => {
    const work = Array.from({ length: 50 }, (_, i) => ({
      name: `Company ${i}`,
      position: `Role ${i}`,
      startDate: `${1980 + i}-01`,
      endDate: `${1983 + i}-06`,
    }));
    const svg = timelineSvg(buildTimeline(parseResume({ basics: { name: 'Many Roles' }, work }, 'many.json'), NOW));
    expect(svg.match(/<rect [^>]*rx="5"/g)).toHaveLength(50);
    const { width, height } = pngSize(svgToPng(svg));
    expect(width).toBe(TIMELINE_WIDTH);
    expect(height).toBeGreaterThan(50 * 40);
  });

  it('given a label too long for its column, cuts it with an ellipsis within the width', () => {
    const long = 'Pontifícia Universidade Católica do Rio Grande do Sul (PUCRS)';
    const cut = fitText(long, 300, 25, 'bold');
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 25, 'bold')).toBeLessThanOrEqual(300);
    expect(fitText('Dell', 300, 25, 'bold')).toBe('Dell');
    expect(textWidth('Netflix', 20, 'bold')).toBeGreaterThan(textWidth('Netflix', 20, 'regular'));
  });
});

describe('the timeline picture cache', () => {
  it('given the same résumé on the same day, draws it once and renders the PNG once', () => {
    const images = createTimelineImages({ privateFields: [], clock: () => NOW });
    const resume = martin();
    const first = images.get(resume);
    const again = images.get(loadResumeFile('data/resume.json'));
    expect(again.key).toBe(first.key);
    expect(first.png.equals(again.png)).toBe(true);
    expect(images.stats).toEqual({ svg: 1, png: 1 });
    expect(images.byKey(first.key)).toBe(first);
    expect(first.key).toMatch(/^[0-9a-f]{16}$/);
  });

  it('given a new day, an edited résumé or the other theme, makes a new picture under a new key', () => {
    let now = NOW;
    const images = createTimelineImages({ privateFields: [], clock: () => now });
    const resume = martin();
    const keys = new Set([images.get(resume).key]);
    now = new Date('2026-11-27T12:00:00Z');
    keys.add(images.get(resume).key);
    keys.add(images.get({ ...resume, basics: { ...resume.basics, label: 'Edited' } }).key);
    keys.add(images.get(resume, 'dark').key);
    expect(keys.size).toBe(4);
  });

  it('given private fields, never shows their values in the picture or its alt text', () => {
    const resume = martin();
    const images = createTimelineImages({ privateFields: ['work[0].name', 'basics.label'], clock: () => NOW });
    const image = images.get(resume);
    expect(image.svg).not.toContain('PicPay');
    expect(image.alt).not.toContain('PicPay');
    expect(image.svg).not.toContain(resume.basics.label!);
    expect(image.svg).toContain('Netflix');
    expect(image.alt).toContain('Career timeline of Martin Spier');
  });
});
