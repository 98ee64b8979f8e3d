import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_FAMILY, FONT_FILES } from '../../src/render/fonts.js';

/** sfnt version tag of a TrueType (0x00010000) or OpenType-CFF ('OTTO') file. */
function sfntVersion(path: string): string {
  return readFileSync(path).subarray(0, 4).toString('hex');
}

/** The family name (name id 1) from the font's own `name` table, so the test reads the file, not our label. */
function familyName(path: string): string {
  const font = readFileSync(path);
  const tables = font.readUInt16BE(4);
  for (let i = 0; i < tables; i++) {
    const rec = 12 + i * 16;
    if (font.toString('latin1', rec, rec + 4) !== 'name') continue;
    const base = font.readUInt32BE(rec + 8);
    const count = font.readUInt16BE(base + 2);
    const strings = base + font.readUInt16BE(base + 4);
    for (let j = 0; j < count; j++) {
      const r = base + 6 + j * 12;
      const [platform, nameId, length, offset] = [
        font.readUInt16BE(r),
        font.readUInt16BE(r + 6),
        font.readUInt16BE(r + 8),
        font.readUInt16BE(r + 10),
      ];
      if (nameId !== 1 || platform !== 3) continue;
      return font
        .subarray(strings + offset, strings + offset + length)
        .swap16()
        .toString('utf16le');
    }
  }
  return '';
}

describe('the fonts pictures and documents are drawn with', () => {
  it.each(Object.entries(FONT_FILES))('given the %s weight, the path is a TrueType file of the named family', (_weight, path) => {
    expect(['00010000', '4f54544f']).toContain(sfntVersion(path));
    expect(familyName(path)).toBe(FONT_FAMILY);
  });

  it('given the two weights, they are different files', () => {
    expect(FONT_FILES.regular).not.toBe(FONT_FILES.bold);
  });
});
