/**
 * "Is he a data analyst?", "is she a platform engineer?": asked in the present, a title is still a title. A skill,
 * a degree or an award that says only some of its words ("Data Visualization", "Bachelor of Engineering",
 * "Distinguished Engineer Spotlight") is no answer; a role titled so is, and so is the person's own headline
 * ("is he a programmer?" of someone whose label says Programmer). What restates a section stays there: "a spanish
 * speaker" is the language, "a certified … administrator" a certificate, "a mentor" the skill Mentoring.
 */
import { describe, expect, it } from 'vitest';
import { directoryBot } from '../directory/fixture.js';
import { parseLine } from '../helpers/bot.js';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';
import { FREELANCE, PICPAY } from './titles.js';

const ASKED: readonly Labelled[] = [
  { resume: 'martin', ask: 'is he a data analyst?', command: 'experience', first: null },
  { resume: 'martin', ask: 'is he a restaurant manager?', command: 'experience', first: null },
  { resume: 'martin', ask: 'is he a staff software engineer?', command: 'experience', first: null },
  { resume: 'martin', ask: 'is he a platform engineer?', command: 'experience', first: PICPAY },
  { resume: 'senior-engineer', ask: 'is she a platform engineer?', command: 'experience', first: null },
  { resume: 'awkward', ask: 'is he a site reliability engineer?', command: 'experience', first: null },
  { resume: 'edge', ask: 'is she a cloud engineer?', command: 'experience', first: null },
  { resume: 'career-changer', ask: 'is he a data analyst?', command: 'experience', first: FREELANCE },
  { resume: 'sample', ask: 'is he a programmer?', command: 'about', first: 'Richard Hendriks' },
  { resume: 'sample', ask: 'was he a programmer?', command: 'experience', first: null },
  { resume: 'awkward', ask: 'is he a mentor?', command: 'skills', first: 'Mentoring' },
  { resume: 'career-changer', ask: 'is he a spanish speaker?', command: 'languages', first: 'Spanish' },
  { resume: 'senior-engineer', ask: 'is she a certified kubernetes administrator?', command: 'certificates', first: null },
  { resume: 'martin', ask: 'is he a good fit for a vp of engineering role', command: 'experience', first: PICPAY },
];

describe('what someone is', () => {
  specsFor('what someone is', ASKED, new Set());

  it.each([
    ['is he a data analyst?', ['career-changer']],
    ['is he a software engineer?', ['new-grad', 'senior-engineer']],
    ['is he a programmer?', ['sample']],
  ])('given a directory, answers "%s" with only those who are', (asked, people) => {
    const answer = directoryBot().answer(parseLine(asked));
    expect([...new Set(answer.matches.map((m) => m.person?.id))].sort()).toEqual(people);
  });
});
