/**
 * "Open source" says what some projects are, not which section is asked: "does he do open source?" is answered by
 * the entries that say it (FlameScope's keywords, Lena's interest), and by nothing of a résumé that never says it,
 * never by every project listed. "Does he do ballet?" asks whether he does ballet, not what he does now; "what does
 * he do at the moment?" asks what he does now, and "the moment" is no employer.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'martin', ask: 'does he do open source?', command: 'projects', first: 'FlameScope' },
  { resume: 'martin', ask: 'is he an open source contributor?', command: 'projects', first: 'FlameScope' },
  { resume: 'senior-engineer', ask: 'has she worked on open source?', command: 'experience', first: 'Software Engineer at Rackspace' },
  { resume: 'senior-engineer', ask: 'does she do open source?', command: 'interests', first: 'Mentoring' },
  { resume: 'new-grad', ask: 'does she do open source?', command: 'interests', first: 'Open Source' },
  { resume: 'sample', ask: 'does he do open source?', command: 'resume', first: null },
  { resume: 'sample', ask: 'what open source projects has he built?', command: 'projects', first: null },
  { resume: 'martin-alvarez', ask: 'does he contribute to open source?', command: 'resume', first: null },
  { resume: 'career-changer', ask: 'any open source work?', command: 'experience', first: null },
  { resume: 'sample', ask: 'does he do ballet?', command: 'resume', first: null },
  { resume: 'martin', ask: 'is he doing any public speaking?', command: 'resume', first: null },
  { resume: 'martin', ask: 'what does he do at the moment?', command: 'experience', first: 'VP, Platform Engineering at PicPay' },
  { resume: 'martin', ask: 'what does he do at present?', command: 'experience', first: 'VP, Platform Engineering at PicPay' },
  { resume: 'martin', ask: 'what does she do professionally?', command: 'experience', first: 'VP, Platform Engineering at PicPay' },
  { resume: 'martin', ask: 'is he doing anything interesting?', command: 'experience', first: 'VP, Platform Engineering at PicPay' },
  { resume: 'senior-engineer', ask: 'does she do kubernetes?', command: 'skills', first: 'Kubernetes' },
];

describe('said of some entries', () => {
  specsFor('said of some entries', ASKED, new Set());
});
