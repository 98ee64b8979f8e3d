/**
 * "Who knows sql but not python?" found nobody: the denial was read as more words to find. Whoever fits what is asked
 * and not what is denied is listed; a bare denial ("not python") is led by the asked part's words ("knows"), a denial
 * with its own verb ("doesn't know go", "has never used python") is asked as it says.
 */
import { describe, expect, it } from 'vitest';
import { directoryBot, peopleListed } from './fixture.js';

const bot = directoryBot();
const people = (asked: string) => peopleListed(bot, asked);

describe('a part denied, across people', () => {
  it('given "who knows sql but not python?", lists whoever knows SQL and not Python', () => {
    // Daniel and Maya know both; Martín Álvarez lists SQL and no Python.
    expect(people('who knows sql')).toEqual(['career-changer', 'martin-alvarez', 'new-grad']);
    expect(people('who knows sql but not python?')).toEqual(['martin-alvarez']);
    expect(people('who knows sql but has never used python?')).toEqual(['martin-alvarez']);
    expect(people('who knows python and not java?')).toEqual(['career-changer']);
    expect(people('quem sabe sql mas não python?')).toEqual(['martin-alvarez']);
  });

  it('given a denial of a language spoken, lists who speaks one and not the other', () => {
    expect(people('who speaks spanish but not portuguese?')).toEqual(['career-changer', 'martin-alvarez']);
  });

  it('given a denial everyone who fits also fits, finds nobody', () => {
    expect(people("who knows java but doesn't know go?")).toEqual([]);
    expect(people('who knows kafka but not kubernetes?')).toEqual([]);
  });
});
