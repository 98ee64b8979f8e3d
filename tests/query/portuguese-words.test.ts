/**
 * Portuguese words for a job and a place of work read as their English: "ele já foi caixa?" (was he a cashier?) is
 * Jordan's role as Cashier, "ele trabalhou num banco?" (did he work at a bank?) his role at Northwind Bank; a résumé
 * without a bank has none. "Banco de dados" is still databases. "Projeto próprio" is a side project and "linha de comando"
 * the command line: "ele tem algum projeto próprio? tipo alguma ferramenta de linha de comando" looked for "próprio tipo
 * linha".
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'awkward', ask: 'ele já foi caixa?', command: 'experience', first: 'Cashier at Corner Shop' },
  { resume: 'awkward', ask: 'ele trabalhou num banco?', command: 'experience', first: 'Senior Platform Engineer at Northwind Bank' },
  { resume: 'awkward', ask: 'ele sabe banco de dados?', command: 'skills', first: 'PostgreSQL' },
  { resume: 'senior-engineer', ask: 'ela trabalhou num banco?', command: 'experience', first: null },
  // A project of one's own is a side project; "linha de comando" is the command line.
  {
    resume: 'awkward',
    ask: 'ele tem algum projeto próprio? tipo alguma ferramenta de linha de comando',
    command: 'projects',
    first: 'batchctl',
  },
];

describe('portuguese words for jobs and workplaces', () => {
  specsFor('portuguese words for jobs and workplaces', ASKED, new Set());
});
