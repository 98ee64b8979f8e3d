/**
 * A question across everyone answered by several people shows each one's answer as a few lines: an entry shown under
 * its own heading (a degree, a skill group) keeps its name there, and a line says its dates once.
 */
import { describe, expect, it } from 'vitest';
import { groupAnswers } from '../../src/core/directory-answers.js';
import { messagesFor } from '../../src/i18n/catalogue.js';
import { makeAnswer } from '../../src/model/answer.js';
import { renderTerminal } from '../../src/render/terminal.js';
import { parseLine } from '../helpers/bot.js';
import { directoryBot } from './fixture.js';

const shown = (line: string) => renderTerminal(directoryBot().answer(parseLine(line)), { color: false });

describe('answers grouped by person', () => {
  it('given "where did they study?", names each degree beside its dates, never the dates alone', () => {
    const text = shown('where did they study?');
    expect(text).toContain('B.Sc. Computer Science at Pontifícia Universidade Católica do Rio Grande do Sul (PUCRS): 2002 – 2008');
    expect(text).toContain('Ph.D. Computer Science at University of Texas at Austin: Sep 2006 – Jun 2011');
    expect(text).not.toMatch(/^ {2}• 2002 – 2008$/m);
  });

  it('given "onde eles estudaram?" in Portuguese, names each degree in Portuguese beside its dates', () => {
    const text = renderTerminal(directoryBot().answer({ ...parseLine('onde eles estudaram?'), locale: 'pt-BR' }), { color: false });
    expect(text).toContain('B.Sc. Computer Science — Pontifícia Universidade Católica do Rio Grande do Sul (PUCRS): 2002 – 2008');
    expect(text).not.toMatch(/^ {2}• 2002 – 2008$/m);
  });

  it('given "what did they do in 2015?", one person’s roles of that year each named beside its highlights', () => {
    const text = shown('what did they do in 2015?');
    expect(text).toMatch(/Senior Software Engineer · Dropbox · Jun 2015 – Jan 2020 · [^:]+: /);
  });

  it('given an entry with no dates, whose only line is its school, names it once', () => {
    const text = shown('where did they study?');
    expect(text).toContain('• Doctorado Lingüística at Universidad de Zaragoza\n');
    expect(text).not.toContain('Universidad de Zaragoza: Universidad de Zaragoza');
  });

  it('given "what are their skills?", names each skill group beside its skills', () => {
    expect(shown('what are their skills?')).toContain('Web Development: React · Next.js · Node.js · REST APIs');
  });

  it('given a role whose subtitle already gives its dates, says them once on its line', () => {
    const role = (title: string) =>
      makeAnswer({
        kind: 'result',
        title,
        subtitle: 'Bellevue, WA · Jan 2011 – Dec 2012 · 2 yrs',
        footer: 'Jan 2011 – Dec 2012 · 2 yrs',
        matches: [{ section: 'work', id: 'work-0', title }],
      });
    const grouped = groupAnswers(
      [
        { person: { id: 'a', name: 'Ana' }, answer: role('Engineer at Expedia') },
        { person: { id: 'b', name: 'Bo' }, answer: role('Architect at Expedia') },
      ],
      { command: null, query: 'expedia' },
      messagesFor(undefined),
    );
    expect(grouped.sections[0]!.bullets).toEqual(['Engineer at Expedia · Bellevue, WA · Jan 2011 – Dec 2012 · 2 yrs']);
  });
});
