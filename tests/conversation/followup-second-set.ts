/**
 * Eight follow-up conversations written after the fixes the third follow-up set led to, from the
 * résumés alone: their first run is the generalisation measure; never tuned on.
 */
import { BSC, CONFLUENT, DELL, DROPBOX, EXPEDIA, NETFLIX, PM, RACKSPACE, SNOWFLAKE, UW } from '../query/titles.js';
import type { FollowUpConversation } from './followup-set.js';

export const FOLLOW_UPS_SECOND: readonly FollowUpConversation[] = [
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'o que fez lá sem nada, depois 2018 em diante',
    turns: [
      ['o que ele fez lá?', null, null],
      ['onde ele trabalhava em 2018?', 'experience', NETFLIX],
      ['e depois disso?', 'experience', SNOWFLAKE],
      ['quanto tempo ele ficou lá?', 'experience', SNOWFLAKE],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'nada antes do primeiro emprego, depois a formação',
    turns: [
      ['qual foi o primeiro emprego dele?', 'experience', DELL],
      ['e antes disso?', 'experience', null],
      ['onde ele estudou?', 'education', BSC],
      ['e depois?', 'education', PM],
    ],
  },
  {
    resume: 'senior-engineer',
    locale: 'pt-BR',
    name: 'o atual, o anterior, e um lugar onde não trabalhou',
    turns: [
      ['ela trabalha na confluent?', 'experience', CONFLUENT],
      ['e antes?', 'experience', DROPBOX],
      ['o que ela fez lá?', 'experience', DROPBOX],
      ['e no google?', 'experience', null],
    ],
  },
  {
    resume: 'career-changer',
    locale: 'pt-BR',
    name: 'certificados em ordem',
    turns: [
      ['qual certificado ele tirou primeiro?', 'certificates', 'Google Data Analytics Professional Certificate'],
      ['e depois?', 'certificates', 'Databases and SQL for Data Science'],
      ['quando foi isso?', 'certificates', 'Databases and SQL for Data Science'],
    ],
  },
  {
    resume: 'new-grad',
    locale: 'pt-BR',
    name: 'depois sem nada, habilidades e a formação',
    turns: [
      ['e depois disso?', null, null],
      ['ela sabe python?', 'skills', 'Python'],
      ['e rust?', 'skills', null],
      ['onde ela estudou?', 'education', UW],
    ],
  },
  {
    resume: 'martin',
    locale: 'en',
    name: 'from Expedia forward',
    turns: [
      ['what did he do at expedia?', 'experience', EXPEDIA],
      ['and after that?', 'experience', NETFLIX],
      ['and after that?', 'experience', SNOWFLAKE],
      ['when was that?', 'experience', SNOWFLAKE],
    ],
  },
  {
    resume: 'sample',
    locale: 'en',
    name: 'nothing to date, then his one award and nothing before it',
    turns: [
      ['when was that?', null, null],
      ['what award did he win?', 'awards', 'Digital Compression Pioneer Award'],
      ['and before that?', 'awards', null],
    ],
  },
  {
    resume: 'senior-engineer',
    locale: 'en',
    name: 'a year, the next role, then spoken languages',
    turns: [
      ['where did she work in 2012?', 'experience', RACKSPACE],
      ['and after that?', 'experience', DROPBOX],
      ['does she speak portuguese?', 'languages', 'Portuguese'],
      ['and french?', 'languages', null],
    ],
  },
];

/** Conversations the first run got wrong, by name, run as expected failures (each turns red once answered). */
export const SECOND_OPEN_CONVERSATIONS: ReadonlySet<string> = new Set<string>([]);
