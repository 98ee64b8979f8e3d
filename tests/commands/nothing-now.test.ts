/**
 * "Where does he work now?", "is he volunteering now?" of someone whose entries have all ended: the most recent one,
 * said to be over, never shown as today's; one listed without dates is said to have none; someone still there is
 * answered as before.
 */
import { describe, expect, it } from 'vitest';
import { botFor } from '../query/fixture-bots.js';
import { parseLine } from '../helpers/bot.js';

describe('nothing now', () => {
  it.each([
    ['career-changer', 'where does he work now?', 'No current role; the most recent: Data Analyst (Contract) at Freelance'],
    ['sample', 'what is his current title?', 'No current role; the most recent: CEO/President at Pied Piper'],
    [
      'career-changer',
      'is he currently volunteering?',
      'No current volunteer role; the most recent: Data Volunteer at Central Texas Food Bank',
    ],
  ])('given %s, answers "%s" with the last one, said to be over', (resume, asked, title) => {
    const answer = botFor(resume).answer(parseLine(asked));
    expect(answer.title).toBe(title);
    expect(answer.matches).toHaveLength(1);
  });

  it('given a volunteer role listed without dates, answers "is he volunteering now?" with it, said to be undated', () => {
    // Neither over nor under way: the résumé gives no dates, so "no current role" would say more than it does.
    const answer = botFor('martin-alvarez').answer(parseLine('is he volunteering now?'));
    expect(answer.title).toBe('No dates given: Tutor de lectura at Biblioteca de Aragón');
    expect(answer.matches).toHaveLength(1);
  });

  it('given someone still in a role, answers "where does she work now?" with it, as current', () => {
    const answer = botFor('senior-engineer').answer(parseLine('where does she work now?'));
    expect(answer.title).toBe('Staff Software Engineer at Confluent');
  });

  it('given Portuguese, says it in Portuguese', () => {
    const answer = botFor('career-changer').answer({ ...parseLine('onde ele trabalha agora?'), locale: 'pt-BR' });
    expect(answer.title).toMatch(/^Nenhum cargo atual; o mais recente: /);
  });
});
