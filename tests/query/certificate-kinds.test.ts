/**
 * A kind of technology asked of the certificates ("what cloud certs does she hold?") is whichever certificate names
 * one of that kind (AWS: a cloud), as skills are asked by kind; a résumé whose certificates name none says so.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const AWS = 'AWS Certified Solutions Architect - Professional';

const ASKED: readonly Labelled[] = [
  { resume: 'senior-engineer', ask: 'what cloud certs does she hold?', command: 'certificates', first: AWS },
  { resume: 'senior-engineer', ask: 'is she certified in any cloud?', command: 'certificates', first: AWS },
  { resume: 'senior-engineer', ask: '/certificates cloud', command: 'certificates', first: AWS },
  { resume: 'awkward', ask: 'what cloud certifications does he have?', command: 'certificates', first: null },
  { resume: 'career-changer', ask: 'any cloud certificates?', command: 'certificates', first: null },
];

describe('certificates by kind of technology', () => {
  specsFor('certificates by kind of technology', ASKED, new Set());
});
