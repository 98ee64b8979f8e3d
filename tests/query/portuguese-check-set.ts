/**
 * A small Portuguese check set written after the fixes the fresh set (portuguese-fresh-set.ts)
 * led to, from the résumés alone, to see that those fixes were general rules and not fitted to
 * the questions that prompted them: new wordings, new résumé entries, new no-fit traps. Labels
 * follow tests/heldout/README.md. Never tuned on: a miss here is reported, not fixed by a
 * special case.
 */
import { of } from './portuguese-fresh-set.js';
import type { PortugueseQuestion } from './portuguese-set.js';

export const PORTUGUESE_CHECK: readonly PortugueseQuestion[] = [
  ...of('martin')([
    ['ele já foi arquiteto na netflix?', 'experience', 'Performance Architect at Netflix'],
    ['ele foi vp?', 'experience', 'VP, Platform Engineering at PicPay'],
    ['ele ja foi diretor?', 'experience', null],
    ['ele sabe francês?', 'languages', null],
    ['ele conhece kubernetes?', 'skills', 'Kubernetes'],
    ['ele manja de gestão de mudanças?', 'skills', 'Change Management'],
    ['ele sabe gestão de fornecedores?', 'skills', 'Vendor Management'],
    ['onde ele trampava em 2014?', 'experience', 'Performance Architect at Netflix'],
    ['qual o telefone do richard?', 'contact', null],
    ['quem é o erlich bachman?', 'about', null],
    ['ele fez mestrado?', 'education', null],
    ['ele trabalhou num banco?', 'experience', null],
    ['o que é o slalom?', 'projects', 'Slalom'],
    ['ele ja trabalhou na snowflake?', 'experience', 'Performance Architect at Snowflake'],
  ]),
  ...of('career-changer')([
    ['ele foi supervisor?', 'experience', 'Shift Supervisor at Café Lumen'],
    ['ele sabe inglês?', 'languages', 'English'],
    ['ele foi voluntário?', 'volunteer', 'Data Volunteer at Central Texas Food Bank'],
    ['ele manja de dbt?', 'skills', 'dbt'],
    ['ele sabe alemão?', 'languages', null],
    ['qual o email da priya?', 'contact', null],
    ['ele tem certificado de tableau?', 'certificates', 'Tableau Desktop Specialist'],
  ]),
  ...of('new-grad')([
    ['ela foi estagiária na outreach?', 'experience', 'Software Engineering Intern at Outreach'],
    ['ela sabe igbo?', 'languages', 'Igbo'],
    ['ela sabe go?', 'skills', 'Go'],
    ['ela fala japonês?', 'languages', null],
    ['ela tem bacharelado em quê?', 'education', 'Bachelor of Science Computer Science at University of Washington'],
    ['ela foi ceo?', 'experience', null],
  ]),
  ...of('senior-engineer')([
    ['ela sabe português?', 'languages', 'Portuguese'],
    ['ela foi engenheira na dropbox?', 'experience', 'Senior Software Engineer at Dropbox'],
    ['ela foi gerente?', 'experience', null],
    ['ela manja de prometheus?', 'skills', 'Prometheus'],
    ['ela tem doutorado?', 'education', 'Ph.D. Computer Science at University of Texas at Austin'],
    ['ela é voluntária?', 'volunteer', null],
  ]),
  ...of('sample')([
    ['ele foi presidente?', 'experience', 'CEO/President at Pied Piper'],
    ['ele sabe inglês?', 'languages', 'English'],
    ['ele sabe espanhol?', 'languages', null],
    ['ele foi professor?', 'volunteer', 'Teacher at CoderDojo'],
  ]),
];
