/**
 * "Who had a GPA above 3.5?" listed Daniel alone, whose score is 3.5/4.0, and not the three whose scores are above
 * it: the number was searched as a word. A GPA asked with a number is compared with each education entry's score
 * read as a number on a scale of four or five; without a comparison it is that score exactly.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../helpers/bot.js';
import { directoryBot, peopleListed } from './fixture.js';

describe('a GPA compared, across people', () => {
  it.each([
    ['who had a gpa above 3.5?', ['new-grad', 'sample', 'senior-engineer']],
    ['anyone with a gpa of 3.8 or higher?', ['new-grad', 'sample', 'senior-engineer']],
    ['who has a gpa of at least 3.9?', ['sample', 'senior-engineer']],
    ['who has a gpa below 3.6?', ['career-changer']],
    ['who has a 4.0 gpa?', ['sample']],
  ])('given "%s", lists whoever scored so', (asked, people) => {
    expect(peopleListed(directoryBot(), asked)).toEqual(people);
  });

  it('shows the score each was listed for', () => {
    const answer = directoryBot().answer(parseLine('who has a 4.0 gpa?'));
    expect(answer.sections[0]?.bullets).toEqual(['Richard Hendriks — Bachelor Information Technology at University of Oklahoma · GPA 4.0']);
  });

  it('given a GPA no one has, lists nobody', () => {
    expect(peopleListed(directoryBot(), 'who has a gpa above 4.5?')).toEqual([]);
  });
});

describe('volunteering, asked in the present', () => {
  it('given "who is volunteering?", lists only whoever volunteers now: nobody here has dated volunteering under way', () => {
    expect(peopleListed(directoryBot(), 'who is volunteering?')).toEqual([]);
    expect(peopleListed(directoryBot(), 'who was volunteering?')).toEqual(['career-changer', 'martin-alvarez', 'sample']);
    expect(peopleListed(directoryBot(), 'who has volunteered?')).toEqual(['career-changer', 'martin-alvarez', 'sample']);
  });
});
