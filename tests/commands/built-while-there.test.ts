/**
 * "What projects did she do at Dropbox?": a project that names the organisation was built there; one that names
 * none and only started while a role there lasted is shown with that said, never as built there. Words beside the
 * organisation that name one of them choose it ("the continuous profiling thing he built at netflix" is FlameCloud,
 * not the first of Netflix's list).
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../helpers/bot.js';
import { botFor } from '../query/fixture-bots.js';

describe('projects at an organisation', () => {
  it('given a project of no organisation started during her Dropbox role, says it only started while she was there', () => {
    const answer = botFor('senior-engineer').answer(parseLine('what projects did she do at dropbox?'));
    expect(answer.matches.map((m) => m.title)).toEqual(['raft-lab']);
    expect(answer.subtitle).toBe('Started while at Dropbox; the résumé names no organisation for it · application');
  });

  it('given a project that names the organisation, shows who it was built for, with nothing added', () => {
    const answer = botFor('new-grad').answer(parseLine('what did she build at the university of washington?'));
    expect(answer.matches.map((m) => m.title)).toEqual(['DormSwap']);
    expect(answer.subtitle).toBe('University of Washington Capstone · application');
  });

  it('given Portuguese, says it in Portuguese', () => {
    const answer = botFor('senior-engineer').answer({ ...parseLine('quais projetos ela fez na dropbox?'), locale: 'pt-BR' });
    expect(answer.matches.map((m) => m.title)).toEqual(['raft-lab']);
    expect(answer.subtitle).toContain('Começou durante o período em Dropbox');
  });

  it.each([
    ['whats the continous profiling thing he built at netflix', 'FlameCloud'],
    ['which flame graph tool did he build at netflix?', 'd3-flame-graph'],
  ])('given words naming one of the projects built there, %s answers %s alone', (asked, title) => {
    const answer = botFor('martin').answer(parseLine(asked));
    expect(answer.matches.map((m) => m.title)).toEqual([title]);
  });

  it('given words naming none of them, lists what was built there', () => {
    const answer = botFor('martin').answer(parseLine('what cool stuff did he build at netflix?'));
    expect(answer.matches.map((m) => m.title)).toEqual(
      botFor('martin')
        .answer(parseLine('what did he build at netflix?'))
        .matches.map((m) => m.title),
    );
    expect(answer.matches.length).toBeGreaterThan(1);
  });
});
