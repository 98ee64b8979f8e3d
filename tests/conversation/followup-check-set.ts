/**
 * A few follow-up conversations written after the fixes the fresh set led to, from the résumés
 * alone, to check those fixes were general: new chains, a question nothing fits mid-way, and
 * another section asked along time with nothing there. Never tuned on.
 */
import type { FollowUpConversation } from './followup-set.js';
import { DROPBOX, EXPEDIA, NETFLIX, RACKSPACE, SNOWFLAKE } from '../query/titles.js';

export const FOLLOW_UPS_CHECK: readonly FollowUpConversation[] = [
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'uma habilidade que falta não apaga o papel de antes',
    turns: [
      ['o que ele fazia na expedia?', 'experience', EXPEDIA],
      ['ele sabe cobol?', 'skills', null],
      ['e depois disso?', 'experience', NETFLIX],
      ['quais projetos ele fez lá?', 'projects', 'FlameScope'],
    ],
  },
  {
    resume: 'senior-engineer',
    locale: 'pt-BR',
    name: 'prêmio antes do primeiro emprego: nenhum',
    turns: [
      ['qual foi o primeiro emprego dela?', 'experience', RACKSPACE],
      ['ela ganhou algum prêmio antes disso?', 'awards', null],
      ['e depois?', 'experience', DROPBOX],
    ],
  },
  {
    resume: 'career-changer',
    locale: 'en',
    name: 'a certificate after a volunteer role, and the one before it',
    turns: [
      ['where did he volunteer first?', 'volunteer', 'Digital Literacy Tutor at Austin Free-Net'],
      ['did he get a certificate after that?', 'certificates', 'Databases and SQL for Data Science'],
      ['and before that?', 'certificates', 'Google Data Analytics Professional Certificate'],
    ],
  },
  {
    resume: 'martin',
    locale: 'en',
    name: 'no role at a company, then back along the last one',
    turns: [
      ['what did he do at snowflake?', 'experience', SNOWFLAKE],
      ['/experience google', 'experience', null],
      ['and before that?', 'experience', NETFLIX],
    ],
  },
  {
    resume: 'sample',
    locale: 'pt-BR',
    name: 'nada a seguir antes de uma resposta',
    turns: [
      ['quando foi isso?', null, null],
      ['ele foi ceo?', 'experience', 'CEO/President at Pied Piper'],
      ['quando foi isso?', 'experience', 'CEO/President at Pied Piper'],
    ],
  },
];
