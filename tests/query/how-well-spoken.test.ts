/**
 * "How well does she speak?" looked for a language called "well", and "how well does she speak it?" after her
 * Spanish did too: how well someone speaks asks their languages and fluency, and "it" the language just answered.
 */
import { describe, expect, it } from 'vitest';
import { played } from '../conversation/played.js';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'senior-engineer', ask: 'how well does she speak?', command: 'languages', first: 'English' },
  { resume: 'senior-engineer', ask: 'how well does she speak portuguese?', command: 'languages', first: 'Portuguese' },
  { resume: 'new-grad', ask: 'how well can she speak igbo?', command: 'languages', first: 'Igbo' },
];

describe('how well someone speaks', () => {
  specsFor('how well someone speaks', ASKED, new Set());

  it('given her Spanish answered, "how well does she speak it?" answers it', async () => {
    const turns = await played('senior-engineer', ['does she speak spanish?', 'how well does she speak it?']);
    expect(turns[1]).toEqual(['how well does she speak it?', 'languages', 'Spanish']);
  });
});
