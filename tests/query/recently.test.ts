/**
 * "Has she won anything recently?", "where did she work most recently?", "what has she been doing lately?" found
 * nothing matching "recently": "recently", "most recently" and "lately" ask for the present or the latest, as
 * "recent" and "now" do, in every section.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'senior-engineer', ask: 'has she won anything recently?', command: 'awards', first: 'Distinguished Engineer Spotlight' },
  {
    resume: 'senior-engineer',
    ask: 'what did she publish recently?',
    command: 'publications',
    first: 'Operating Tiered Storage at Streaming Scale',
  },
  {
    resume: 'senior-engineer',
    ask: 'where did she work most recently?',
    command: 'experience',
    first: 'Staff Software Engineer at Confluent',
  },
  { resume: 'martin', ask: 'what has he been doing lately?', command: 'experience', first: 'VP, Platform Engineering at PicPay' },
  { resume: 'career-changer', ask: 'what has he done recently?', command: 'experience', first: 'Data Analyst (Contract) at Freelance' },
];

describe('recently', () => {
  specsFor('recently', ASKED, new Set());
});
