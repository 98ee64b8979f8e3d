/**
 * "Did she graduate in 2008?" of Lena answered her Ph.D. (2006–2011), under way in 2008 but not finished; "did she
 * join Dropbox in 2016?" answered her Dropbox role, begun in 2015. A year said with a verb of ending ("graduated",
 * "finished", "left") or of beginning ("joined", "started") asks for the entry that ended, or began, in that year.
 * Said with two years, "who started a job between 2015 and 2018?" listed Jordan and Martin, whose jobs of then had
 * begun in 2014 and 2012: the start, or the end, now stands in some year from one to the other.
 */
import { describe, expect, it } from 'vitest';
import { statedTime, timeAndRest } from '../../src/query/asked-time.js';
import { directoryBot, peopleListed, SIX } from '../directory/fixture.js';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const LENA_BSC = 'Bachelor of Science Computer Science at University of Texas at Austin';

const ASKED: readonly Labelled[] = [
  { resume: 'senior-engineer', ask: 'did she graduate in 2008?', command: 'education', first: null },
  { resume: 'senior-engineer', ask: 'did she graduate in 2006?', command: 'education', first: LENA_BSC },
  {
    resume: 'senior-engineer',
    ask: 'did she finish her phd in 2011?',
    command: 'education',
    first: 'Ph.D. Computer Science at University of Texas at Austin',
  },
  { resume: 'senior-engineer', ask: 'did she join dropbox in 2016?', command: 'experience', first: null },
  { resume: 'senior-engineer', ask: 'did she join dropbox in 2015?', command: 'experience', first: 'Senior Software Engineer at Dropbox' },
  { resume: 'martin', ask: 'did he leave netflix in 2021?', command: 'experience', first: 'Performance Architect at Netflix' },
  { resume: 'martin', ask: 'did he leave netflix in 2020?', command: 'experience', first: null },
  { resume: 'martin', ask: 'was he at netflix in 2015?', command: 'experience', first: 'Performance Architect at Netflix' },
  { resume: 'awkward', ask: 'did he start a job between 2015 and 2018?', command: 'experience', first: null },
  {
    resume: 'awkward',
    ask: 'did he start a job between 2018 and 2020?',
    command: 'experience',
    first: 'Senior Platform Engineer at Northwind Bank',
  },
  { resume: 'senior-engineer', ask: 'did she graduate between 2005 and 2010?', command: 'education', first: LENA_BSC },
];

describe('ended or began in a year', () => {
  specsFor('ended or began in a year', ASKED, new Set());

  it('reads the verb said with the year, and leaves it out of what is looked for', () => {
    expect(statedTime('who graduated in 2008')).toEqual({ year: 2008, relation: 'ended' });
    expect(statedTime('who joined netflix in 2012')).toEqual({ year: 2012, relation: 'began' });
    expect(statedTime('who was working in 2015')).toEqual({ year: 2015, relation: 'in' });
    // Before a year, the verb still says which end: graduated before 2010 is ended before it.
    expect(statedTime('who graduated before 2010')).toEqual({ year: 2010, relation: 'ended', side: 'before' });
    expect(timeAndRest('netflix joined in 2012')).toEqual({ time: { year: 2012, relation: 'began' }, rest: 'netflix' });
    expect(statedTime('who started a job between 2018 and 2015')).toEqual({ year: 2015, until: 2018, relation: 'began' });
    expect(timeAndRest('netflix left between 2019 and 2021')).toEqual({
      time: { year: 2019, until: 2021, relation: 'ended' },
      rest: 'netflix',
    });
  });

  it('given "who graduated in 2008?" across people, lists whoever finished a degree that year', () => {
    const bot = directoryBot();
    expect(peopleListed(bot, 'who graduated in 2008?')).toEqual(['martin']);
    expect(peopleListed(bot, 'who graduated in 2011?')).toEqual(['senior-engineer']);
    expect(peopleListed(bot, 'who joined netflix in 2012?')).toEqual(['martin']);
    expect(peopleListed(bot, 'quem se formou em 2008?')).toEqual(['martin']);
    const eight = directoryBot([...SIX, 'edge', 'awkward']);
    expect(peopleListed(eight, 'who started a job between 2015 and 2018?')).toEqual(['career-changer', 'edge', 'senior-engineer']);
    expect(peopleListed(eight, 'who left a job between 2019 and 2021?')).toEqual(['awkward', 'edge', 'martin', 'senior-engineer']);
  });
});
