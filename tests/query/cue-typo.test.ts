/**
 * "Has he done any volunter work?" of Richard answered "no role matches volunter", and "any refrences from his old
 * boss?" searched his whole résumé for the typo: a section's cue typed with a typo was no cue. Now a word one letter
 * away from exactly one cue of six letters or more is read as that cue, unless the résumé asked says it, or it is an
 * ordinary English word ("pagers" is no "papers"), a technology or a stop word. Across everyone, the same holds unless
 * someone's résumé says the word. A word of order ("first", "latest") is read so with two neighbouring letters swapped
 * ("what was his frist job?"), and so is a stop word ("recieved") and a cue of four letters or five ("charity wrok"),
 * and only so: a letter away from it are other words. A word of a cue of several words is a cue word too, and of
 * cues a letter away a doubled letter typed once is the slip: "has richard writen anything about middle-out
 * compression?" (written, not writes) asks his publications.
 */
import { describe, expect, it } from 'vitest';
import { catalogOf, commands } from '../../commands/index.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { cuesSpelled } from '../../src/query/cue-spelling.js';
import { buildIndex } from '../../src/query/index.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { directoryBot, peopleListed } from '../directory/fixture.js';
import { FIXED_NOW } from '../helpers/bot.js';
import { type Labelled, labelledRows, resumePath } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  ...labelledRows('sample', [
    ['has he done any volunter work?', 'volunteer', 'Teacher at CoderDojo'],
    // A letter away from two forms of one cue (volunteer, volunteered), both asking the same.
    ['has he volunteerd anywhere?', 'volunteer', 'Teacher at CoderDojo'],
    // A shorter cue, of four letters or five, with two neighbouring letters swapped.
    ['richard do any charity wrok?', 'volunteer', 'Teacher at CoderDojo'],
    ['has richard writen anything about middle-out compression?', 'publications', 'Video compression for 3d media'],
  ]),
  ...labelledRows('senior-engineer', [
    ['any publcations?', 'publications', 'Bounded Staleness for Geo-Replicated Key-Value Stores'],
    ['what are her certifcations?', 'certificates', 'AWS Certified Solutions Architect - Professional'],
  ]),
  ...labelledRows('new-grad', [['what langauges does she speak?', 'languages', 'English']]),
  ...labelledRows('career-changer', [['any refrences from his old boss?', 'references', null]]),
  ...labelledRows('martin', [
    ['what was his frist job?', 'experience', 'Performance Engineer at Dell'],
    ['whats his latset role?', 'experience', 'VP, Platform Engineering at PicPay'],
  ]),
  // A stop word with two letters swapped is read as it, and left out as it is.
  ...labelledRows('new-grad', [['has she recieved any awards?', 'awards', "Dean's List"]]),
];

describe('a cue typed with a typo', () => {
  specsFor('a misspelt cue, of one person', ASKED, new Set());

  it.each([
    ['who has done volunter work?', ['career-changer', 'martin-alvarez', 'sample']],
    ['who has publcations?', ['sample', 'senior-engineer']],
  ])('given "%s" across everyone, lists whoever the cue finds', (asked, people) => {
    expect(peopleListed(directoryBot(), asked)).toEqual(people);
  });

  it('reads a word as a cue only when nothing says it is meant as typed', () => {
    const resume = loadResumeFile(resumePath('senior-engineer'));
    const { routes } = buildIndex(resume, loadAliasesFile('data/aliases.json'), () => FIXED_NOW, catalogOf(commands));
    expect(cuesSpelled('any refrences', routes, () => false)).toBe('any references');
    expect(cuesSpelled('any refrences', routes, () => true)).toBe('any refrences');
    expect(cuesSpelled('any pagers', routes, () => false)).toBe('any pagers');
    expect(cuesSpelled('does she know kotlin', routes, () => false)).toBe('does she know kotlin');
    expect(cuesSpelled('her frist job', routes, () => false)).toBe('her first job');
    // A letter away from "first" is no word of order: "fist", "firsts", "firth".
    expect(cuesSpelled('her firth job', routes, () => false)).toBe('her firth job');
    expect(cuesSpelled('has she recieved awards', routes, () => false)).toBe('has she received awards');
    // A word of a longer cue ("written anything", "visualize data") typed with a slip is it; with a letter added at its
    // end it is another word.
    expect(cuesSpelled('has he writen anything', routes, () => false)).toBe('has he written anything');
    expect(cuesSpelled('the gradient descent visualizer', routes, () => false)).toBe('the gradient descent visualizer');
  });
});
