/**
 * "Who speaks a language other than English?" listed whoever speaks English, and missed Martín, who lists Español,
 * Català and Euskara. A spoken language other than one named ("other than", "besides", "apart from", "except") is any
 * language listed that is not it, in whatever words the résumé names it ("Español" is Spanish), each person with
 * those languages; "a native speaker of a language other than English" counts only those spoken natively. Portuguese
 * too ("outra língua além do inglês").
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../helpers/bot.js';
import { directoryBot, peopleListed, SIX } from './fixture.js';

const bot = directoryBot([...SIX, 'awkward', 'edge']);

describe('a spoken language other than one named', () => {
  it.each([
    ['who speaks a language other than english?', ['awkward', 'career-changer', 'edge', 'martin-alvarez', 'new-grad', 'senior-engineer']],
    ['is anyone a native speaker of a language other than English?', ['awkward', 'career-changer', 'edge', 'martin-alvarez']],
    [
      'anyone speak something besides spanish?',
      ['awkward', 'career-changer', 'edge', 'martin-alvarez', 'new-grad', 'sample', 'senior-engineer'],
    ],
    ['quem fala outra língua além do inglês?', ['awkward', 'career-changer', 'edge', 'martin-alvarez', 'new-grad', 'senior-engineer']],
  ])('given "%s", lists exactly %j', (asked, expected) => {
    expect(peopleListed(bot, asked)).toEqual(expected);
  });

  it('shows each person with the languages that are not the one named', () => {
    const lines = bot
      .answer(parseLine('who speaks a language other than english?'))
      .sections.flatMap((s) => s.bullets)
      .join('\n');
    expect(lines).toContain('3 languages: Español, Català, Euskara');
    expect(lines).toContain('2 languages: Yoruba, French');
    expect(lines).not.toMatch(/\bEnglish\b/);
  });
});
