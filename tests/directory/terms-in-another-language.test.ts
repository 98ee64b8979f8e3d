/**
 * Ana's résumé says "Banco de Alimentos", and "who has volunteered at a food bank?" missed her, as did "what did she do
 * at the food bank?" asked of her alone; the Portuguese "banco de alimentos" was read as "food bank" and missed her
 * too. A term of several words the catalogues' glossaries translate ("banco de alimentos" = food bank, "ciência da
 * computação" = computer science) is another name of its English, so a résumé written in that language (or in one
 * that spells it alike) says what an English question asks.
 */
import { describe, expect, it } from 'vitest';
import { emptyAliases } from '../../src/query/aliases.js';
import { withTermsTranslated } from '../../src/query/language.js';
import { parseLine } from '../helpers/bot.js';
import { botFor } from '../query/fixture-bots.js';
import { directoryBot, peopleListed, SIX } from './fixture.js';

const bot = directoryBot([...SIX, 'edge']);

describe('a term of several words in another language', () => {
  it('is another name of its English, and no word alone is', () => {
    const same = withTermsTranslated(emptyAliases).same;
    expect(same.get('food bank')).toContain('banco de alimentos');
    expect(same.get('computer science')).toContain('ciencia da computacao');
    expect(same.get('data')).toBeUndefined();
  });

  it.each([
    ['who has volunteered at a food bank?', ['career-changer', 'edge']],
    ['quem já fez voluntariado em banco de alimentos?', ['career-changer', 'edge']],
  ])('given "%s", lists exactly %j', (asked, expected) => {
    expect(peopleListed(bot, asked)).toEqual(expected);
  });

  it("given one person's English question, answers her entry named in Spanish", () => {
    expect(botFor('edge').answer(parseLine('what did she do at the food bank?')).matches[0]?.title).toBe(
      'Logistics Volunteer at Banco de Alimentos',
    );
  });
});
