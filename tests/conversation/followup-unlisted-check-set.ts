/**
 * Nine follow-up conversations written after the fourth follow-up set's fixes, from the résumés alone: their
 * first run is the generalisation measure; never tuned on.
 */
import { DELL, EXPEDIA, FOOD_BANK, FREE_NET, FREELANCE, LUMEN, NETFLIX, PICPAY, SALT, SNOWFLAKE, UW } from '../query/titles.js';
import type { FollowUpConversation } from './followup-set.js';

const BOUNDED = 'Bounded Staleness for Geo-Replicated Key-Value Stores';
const TIERED = 'Operating Tiered Storage at Streaming Scale';
const AWS_SA = 'AWS Certified Solutions Architect - Professional';
const VIDEO = 'Video compression for 3d media';

export const FOLLOW_UPS_UNLISTED_CHECK: readonly FollowUpConversation[] = [
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'da expedia em diante, e quanto tempo',
    turns: [
      ['ele trabalhou na expedia?', 'experience', EXPEDIA],
      ['e depois disso?', 'experience', NETFLIX],
      ['e na snowflake?', 'experience', SNOWFLAKE],
      ['quanto tempo ele ficou lá?', 'experience', SNOWFLAKE],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'antes sem nada, o atual e o anterior, uma habilidade',
    turns: [
      ['e antes?', null, null],
      ['qual o cargo atual dele?', 'experience', PICPAY],
      ['e o anterior?', 'experience', SNOWFLAKE],
      ['ele sabe kafka?', 'skills', 'Kafka'],
    ],
  },
  {
    resume: 'senior-engineer',
    locale: 'pt-BR',
    name: 'publicações para trás até nada',
    turns: [
      ['quando ela publicou sobre tiered storage?', 'publications', TIERED],
      ['e antes disso?', 'publications', BOUNDED],
      ['e antes?', 'publications', null],
    ],
  },
  {
    resume: 'career-changer',
    locale: 'en',
    name: 'from 2017 forward past the last role',
    turns: [
      ['where did he work in 2017?', 'experience', LUMEN],
      ['and after that?', 'experience', SALT],
      ['and after that?', 'experience', FREELANCE],
      ['and after that?', 'experience', null],
    ],
  },
  {
    resume: 'new-grad',
    locale: 'pt-BR',
    name: 'a formação, nada depois, nenhum emprego depois',
    turns: [
      ['onde ela estudou?', 'education', UW],
      ['e depois disso?', 'education', null],
      ['onde ela trabalhou depois disso?', 'experience', null],
    ],
  },
  {
    resume: 'sample',
    locale: 'en',
    name: 'volunteering with nothing after, then his paper and its date',
    turns: [
      ['did he volunteer?', 'volunteer', 'Teacher at CoderDojo'],
      ['and after that?', 'volunteer', null],
      ['what did he publish?', 'publications', VIDEO],
      ['when was that?', 'publications', VIDEO],
    ],
  },
  {
    resume: 'martin',
    locale: 'en',
    name: 'nothing at google to follow, then Dell forward',
    turns: [
      ['did he work at google?', 'experience', null],
      ['and before that?', null, null],
      ['what did he do at dell?', 'experience', DELL],
      ['and after that?', 'experience', EXPEDIA],
    ],
  },
  {
    resume: 'senior-engineer',
    locale: 'pt-BR',
    name: 'um certificado sem depois, prêmios em ordem',
    turns: [
      ['ela tem certificado da aws?', 'certificates', AWS_SA],
      ['e depois disso?', 'certificates', null],
      ['ela ganhou algum prêmio em 2014?', 'awards', 'Best Paper Award'],
      ['e depois?', 'awards', 'Distinguished Engineer Spotlight'],
    ],
  },
  {
    resume: 'career-changer',
    locale: 'pt-BR',
    name: 'me conta mais sem nada, voluntariado para trás e quando',
    turns: [
      ['me conta mais', null, null],
      ['ele foi voluntário no food bank?', 'volunteer', FOOD_BANK],
      ['e antes disso?', 'volunteer', FREE_NET],
      ['quando foi isso?', 'volunteer', FREE_NET],
    ],
  },
];

/** Conversations wrong on the first run, by name, run as expected failures (each turns red once right). */
export const UNLISTED_CHECK_OPEN_CONVERSATIONS: ReadonlySet<string> = new Set<string>([]);
