/**
 * A word that is both an ordinary word and a technology's name, typed alone after a command, is
 * that name ("/skills go" asks for Go, it does not list every skill); "his address" asks how to
 * reach him, while "address" as a verb keeps its question.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../helpers/bot.js';
import { botFor } from '../query/fixture-bots.js';

const first = (id: string, ask: string) => {
  const answer = botFor(id).answer(parseLine(ask));
  return { command: answer.route?.command ?? null, titles: answer.matches.map((m) => m.title) };
};

describe('a technology named by an ordinary word, typed after a command', () => {
  it('given Martin, who lists no Go, "/skills go" answers nothing (never his whole skills list)', () => {
    expect(first('martin', '/skills go')).toEqual({ command: 'skills', titles: [] });
  });

  it('given Maya, who lists Go, "/skills go" answers Go', () => {
    expect(first('new-grad', '/skills go').titles[0]).toBe('Go');
  });

  it('given Martin, "/skills rust" and "/projects go" answer nothing', () => {
    expect(first('martin', '/skills rust').titles).toEqual([]);
    expect(first('martin', '/projects go').titles).toEqual([]);
  });

  it('given "does he program in go?", asks for Go: nothing for Martin, Go for Maya', () => {
    expect(first('martin', 'does he program in go?')).toEqual({ command: 'skills', titles: [] });
    expect(first('new-grad', 'does she code in go?').titles[0]).toBe('Go');
  });

  it('given a query that only restates the command, still answers the whole section ("/education degree")', () => {
    expect(first('martin', '/education degree').titles.length).toBe(2);
  });
});

describe('an address', () => {
  it('given "what is his address?", answers how to reach him, not a role whose text says "address"', () => {
    expect(first('martin', 'what is his address?')).toEqual({ command: 'contact', titles: ['Martin Spier'] });
  });

  it('given "how did he address latency at netflix?", answers about the Netflix role', () => {
    expect(first('martin', 'how did he address latency at netflix?')).toEqual({
      command: 'experience',
      titles: ['Performance Architect at Netflix'],
    });
  });
});
