/**
 * "Who is working?", "who works?", "who is employed?" listed everyone who ever held a role: the words restate the
 * work section. Said alone in the present, working is working now (an ongoing role); "who was working?" and "who
 * has worked?" keep their past. So does working somewhere: "who works at netflix?" listed Martin, who left it in 2021.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../helpers/bot.js';
import { directoryBot, peopleListed } from './fixture.js';

const bot = directoryBot();
const people = (asked: string) => peopleListed(bot, asked);

describe('working now, across people', () => {
  it('given "who is working?", lists whoever has an ongoing role, as "who is working now?" does', () => {
    const now = people('who is working now?');
    expect([...now].sort()).toEqual(['martin', 'senior-engineer']);
    expect(people('who is working?')).toEqual(now);
    expect(people('who works?')).toEqual(now);
    expect(people('who is employed?')).toEqual(now);
    expect(people('quem trabalha?')).toEqual(now);
    expect(people('quem está empregado?')).toEqual(now);
    expect(people('quem está trabalhando?')).toEqual(now);
  });

  it('given where, in the present, lists whoever works there now, and quotes the question as asked', () => {
    expect(people('who works at netflix?')).toEqual([]);
    expect(people('quem trabalha na netflix?')).toEqual([]);
    expect(people('who is working at dropbox?')).toEqual([]);
    expect(people('who works at picpay?')).toEqual(['martin']);
    expect(people('who worked at netflix?')).toEqual(['martin']);
    expect(people('who was working at dropbox?')).toEqual(['senior-engineer']);
    expect(bot.answer(parseLine('who works at netflix?')).title).toContain('“works at netflix”');
    expect(bot.answer(parseLine('who is working?')).title).toContain('“working”');
  });

  it('given the past, lists whoever ever worked', () => {
    expect(people('who was working?')).toEqual(people('who has worked?'));
    expect(people('who was working?')).toHaveLength(5);
  });
});
