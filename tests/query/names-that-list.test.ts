/**
 * A skill group's name that lists kinds ("Operations & Leadership") names each of them whole: "does he have
 * leadership experience?" is that group when no role says leadership, not "no role matches". A title's "and"
 * ("Databases and SQL for Data Science") joins words of one name, and lists nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../helpers/bot.js';
import { directoryBot } from '../directory/fixture.js';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'career-changer', ask: 'does he have leadership experience?', command: 'skills', first: 'Operations & Leadership' },
  { resume: 'career-changer', ask: 'leadership experience', command: 'skills', first: 'Operations & Leadership' },
  { resume: 'career-changer', ask: 'does he have leadership skills?', command: 'skills', first: 'Operations & Leadership' },
  { resume: 'career-changer', ask: 'what databases does he know?', command: 'skills', first: null },
  { resume: 'career-changer', ask: 'has he used kubernetes operators?', command: 'skills', first: null },
  { resume: 'new-grad', ask: 'does she know data engineering?', command: 'skills', first: null },
];

describe('names that list kinds', () => {
  specsFor('names that list kinds', ASKED, new Set());

  it('given "who has leadership experience?" across people, lists the one whose group names it beside the one whose roles say it', () => {
    const bot = directoryBot();
    const people = bot.answer(parseLine('who has leadership experience?')).matches.map((m) => m.person?.id);
    expect(people).toContain('career-changer');
    expect(people).toContain('martin');
  });
});
