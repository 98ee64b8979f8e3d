/**
 * Questions in Brazilian Portuguese, written for tuning (never the held-out set's): slash
 * commands and free text, with and without accents, over Martin's résumé and an example
 * résumé, and questions nothing fits, which get no result as in English.
 */
import { describe, expect, it } from 'vitest';
import { outcome } from '../helpers/labelled.js';
import { botFor } from '../query/fixture-bots.js';
import type { PortugueseQuestion } from '../query/portuguese-set.js';

type Question = PortugueseQuestion;

const NETFLIX = 'Performance Architect at Netflix';
const PICPAY = 'VP, Platform Engineering at PicPay';
const EXPEDIA = 'Performance Engineer at Expedia';
const DELL = 'Performance Engineer at Dell';
const BSC = 'B.Sc. Computer Science at Pontifícia Universidade Católica do Rio Grande do Sul (PUCRS)';

const QUESTIONS: readonly Question[] = [
  { resume: 'martin', ask: 'onde ele trabalhou em 2015?', command: 'experience', first: NETFLIX },
  { resume: 'martin', ask: 'onde ele trabalhava em 2008', command: 'experience', first: DELL },
  { resume: 'martin', ask: 'o que ele fez na netflix?', command: 'experience', first: NETFLIX },
  { resume: 'martin', ask: 'O QUE ELE FEZ NA NETFLIX', command: 'experience', first: NETFLIX },
  { resume: 'martin', ask: 'ele trabalhou na expedia?', command: 'experience', first: EXPEDIA },
  { resume: 'martin', ask: 'experiência na picpay', command: 'experience', first: PICPAY },
  { resume: 'martin', ask: 'experiencia na picpay', command: 'experience', first: PICPAY },
  { resume: 'martin', ask: 'qual é o emprego atual dele?', command: 'experience', first: PICPAY },
  { resume: 'martin', ask: 'qual e o emprego atual dele', command: 'experience', first: PICPAY },
  { resume: 'martin', ask: 'onde ele trabalha atualmente?', command: 'experience', first: PICPAY },
  { resume: 'martin', ask: 'qual foi o cargo dele depois da expedia?', command: 'experience', first: NETFLIX },
  { resume: 'martin', ask: 'e o que ele fazia antes do snowflake?', command: 'experience', first: NETFLIX },
  { resume: 'martin', ask: 'ele sabe kubernetes?', command: 'skills', first: 'Kubernetes' },
  { resume: 'martin', ask: 'ele conhece kafka?', command: 'skills', first: 'Kafka' },
  { resume: 'martin', ask: 'quais são as habilidades dele?', command: 'skills', includes: 'Technical Skills' },
  { resume: 'martin', ask: 'formação', command: 'education', includes: BSC },
  { resume: 'martin', ask: 'formacao', command: 'education', includes: BSC },
  { resume: 'martin', ask: 'onde ele se formou?', command: 'education', includes: BSC },
  { resume: 'martin', ask: 'contato', command: 'contact', first: 'Martin Spier' },
  { resume: 'martin', ask: 'qual é o email dele?', command: 'contact', first: 'Martin Spier' },
  { resume: 'martin', ask: 'quais projetos ele criou na netflix?', command: 'projects', includes: 'FlameScope' },
  { resume: 'martin', ask: 'me fale sobre o projeto flamescope', command: 'projects', first: 'FlameScope' },
  { resume: 'martin', ask: 'quem é martin spier?', command: 'about', first: 'Martin Spier' },
  { resume: 'martin', ask: 'quem e martin spier', command: 'about', first: 'Martin Spier' },
  { resume: 'martin', ask: '/experience atual', command: 'experience', first: PICPAY },
  { resume: 'martin', ask: '/experience antes da netflix', command: 'experience', first: EXPEDIA },
  { resume: 'martin', ask: '/experience depois da dell', command: 'experience', first: EXPEDIA },
  { resume: 'martin', ask: '/resume o que ele fez na netflix?', command: 'experience', first: NETFLIX },
  { resume: 'martin', ask: '/resume ele sabe kubernetes?', command: 'skills', first: 'Kubernetes' },
  // Nothing fits: no result, never the least-bad entry.
  { resume: 'martin', ask: 'ele trabalhou no google?', command: 'experience', first: null },
  { resume: 'martin', ask: 'ele sabe cobol?', command: 'skills', first: null },
  { resume: 'martin', ask: 'quem é lena vasquez?', command: 'about', first: null },
  { resume: 'martin', ask: 'ele ganhou algum prêmio?', command: 'awards', first: null },
  { resume: 'martin', ask: 'ele fala espanhol?', command: 'languages', first: null },
  { resume: 'martin', ask: 'onde ele trabalhou em 1999?', command: 'experience', first: null },
  // An example résumé.
  { resume: 'career-changer', ask: 'onde ele trabalhou em 2017?', command: 'experience', first: 'Shift Supervisor at Café Lumen' },
  { resume: 'career-changer', ask: 'ele sabe python?', command: 'skills', first: 'Python' },
  {
    resume: 'career-changer',
    ask: 'formação',
    command: 'education',
    first: 'Associate of Applied Science Business Administration at Austin Community College',
  },
  { resume: 'career-changer', ask: 'quem é daniel reyes?', command: 'about', first: 'Daniel Reyes' },
  { resume: 'career-changer', ask: 'ele sabe java?', command: 'skills', first: null },
  { resume: 'career-changer', ask: 'quem é martin spier?', command: 'about', first: null },
];

describe('questions in Portuguese', () => {
  it.each(QUESTIONS)('given "$ask" of $resume, answers with $command', (question) => {
    const got = outcome(botFor(question.resume), question.ask);
    expect(got.command).toBe(question.command);
    if (question.first === null) expect(got.titles).toEqual([]);
    else if (question.first !== undefined) expect(got.first).toBe(question.first);
    if (question.includes) expect(got.titles).toContain(question.includes);
  });

  it('given an English question with Portuguese-looking words, reads it as written', () => {
    expect(outcome(botFor('martin'), 'what did he do at netflix?').first).toBe(NETFLIX);
    expect(outcome(botFor('martin'), '/experience before netflix').first).toBe(EXPEDIA);
  });
});
