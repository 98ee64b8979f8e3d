/**
 * "Who has taught?" listed Daniel, whose tutoring "Taught spreadsheet and internet basics", but not Richard, a
 * Teacher at CoderDojo: one person's bot reads "taught" as "teach" (irregular verbs), the evidence across people did
 * not. An irregular verb is said by its other forms and their doers ("teach", "Teacher"; "lead", "leader").
 */
import { describe, expect, it } from 'vitest';
import { saysWord } from '../../commands/people-words.js';
import { parseLine } from '../helpers/bot.js';
import { botFor } from '../query/fixture-bots.js';
import { directoryBot, peopleListed, SIX } from './fixture.js';

describe('an irregular verb, across people', () => {
  it('given "who has taught?", lists whoever taught and whoever was a teacher', () => {
    expect(peopleListed(directoryBot(), 'who has taught?')).toEqual(['career-changer', 'sample']);
    // Its base form too, once someone says the past ("Taught spreadsheet…"): the Teacher still says "teach".
    expect(peopleListed(directoryBot(), '/people teach')).toContain('sample');
    expect(peopleListed(directoryBot(), 'quem ensinou?')).toContain('sample');
  });

  it('given an instructor, reads teaching as said by the title, which names no form of the verb', () => {
    // Jordan was an Instructor at Lagos Code Night ("Evening classes on databases").
    expect(peopleListed(directoryBot([...SIX, 'awkward']), 'who has taught?')).toEqual(['awkward', 'career-changer', 'sample']);
    const answer = botFor('awkward').answer(parseLine('has Jordan done any teaching?'));
    expect(answer.matches[0]?.title).toBe('Instructor at Lagos Code Night');
    // Nor in the year he was a cashier.
    expect(botFor('awkward').answer(parseLine('did he teach in 2012?')).kind).toBe('empty');
  });

  it('reads a past form as said by its base and its doers, and by nothing else', () => {
    expect(saysWord('teacher', 'taught')).toBe(true);
    expect(saysWord('teach', 'taught')).toBe(true);
    expect(saysWord('leader', 'led')).toBe(true);
    expect(saysWord('writer', 'wrote')).toBe(true);
    expect(saysWord('teacher', 'teach')).toBe(true);
    expect(saysWord('teaching', 'taught')).toBe(false);
    expect(saysWord('teachable', 'taught')).toBe(false);
    expect(saysWord('ledger', 'led')).toBe(false);
  });
});
