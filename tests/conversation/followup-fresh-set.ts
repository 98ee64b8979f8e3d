/**
 * A second set of follow-up conversations, written from the résumés alone before the code it
 * measures changed (never from the held-out sets), in Portuguese and English: chains along
 * time, "there" and "that", a question nothing fits in the middle of a conversation (what was
 * answered before it is still what a follow-up leans on), "before/after" asked of another
 * section that has nothing there, openers with nothing to follow, and changes of subject.
 */
import type { FollowUpConversation } from './followup-set.js';
import {
  ALLEN,
  BSC,
  CONFLUENT,
  DELL,
  DROPBOX,
  EXPEDIA,
  FOOD_BANK,
  FREE_NET,
  LENA_PHD,
  LUMEN,
  NETFLIX,
  OUTREACH,
  PICPAY,
  PIED_PIPER,
  RACKSPACE,
  SALT,
  SNOWFLAKE,
} from '../query/titles.js';

export const FOLLOW_UPS_FRESH: readonly FollowUpConversation[] = [
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'na netflix, antes, depois e o que fez lá',
    turns: [
      ['o que ele fez na netflix?', 'experience', NETFLIX],
      ['e antes disso?', 'experience', EXPEDIA],
      ['e depois?', 'experience', NETFLIX],
      ['quais projetos ele fez lá?', 'projects', 'FlameScope'],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'nada a seguir, depois uma pergunta de verdade',
    turns: [
      ['e antes disso?', null, null],
      ['o que ele fez lá?', null, null],
      ['ele manja de kafka?', 'skills', 'Kafka'],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'o atual, quando, e a expedia',
    turns: [
      ['onde ele trabalha hoje?', 'experience', PICPAY],
      ['quando foi isso?', 'experience', PICPAY],
      ['e a expedia?', 'experience', EXPEDIA],
      ['me conta mais', 'experience', EXPEDIA],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'uma pergunta sem resposta no meio não apaga a conversa',
    turns: [
      ['o que ele fez na dell?', 'experience', DELL],
      ['ele trabalhou no google?', 'experience', null],
      ['e depois disso?', 'experience', EXPEDIA],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'da formação para o trabalho',
    turns: [
      ['onde ele estudou?', 'education', BSC],
      ['e onde ele trabalhou depois?', 'experience', EXPEDIA],
      ['e antes disso?', 'experience', DELL],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'formação antes do primeiro emprego: nenhuma',
    turns: [
      ['qual foi o primeiro emprego dele?', 'experience', DELL],
      ['e onde ele estudou antes disso?', 'education', null],
      ['quando foi isso?', 'experience', DELL],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'depois do atual não há nada, e antes sim',
    turns: [
      ['o que ele fez na snowflake?', 'experience', SNOWFLAKE],
      ['e depois?', 'experience', PICPAY],
      ['e depois?', 'experience', null],
      ['e antes disso?', 'experience', SNOWFLAKE],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'habilidades, e mudança de assunto',
    turns: [
      ['ele sabe kubernetes?', 'skills', 'Kubernetes'],
      ['e aws?', 'skills', 'AWS'],
      ['onde ele estudou?', 'education', BSC],
      ['quando foi isso?', 'education', BSC],
    ],
  },
  {
    resume: 'senior-engineer',
    locale: 'pt-BR',
    name: 'antes da confluent, lá, e de volta',
    turns: [
      ['onde ela trabalhou antes da confluent?', 'experience', DROPBOX],
      ['o que ela fez lá?', 'experience', DROPBOX],
      ['e antes?', 'experience', RACKSPACE],
      ['e a confluent?', 'experience', CONFLUENT],
    ],
  },
  {
    resume: 'career-changer',
    locale: 'pt-BR',
    name: 'voluntariado, antes, quando',
    turns: [
      ['ele fez voluntariado?', 'volunteer', FOOD_BANK],
      ['e antes disso?', 'volunteer', FREE_NET],
      ['quando foi isso?', 'volunteer', FREE_NET],
    ],
  },
  {
    resume: 'senior-engineer',
    locale: 'en',
    name: 'from the doctorate along her roles',
    turns: [
      ['where did she study?', 'education', LENA_PHD],
      ['and where did she work after that?', 'experience', RACKSPACE],
      ['and after that?', 'experience', DROPBOX],
      ['and then?', 'experience', CONFLUENT],
    ],
  },
  {
    resume: 'senior-engineer',
    locale: 'en',
    name: 'an award after a role, then the one before it',
    turns: [
      ['where does she work now?', 'experience', CONFLUENT],
      ['did she win any award after that?', 'awards', 'Distinguished Engineer Spotlight'],
      ['and before that?', 'awards', 'Best Paper Award'],
    ],
  },
  {
    resume: 'new-grad',
    locale: 'en',
    name: 'no award before her first internship, then her next role',
    turns: [
      ['what was her first job?', 'experience', ALLEN],
      ['did she win an award before that?', 'awards', null],
      ['and after that?', 'experience', OUTREACH],
    ],
  },
  {
    resume: 'martin',
    locale: 'en',
    name: 'a qualified skill he lacks between two he has',
    turns: [
      ['does he know kafka?', 'skills', 'Kafka'],
      ['and kafka streams?', 'skills', null],
      ['and kong?', 'skills', 'Kong'],
    ],
  },
  {
    resume: 'career-changer',
    locale: 'en',
    name: 'a restaurant, before it, and the food bank',
    turns: [
      ['what did he do at the restaurant group?', 'experience', SALT],
      ['and before that?', 'experience', LUMEN],
      ['when was that?', 'experience', LUMEN],
      ['and the food bank?', 'volunteer', FOOD_BANK],
    ],
  },
  {
    resume: 'martin',
    locale: 'en',
    name: 'openers with nothing to follow, then a real chain',
    turns: [
      ['tell me more', null, null],
      ['where did he work before that?', null, null],
      ['what did he do at expedia?', 'experience', EXPEDIA],
      ['and after that?', 'experience', NETFLIX],
    ],
  },
  {
    resume: 'sample',
    locale: 'en',
    name: 'an opener nothing fits leaves nothing to follow',
    turns: [
      ['did he work at hooli?', 'experience', null],
      ['and before that?', null, null],
      ['what did he do at pied piper?', 'experience', PIED_PIPER],
      ['and after that?', 'experience', null],
    ],
  },
  {
    resume: 'new-grad',
    locale: 'pt-BR',
    name: 'estágios em ordem',
    turns: [
      ['onde ela estagiou?', 'experience', OUTREACH],
      ['e antes disso?', 'experience', ALLEN],
      ['e depois?', 'experience', OUTREACH],
    ],
  },
];
