/**
 * A third set of follow-up conversations, written from the résumés alone before the code it
 * measures changed: openers with nothing to follow, "e antes disso?", "e depois?", "quando foi
 * isso?", "o que ele fez lá?", "me conta mais", along sections other than work, and topic
 * switches, in Portuguese and English. Labels follow tests/heldout/README.md.
 */
import {
  ALLEN,
  BSC,
  CONFLUENT,
  DELL,
  DROPBOX,
  EXPEDIA,
  FOOD_BANK,
  FREE_NET,
  NETFLIX,
  OUTREACH,
  PICPAY,
  PIED_PIPER,
  PM,
  RACKSPACE,
  SNOWFLAKE,
  UW,
} from '../query/titles.js';
import type { FollowUpConversation } from './followup-set.js';

const OKLAHOMA = 'Bachelor Information Technology at University of Oklahoma';
const BOUNDED = 'Bounded Staleness for Geo-Replicated Key-Value Stores';
const TIERED = 'Operating Tiered Storage at Streaming Scale';

export const FOLLOW_UPS_OWN: readonly FollowUpConversation[] = [
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'nada antes, depois 2015 e o papel anterior',
    turns: [
      ['e antes disso?', null, null],
      ['onde ele trabalhou em 2015?', 'experience', NETFLIX],
      ['e antes disso?', 'experience', EXPEDIA],
      ['quanto tempo ele ficou lá?', 'experience', EXPEDIA],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'do atual para trás',
    turns: [
      ['qual o emprego atual dele?', 'experience', PICPAY],
      ['e antes?', 'experience', SNOWFLAKE],
      ['e antes disso?', 'experience', NETFLIX],
      ['o que ele fez lá?', 'experience', NETFLIX],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'de 2008 para a frente',
    turns: [
      ['onde ele trabalhava em 2008?', 'experience', DELL],
      ['e depois?', 'experience', EXPEDIA],
      ['quando foi isso?', 'experience', EXPEDIA],
      ['me conta mais', 'experience', EXPEDIA],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'me conta mais sem nada, depois habilidades',
    turns: [
      ['me conta mais', null, null],
      ['ele sabe kafka?', 'skills', 'Kafka'],
      ['e kubernetes?', 'skills', 'Kubernetes'],
      ['e terraform?', 'skills', null],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'do trabalho para a formação',
    turns: [
      ['o que ele fazia na netflix?', 'experience', NETFLIX],
      ['onde ele estudou?', 'education', BSC],
      ['e depois disso?', 'education', PM],
      ['quando foi isso?', 'education', PM],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'duas aberturas sem nada, depois o primeiro emprego',
    turns: [
      ['quando foi isso?', null, null],
      ['e depois?', null, null],
      ['qual foi o primeiro emprego dele?', 'experience', DELL],
      ['e o seguinte?', 'experience', EXPEDIA],
    ],
  },
  {
    resume: 'senior-engineer',
    locale: 'pt-BR',
    name: 'para trás até o começo, depois idiomas',
    turns: [
      ['onde ela trabalhou em 2016?', 'experience', DROPBOX],
      ['e antes disso?', 'experience', RACKSPACE],
      ['e antes disso?', 'experience', null],
      ['ela fala espanhol?', 'languages', 'Spanish'],
    ],
  },
  {
    resume: 'senior-engineer',
    locale: 'pt-BR',
    name: 'prêmios ao longo do tempo',
    turns: [
      ['qual prêmio ela ganhou em 2014?', 'awards', 'Best Paper Award'],
      ['e depois disso?', 'awards', 'Distinguished Engineer Spotlight'],
      ['quando foi isso?', 'awards', 'Distinguished Engineer Spotlight'],
    ],
  },
  {
    resume: 'career-changer',
    locale: 'pt-BR',
    name: 'voluntariado e depois uma habilidade',
    turns: [
      ['onde ele foi voluntário em 2023?', 'volunteer', FREE_NET],
      ['e depois?', 'volunteer', FOOD_BANK],
      ['o que ele fez lá?', 'volunteer', FOOD_BANK],
      ['ele sabe python?', 'skills', 'Python'],
    ],
  },
  {
    resume: 'new-grad',
    locale: 'pt-BR',
    name: 'estágios em ordem e uma habilidade',
    turns: [
      ['onde ela estagiou em 2023?', 'experience', ALLEN],
      ['e depois disso?', 'experience', OUTREACH],
      ['me conta mais', 'experience', OUTREACH],
      ['ela sabe go?', 'skills', 'Go'],
    ],
  },
  {
    resume: 'sample',
    locale: 'pt-BR',
    name: 'nada antes do único emprego, e a formação',
    turns: [
      ['o que ele fazia na pied piper?', 'experience', PIED_PIPER],
      ['e antes disso?', 'experience', null],
      ['onde ele estudou?', 'education', OKLAHOMA],
      ['quando foi isso?', 'education', OKLAHOMA],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'sim ou não, e outra empresa',
    turns: [
      ['ele trabalhou na netflix?', 'experience', NETFLIX],
      ['quando foi isso?', 'experience', NETFLIX],
      ['e na expedia?', 'experience', EXPEDIA],
      ['e no google?', 'experience', null],
    ],
  },
  {
    resume: 'martin',
    locale: 'en',
    name: 'nothing before, then 2010 onwards',
    turns: [
      ['and before that?', null, null],
      ['where did he work in 2010?', 'experience', DELL],
      ['and after that?', 'experience', EXPEDIA],
      ['tell me more', 'experience', EXPEDIA],
    ],
  },
  {
    resume: 'martin',
    locale: 'en',
    name: 'the current role, then skills',
    turns: [
      ['what does he do now?', 'experience', PICPAY],
      ['when was that?', 'experience', PICPAY],
      ['does he know kubernetes?', 'skills', 'Kubernetes'],
      ['and cobol?', 'skills', null],
    ],
  },
  {
    resume: 'senior-engineer',
    locale: 'en',
    name: 'papers along time',
    turns: [
      ['what did she publish in 2014?', 'publications', BOUNDED],
      ['and after that?', 'publications', TIERED],
      ['when was that?', 'publications', TIERED],
      ['and before that?', 'publications', BOUNDED],
    ],
  },
  {
    resume: 'career-changer',
    locale: 'en',
    name: 'certificates in order, past the last',
    turns: [
      ['which certificate did he get first?', 'certificates', 'Google Data Analytics Professional Certificate'],
      ['and the next one?', 'certificates', 'Databases and SQL for Data Science'],
      ['and after that?', 'certificates', 'Tableau Desktop Specialist'],
      ['and after that?', 'certificates', null],
    ],
  },
  {
    resume: 'new-grad',
    locale: 'en',
    name: 'nothing to tell more of, then her degree and an award',
    turns: [
      ['tell me more', null, null],
      ['where did she study?', 'education', UW],
      ['and after that?', 'education', null],
      ['did she win anything?', 'awards', "Dean's List"],
    ],
  },
  {
    resume: 'senior-engineer',
    locale: 'pt-BR',
    name: 'o atual, quando, e antes',
    turns: [
      ['onde ela trabalha hoje?', 'experience', CONFLUENT],
      ['desde quando?', 'experience', CONFLUENT],
      ['e antes disso?', 'experience', DROPBOX],
    ],
  },
];
