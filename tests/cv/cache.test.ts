import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cvFilename } from '../../commands/cv.js';
import { createCvCache } from '../../src/cv/cache.js';
import { parseResumeText } from '../../src/resume/load.js';

const martin = () => parseResumeText(readFileSync('data/resume.json', 'utf8'), 'data/resume.json');

describe('the CV cache', () => {
  it('given the same résumé version twice (even reloaded as a new object), renders once', async () => {
    const cache = createCvCache(['basics.phone']);
    const first = await cache.get(martin());
    const again = await cache.get(martin());
    expect(again).toBe(first);
    expect(first.filename).toBe('Martin-Spier-CV.pdf');
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(first.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('given an edited résumé, renders the new version', async () => {
    const cache = createCvCache(['basics.phone']);
    const edited = martin();
    edited.basics.label = 'Changed headline';
    expect((await cache.get(edited)).sha256).not.toBe((await cache.get(martin())).sha256);
  });

  it('given a key it handed out, finds that rendered version; an unknown key, nothing', async () => {
    const cache = createCvCache(['basics.phone']);
    const file = await cache.get(martin());
    expect(file.key).toBe(file.sha256.slice(0, 16));
    expect(cache.byKey(file.key)).toBe(file);
    expect(cache.byKey('0123456789abcdef')).toBeNull();
  });

  it('names the file after the person, in plain letters', () => {
    expect(cvFilename('Dr. Lena Vásquez')).toBe('Dr-Lena-Vasquez-CV.pdf');
    expect(cvFilename('李')).toBe('resume-CV.pdf');
  });
});
