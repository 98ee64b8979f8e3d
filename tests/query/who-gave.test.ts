/**
 * Who gave an award or issued a certificate is on the entry (its awarder, its issuer): "who gave him the award?",
 * "who issued her certificate?" list the entries, the verb naming nothing to look for. A résumé without such
 * entries still says it has none.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const AWS = 'AWS Certified Solutions Architect - Professional';

const ASKED: readonly Labelled[] = [
  { resume: 'sample', ask: 'who gave him the award?', command: 'awards', first: 'Digital Compression Pioneer Award' },
  { resume: 'sample', ask: 'who granted his award?', command: 'awards', first: 'Digital Compression Pioneer Award' },
  { resume: 'senior-engineer', ask: 'who gave her the best paper award?', command: 'awards', first: 'Best Paper Award' },
  { resume: 'senior-engineer', ask: 'who issued her certificate?', command: 'certificates', first: AWS },
  { resume: 'senior-engineer', ask: 'who issued her aws certification?', command: 'certificates', first: AWS },
  {
    resume: 'career-changer',
    ask: 'who issued his certificates?',
    command: 'certificates',
    first: 'Google Data Analytics Professional Certificate',
  },
  { resume: 'martin', ask: 'who gave him the award?', command: 'awards', first: null },
];

describe('who gave the award, who issued the certificate', () => {
  specsFor('who gave the award, who issued the certificate', ASKED, new Set());
});
