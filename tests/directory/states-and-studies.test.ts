/**
 * "Who has done an internship?" found nobody though Maya was an intern twice, and "who has data analysis
 * experience?" left out Daniel, a Data Analyst: a noun in -ship is said by the one it is the state of ("intern",
 * "leader", "mentor"), a noun in -ysis by its doer and its verb ("analyst", "analyzed"), as a noun in -ment is by its
 * verb and doer ("manager"), and so is a noun in -tion ("replicated" of "replication").
 */
import { describe, expect, it } from 'vitest';
import { saysWord } from '../../commands/people-words.js';
import { directoryBot, peopleListed } from './fixture.js';

const bot = directoryBot();
const people = (asked: string) => peopleListed(bot, asked);

describe('states and studies, across people', () => {
  it('given "who has done an internship?", lists whoever was an intern', () => {
    expect(people('who has done an internship?')).toEqual(['new-grad']);
    expect(people('who has had internships?')).toEqual(['new-grad']);
  });

  it('given "who has data analysis experience?", lists the Data Analyst with those whose text says it', () => {
    // Daniel: Data Analyst (Contract); Martin's flame graph plugins "enhance performance data analysis".
    expect(people('who has worked in data analysis?')).toEqual(['career-changer', 'martin']);
  });

  it('given "who has written about geo-replication?", lists whoever published on geo-replicated stores', () => {
    expect(people('who has written about geo-replication?')).toEqual(['senior-engineer']);
  });

  it('reads a -ship by its one, a -ysis and a -tion by its doer and verb, and nothing shorter', () => {
    expect(saysWord('intern', 'internship')).toBe(true);
    expect(saysWord('leaders', 'leadership')).toBe(true);
    expect(saysWord('analyst', 'analysis')).toBe(true);
    expect(saysWord('analyzed', 'analysis')).toBe(true);
    expect(saysWord('hard', 'hardship')).toBe(false);
    expect(saysWord('anal', 'analysis')).toBe(false);
    expect(saysWord('replicated', 'replication')).toBe(true);
    expect(saysWord('educator', 'education')).toBe(true);
    expect(saysWord('replica', 'replication')).toBe(false);
  });
});
