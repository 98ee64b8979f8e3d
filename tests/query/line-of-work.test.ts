/**
 * "Did he work in the restaurant industry?", "has she worked in the streaming space?": a line of work is what the
 * roles say, never a place (no role is located in "restaurant industry") nor another section's entry that happens to
 * say the word; "did he work in restaurants?" is a kind of workplace, as "in a restaurant" is, which a role's name
 * says in the singular; "has he worked in banking?" a name's word in another form (Northwind Bank), and "worked in
 * engineering" or "in research" a word of a role's title. A place is still asked whole, and an organisation named
 * after one is no role there: "did he work in porto?" (Porto Alegre), "did he work in montreal?" (Bank of Montreal).
 */
import { describe, expect, it } from 'vitest';
import { directoryBot } from '../directory/fixture.js';
import { parseLine } from '../helpers/bot.js';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';
import { ALLEN, BMO, CONFLUENT, NETFLIX, PICPAY, SALT } from './titles.js';

const ASKED: readonly Labelled[] = [
  { resume: 'career-changer', ask: 'has he worked in the restaurant industry?', command: 'experience', first: SALT },
  { resume: 'career-changer', ask: 'how long did he work in the restaurant business?', command: 'experience', first: SALT },
  { resume: 'career-changer', ask: 'has he worked in restaurants?', command: 'experience', first: SALT },
  { resume: 'career-changer', ask: 'has he worked in the fintech sector?', command: 'experience', first: null },
  { resume: 'senior-engineer', ask: 'has she worked in the streaming space?', command: 'experience', first: CONFLUENT },
  { resume: 'senior-engineer', ask: 'did she work in the storage industry?', command: 'experience', first: CONFLUENT },
  { resume: 'senior-engineer', ask: 'did she work in the restaurant industry?', command: 'experience', first: null },
  { resume: 'martin', ask: 'has he worked in the payments industry?', command: 'experience', first: PICPAY },
  { resume: 'relevance-edge', ask: 'did he work in banks?', command: 'experience', first: BMO },
  { resume: 'relevance-edge', ask: 'did he work in montreal?', command: 'experience', first: null },
  { resume: 'relevance-edge', ask: 'has he worked in banking?', command: 'experience', first: BMO },
  { resume: 'awkward', ask: 'has he worked in banking?', command: 'experience', first: 'Senior Platform Engineer at Northwind Bank' },
  { resume: 'martin', ask: 'has he worked in engineering?', command: 'experience', first: PICPAY },
  { resume: 'new-grad', ask: 'did she work in research?', command: 'experience', first: ALLEN },
  { resume: 'martin', ask: 'did he work in porto?', command: 'experience', first: null },
];

describe('a line of work', () => {
  specsFor('a line of work', ASKED, new Set());

  it('given a directory, answers "who has worked in the restaurant industry?" with the restaurant manager alone', () => {
    const answer = directoryBot().answer(parseLine('who has worked in the restaurant industry?'));
    expect(answer.matches.map((m) => m.person?.id)).toEqual(['career-changer']);
  });

  it('given a directory, answers "who has worked in the streaming industry?" with those whose roles say streaming', () => {
    const answer = directoryBot().answer(parseLine('who has worked in the streaming industry?'));
    expect(answer.matches.map((m) => m.person?.id).sort()).toEqual(['martin', 'senior-engineer']);
  });

  it('given "has spier worked in the streaming space?" of a directory, answers his Netflix role among them', () => {
    const answer = directoryBot().answer(parseLine('has spier worked in the streaming space?'));
    expect(answer.matches.map((m) => m.title)).toContain(NETFLIX);
  });
});
