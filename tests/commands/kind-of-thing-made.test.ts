/**
 * "What's the campus marketplace app maya built?" found no project, since DormSwap's description says "A campus
 * marketplace" and no "app"; nor did "richard made a mapping app that gets u lost?" find Miss Direction ("A mapping
 * engine"). What people call a thing made (an app, a website, a tool, a library, a bot, a game…) beside the words
 * that name it is no word of its name: when the words with it find nothing, they are looked for without it.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../helpers/bot.js';
import { botFor } from '../query/fixture-bots.js';

const first = (resume: string, line: string) => botFor(resume).answer(parseLine(line)).matches[0];

describe('a project asked by what it is, with a kind of thing made', () => {
  it.each([
    ['new-grad', "what's the campus marketplace app maya built?", 'DormSwap'],
    ['new-grad', '/projects campus marketplace app', 'DormSwap'],
    ['sample', 'richard made a mapping app that gets u lost? lol whats it called', 'Miss Direction'],
  ])('given %s "%s", answers %s', (resume, line, title) => {
    const found = first(resume, line);
    expect(found?.section).toBe('projects');
    expect(found?.title).toBe(title);
  });

  it('given a kind of thing alone with words no project says, still finds none', () => {
    expect(first('martin', 'did he build a mobile app?')).toBeUndefined();
  });
});
