/**
 * Facts a résumé has no place for: "what was Ana's salary at Lingo Labs?" answered the Lingo Labs role, "is she open
 * to relocating?" her profile, and across everyone "who was born in brazil?" whoever lives there. Asked for pay, age,
 * birth, relocation, a visa, family or faith, the answer now says the résumé does not say it, in the asker's language;
 * nobody fits across everyone. A résumé whose own words say it is asked about them as before, and a word of the same
 * letters that means something else ("Pic Pay", "earned a doctorate") is read as it was.
 */
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { parseResume } from '../../src/resume/load.js';
import { directoryBot } from '../directory/fixture.js';
import { FIXED_NOW, parseLine } from '../helpers/bot.js';
import { botFor } from './fixture-bots.js';

const asked = (id: string, line: string, locale?: string) => botFor(id).answer({ ...parseLine(line), ...(locale ? { locale } : {}) });

describe('a fact no résumé records', () => {
  it.each([
    ['edge', "what was Ana's salary at Lingo Labs?", 'Pay is not on the résumé'],
    ['career-changer', 'what salary is daniel expecting for the analyst role?', 'Pay is not on the résumé'],
    ['senior-engineer', 'how much does she earn at confluent?', 'Pay is not on the résumé'],
    ['new-grad', 'how old is maya?', 'Age is not on the résumé'],
    ['sample', 'where was richard born?', 'Where and when they were born is not on the résumé'],
    ['sample', 'is Richard open to relocating?', 'Willingness to relocate is not on the résumé'],
    ['martin-alvarez', 'does he need visa sponsorship?', 'Work authorisation is not on the résumé'],
    ['awkward', 'is jordan married?', 'Family status is not on the résumé'],
  ])('given %s asked "%s", answers that the résumé does not say, and no entry', (id, line, title) => {
    const answer = asked(id, line);
    expect(answer.kind).toBe('empty');
    expect(answer.title).toBe(title);
    expect(answer.matches).toEqual([]);
    expect(answer.body).toContain('résumé does not say');
  });

  it('given the question in Portuguese, answers so in Portuguese', () => {
    const answer = asked('edge', 'qual o salário dela na lingo labs?', 'pt-BR');
    expect(answer.kind).toBe('empty');
    expect(answer.title).toBe('Salário não consta do currículo');
  });

  it('given words of the same letters that ask something else, answers as before', () => {
    expect(asked('martin', 'what did he do at pic pay').matches[0]?.title).toBe('VP, Platform Engineering at PicPay');
    expect(asked('senior-engineer', 'has she earned a doctorate?').matches[0]?.section).toBe('education');
  });

  it('given a résumé whose own words say it, asks about them', () => {
    const resume = parseResume(
      { basics: { name: 'Ada Lane' }, work: [{ name: 'Globex', position: 'Compensation Analyst', startDate: '2019' }] },
      'ada.json',
    );
    const bot = createBot({ resume, aliases: loadAliasesFile('data/aliases.json'), clock: () => FIXED_NOW });
    expect(bot.answer(parseLine('has she worked on compensation?')).matches[0]?.title).toBe('Compensation Analyst at Globex');
  });

  it('given across everyone, nobody fits', () => {
    for (const line of ['who was born in brazil?', 'who is open to relocation?', 'who earns more than 100k?']) {
      const answer = directoryBot().answer(parseLine(line));
      expect(answer.kind, line).toBe('empty');
      expect(answer.matches, line).toEqual([]);
    }
  });
});
