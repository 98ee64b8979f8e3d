/**
 * "When did she start university?", "when did he join Netflix?": a verb of starting or joining names nothing to look
 * for; the entry's own dates say when. Joining or starting at an organisation asks for a role there (none: nothing,
 * never a role whose text says "joined"), and starting to work asks for the first role.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';
import { ALLEN, DELL, LENA_PHD, NETFLIX, OUTREACH, PICPAY, RACKSPACE, SNOWFLAKE, UW } from './titles.js';

const ASKED: readonly Labelled[] = [
  { resume: 'new-grad', ask: 'when did she start university?', command: 'education', first: UW },
  { resume: 'new-grad', ask: 'when did she start college?', command: 'education', first: UW },
  { resume: 'new-grad', ask: 'when did she begin her studies?', command: 'education', first: UW },
  { resume: 'new-grad', ask: 'when did she enter university?', command: 'education', first: UW },
  { resume: 'senior-engineer', ask: 'when did she start her degree?', command: 'education', first: LENA_PHD },
  { resume: 'new-grad', ask: 'when did she start working?', command: 'experience', first: ALLEN },
  { resume: 'martin', ask: 'when did he start working?', command: 'experience', first: DELL },
  { resume: 'senior-engineer', ask: 'when did she begin working?', command: 'experience', first: RACKSPACE },
  { resume: 'martin', ask: 'when did he join netflix?', command: 'experience', first: NETFLIX },
  { resume: 'martin', ask: 'when did he start at picpay?', command: 'experience', first: PICPAY },
  { resume: 'new-grad', ask: 'when did she start with outreach?', command: 'experience', first: OUTREACH },
  // Her Outreach role's text says "Joined the platform infrastructure team": no role at Netflix for all that.
  { resume: 'new-grad', ask: 'did she join netflix?', command: 'experience', first: null },
  { resume: 'senior-engineer', ask: 'when did she join picpay?', command: 'experience', first: null },
  { resume: 'senior-engineer', ask: 'did she join snowflake before 2020?', command: 'experience', first: null },
  // After or before joining: what came next to it, as before.
  { resume: 'martin', ask: 'what did he do after joining netflix?', command: 'experience', first: SNOWFLAKE },
  { resume: 'martin', ask: 'where did he work before he joined snowflake?', command: 'experience', first: NETFLIX },
];

describe('starting and joining', () => {
  specsFor('starting and joining', ASKED, new Set());
});
