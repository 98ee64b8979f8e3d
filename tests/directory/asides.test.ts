/**
 * What an asker adds beside a question, in parentheses, after its question mark or in a clause that widens it ("(kafka
 * streams counts)", "? short courses count", ", even just kafka streams"), is no word any résumé need say: the question is
 * asked without it first, and with it when that finds nobody.
 * When the aside finds nobody either, nobody fits, and the question is quoted as it was typed.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../helpers/bot.js';
import { botFor } from '../query/fixture-bots.js';
import { directoryBot, peopleListed, SIX } from './fixture.js';

const bot = directoryBot([...SIX, 'awkward', 'edge']);
const people = (asked: string) => peopleListed(bot, asked);

describe('a people question with an aside', () => {
  it.each([
    ['anyone here who does python and also kafka (kafka streams counts)?', ['awkward', 'senior-engineer']],
    ['anyone study project management? short courses count', ['awkward', 'martin']],
    ['which of us studied computer science specifically? (comp eng / systems eng don’t count)', ['martin', 'new-grad', 'senior-engineer']],
  ])('given "%s", lists exactly %j, as without the aside', (asked, expected) => {
    expect(people(asked)).toEqual(expected);
  });

  it.each([
    // The question says what it asks before its aside: asked without it first, though with it someone fits.
    ['who has kafka experience? kafka streams counts too', ['awkward', 'martin', 'senior-engineer']],
    ['who has a kubernetes cert (CKA / CKAD)?', ['awkward', 'edge']],
    // A clause that widens it ("even just…"), likewise.
    ["who's touched kafka before, even just kafka streams", ['awkward', 'martin', 'senior-engineer']],
    ['anyone know rust - even a little?', ['edge', 'senior-engineer']],
    // Asked without it first whatever it asks: "team" in the aside found everyone's roles.
    ['any runners? putting together a team for the corporate 10k', ['edge']],
  ])('given "%s", lists exactly %j, as the question before its aside does', (asked, expected) => {
    expect(people(asked)).toEqual(expected);
  });

  it.each([
    // A second clause that asks the first again: the first alone.
    ['I need someone with an AWS certification, is there anyone on the team who has one?', ['senior-engineer']],
    ["I'm looking for someone who has worked at Netflix, do we have any ex-Netflix people on the team?", ['martin']],
    ['looking for someone who knows rust. anyone?', ['edge', 'senior-engineer']],
    // A list's commas join what is asked.
    ["who's into climbing, running or cycling?", ['career-changer', 'edge', 'new-grad']],
  ])('given "%s", lists exactly %j', (asked, expected) => {
    expect(people(asked)).toEqual(expected);
  });

  it('given an aside to a question nobody fits, finds nobody and quotes the question as typed', () => {
    const answer = bot.answer(parseLine('who knows cobol (any dialect)?'));
    expect(answer.kind).toBe('empty');
    expect(answer.title).toContain('cobol (any dialect)');
  });
});

describe("one person's question with an aside", () => {
  it('given "what awards has lena won (conference ones)?", answers her awards, as without the aside', () => {
    const answer = botFor('senior-engineer').answer(parseLine('what awards has lena won (conference ones)?'));
    expect(answer.kind).not.toBe('empty');
    expect(answer.matches.map((m) => m.section)).toContain('awards');
  });

  it('given a section command with words in parentheses, looks for them as typed', () => {
    const answer = botFor('senior-engineer').answer(parseLine('/awards (conference ones)'));
    expect(answer.kind).toBe('empty');
  });
});
