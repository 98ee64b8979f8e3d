/**
 * "Who graduated before 2010?" listed Jordan, whose degree began in 2009 and ended in 2013: a year stated before,
 * after or since was read of the whole entry, whatever the verb asked. A verb of ending or beginning ("graduated",
 * "left", "joined", "started") now asks the end or the start to stand so. "In 2021 or later" and "2010 or earlier"
 * say the year itself and one side of it, and their words name nothing to look for. So does a time counted back from
 * today: "who started their current role in the last 3 years?" listed whoever's current role was under way then. "Who
 * has been at their current company since before 2021" found nobody: being somewhere since a year asks when that began,
 * then at the latest ("since 2020") or before it ("since before 2021").
 */
import { describe, expect, it } from 'vitest';
import { commandText } from '../../src/query/command-text.js';
import { statedTime } from '../../src/query/asked-time.js';
import { parseLine } from '../helpers/bot.js';
import { botFor } from '../query/fixture-bots.js';
import { directoryBot, peopleListed } from './fixture.js';

const EVERYONE = ['awkward', 'career-changer', 'martin', 'martin-alvarez', 'new-grad', 'sample', 'senior-engineer'];

describe('when something ended or began, on a side of a year', () => {
  it.each([
    ['who graduated before 2010?', ['martin', 'martin-alvarez', 'senior-engineer']],
    ['who graduated in 2010 or earlier?', ['martin', 'martin-alvarez', 'senior-engineer']],
    ['who left a job before 2014?', ['awkward', 'martin']],
    ['who left before 2014?', ['awkward', 'martin']],
    ['who was working in 2021 or later?', ['awkward', 'career-changer', 'martin', 'new-grad', 'senior-engineer']],
  ])('given "%s", lists whoever it is so of', (asked, people) => {
    expect(peopleListed(directoryBot(EVERYONE), asked)).toEqual(people);
  });

  it('given one person, shows only the entries whose end stands so', () => {
    const answer = botFor('martin').answer(parseLine('did he leave a job before 2012?'));
    expect(answer.matches.map((m) => m.title)).toEqual(['Performance Engineer at Dell']);
    const held = botFor('martin').answer(parseLine('where was he working in 2011 or earlier?'));
    expect(held.matches.map((m) => m.title)).toEqual(['Performance Engineer at Expedia', 'Performance Engineer at Dell']);
  });

  it.each([
    ['graduated before 2010', { year: 2010, relation: 'ended', side: 'before' }],
    ['joined after 2020', { year: 2020, relation: 'began', side: 'after' }],
    ['started in 2021 or later', { year: 2021, relation: 'began', side: 'since' }],
    ['left in 2013 or earlier', { year: 2013, relation: 'ended', side: 'until' }],
    ['working 2015 onwards', { year: 2015, relation: 'since' }],
    ['in 2010 or earlier', { year: 2010, relation: 'until' }],
    ['graduated in 2008', { year: 2008, relation: 'ended' }],
    ['started in the last 3 years', { relation: 'within', years: 3, end: 'began' }],
    ['left in the past 2 years', { relation: 'within', years: 2, end: 'ended' }],
    ['been at netflix since 2015', { year: 2015, relation: 'began', side: 'until' }],
    ['been at netflix since before 2015', { year: 2015, relation: 'began', side: 'before' }],
  ])('reads "%s" as its year and side, and says it back so', (said, time) => {
    expect(statedTime(said)).toEqual(time);
    expect(statedTime(commandText({ text: '', during: statedTime(said)! }))).toEqual(time);
  });
});

describe('which job began in a year', () => {
  const bot = directoryBot([...EVERYONE, 'edge']);

  it.each([
    ['who changed jobs in 2021?', ['edge', 'martin']],
    ['who switched jobs in 2019?', ['awkward']],
    ['who started a new job in 2021?', ['edge', 'martin']],
    ['who started their current job after 2020?', ['edge', 'martin']],
    ['who joined their current company in 2021 or later?', ['edge', 'martin']],
    // Left is no current job: whoever left one then.
    ['who left their job in 2024?', ['career-changer', 'new-grad']],
    // Counted back from today (2026-11-26): begun, or ended, in that time, not merely under way in it.
    ['who started their current role in the last 3 years?', []],
    ['who started a job in the last 3 years?', ['career-changer', 'new-grad']],
    // A job said new is one begun then: "new" is no word a role says.
    ['who started a new job (internships and contracts count) in the last 3 years?', ['career-changer', 'new-grad']],
    // "At a job" names no employer called "job".
    ['who started at a new job in 2020?', ['senior-engineer']],
    ['who left a job in the last 2 years?', ['career-changer']],
    // Being at a job since a year is having begun it then at the latest, or before the year said.
    ['who has been at their current company since before 2021', ['awkward', 'senior-engineer']],
    ['who has been at their current job since 2020', ['awkward', 'senior-engineer']],
  ])('given "%s", lists whoever it is so of', (asked, people) => {
    expect(peopleListed(bot, asked)).toEqual(people);
  });

  it('given a workplace told by a clause ("the job he started in 2019"), reads when it began, never a company named so', () => {
    // "Is he still at the job he started in 2019?" asked for an employer named "job started".
    const still = botFor('awkward').answer(parseLine('is he still at the job he started in 2019?'));
    expect(still.matches.map((m) => m.title)).toEqual(['Senior Platform Engineer at Northwind Bank']);
    const joined = botFor('awkward').answer(parseLine('what did he do at the company he joined in 2014?'));
    expect(joined.matches.map((m) => m.title)).toEqual(['Cloud Engineer at Acme Hosting']);
  });

  it('given "their current company", reads which company, never one named "current"', () => {
    const answer = botFor('martin').answer(parseLine('when did he start at his current company?'));
    expect(answer.matches.map((m) => m.title)).toEqual(['VP, Platform Engineering at PicPay']);
  });
});
