/**
 * Follow-up conversations written for tuning (never the held-out set's), in English and
 * Portuguese: chains of turns that lean on the answer before, follow-ups with nothing to
 * follow, questions that change the subject and are no follow-up at all, and a directory of
 * people where the person carries over. Each turn: what is asked, the command that should
 * answer and the first result's title (null: no result; a null command too: the bot asks what
 * the follow-up refers to).
 */

import {
  ALLEN,
  BSC,
  CONFLUENT,
  DELL,
  DROPBOX,
  EXPEDIA,
  FOOD_BANK,
  FREELANCE,
  FREE_NET,
  LENA_BS,
  LENA_PHD,
  LUMEN,
  NETFLIX,
  OUTREACH,
  PICPAY,
  PIED_PIPER,
  RACKSPACE,
  SALT,
  SNOWFLAKE,
  UW,
} from '../query/titles.js';

export type Turn = readonly [ask: string, command: string | null, first: string | null];

export interface FollowUpConversation {
  /** A résumé id (tests/query/fixture-bots.ts), or `directory` for all five people at once. */
  readonly resume: string;
  readonly locale: 'en' | 'pt-BR';
  readonly name: string;
  readonly turns: readonly Turn[];
}

const NONE: Turn[1] = null;

export const FOLLOW_UPS: readonly FollowUpConversation[] = [
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'em seguida, logo antes, e onde ele tava',
    turns: [
      ['ele trabalhou na netflix?', 'experience', NETFLIX],
      ['e em seguida?', 'experience', SNOWFLAKE],
      ['e logo antes?', 'experience', NETFLIX],
      ['e antes disso onde ele tava?', 'experience', EXPEDIA],
    ],
  },
  // Martin, in English
  {
    resume: 'martin',
    locale: 'en',
    name: 'forward from the first job',
    turns: [
      ['what was his first job?', 'experience', DELL],
      ['and after that?', 'experience', EXPEDIA],
      ['what came next?', 'experience', NETFLIX],
      ['and then?', 'experience', SNOWFLAKE],
    ],
  },
  {
    resume: 'martin',
    locale: 'en',
    name: 'nothing after the current role',
    turns: [
      ['where does he work now?', 'experience', PICPAY],
      ['and after that?', 'experience', null],
      ['and before?', 'experience', SNOWFLAKE],
    ],
  },
  {
    resume: 'martin',
    locale: 'en',
    name: 'what he built at a place, then one of those',
    turns: [
      ['what did he do at netflix?', 'experience', NETFLIX],
      ['which projects did he build there?', 'projects', 'FlameScope'],
      ['tell me more about it', 'projects', 'FlameScope'],
    ],
  },
  {
    resume: 'martin',
    locale: 'en',
    name: 'questions that change the subject are no follow-ups',
    turns: [
      ['what did he do at expedia?', 'experience', EXPEDIA],
      ['does he know kafka?', 'skills', 'Kafka'],
      ['what did he do at dell?', 'experience', DELL],
      ['where did he study?', 'education', BSC],
    ],
  },
  {
    resume: 'martin',
    locale: 'en',
    name: 'follow-ups with nothing to follow',
    turns: [
      ['when was that?', NONE, null],
      ['what came before?', NONE, null],
      ['which skills did he use there?', NONE, null],
    ],
  },
  {
    resume: 'martin',
    locale: 'en',
    name: 'one skill, then others',
    turns: [
      ['does he know kubernetes?', 'skills', 'Kubernetes'],
      ['and aws?', 'skills', 'AWS'],
      ['and kong?', 'skills', 'Kong'],
      ['and cobol?', 'skills', null],
    ],
  },
  {
    resume: 'martin',
    locale: 'en',
    name: 'one project, then others',
    turns: [
      ['/projects flamescope', 'projects', 'FlameScope'],
      ['and icarus?', 'projects', 'Icarus'],
      ['tell me more', 'projects', 'Icarus'],
      ['what about vector?', 'projects', 'Vector'],
    ],
  },
  {
    resume: 'martin',
    locale: 'en',
    name: 'a year, then along the roles',
    turns: [
      ['where did he work in 2010?', 'experience', DELL],
      ['and after that?', 'experience', EXPEDIA],
      ['how long did he stay there?', 'experience', EXPEDIA],
    ],
  },
  {
    resume: 'martin',
    locale: 'en',
    name: 'a slash command, then follow-ups',
    turns: [
      ['/experience snowflake', 'experience', SNOWFLAKE],
      ['and before that?', 'experience', NETFLIX],
      ['what tools did he build there?', 'projects', 'FlameScope'],
    ],
  },
  {
    resume: 'martin',
    locale: 'en',
    name: 'a school, then when',
    turns: [
      ['where did he study?', 'education', BSC],
      ['when was that?', 'education', BSC],
      ['what did he do at dell?', 'experience', DELL],
      ['and before that?', 'experience', null],
    ],
  },
  {
    resume: 'martin',
    locale: 'en',
    name: 'a role named outright after another',
    turns: [
      ['what did he do at netflix?', 'experience', NETFLIX],
      ['what did he do before dell?', 'experience', null],
      ['what did he do at expedia?', 'experience', EXPEDIA],
      ['and after that?', 'experience', NETFLIX],
    ],
  },
  {
    resume: 'martin',
    locale: 'en',
    name: 'a skill, a role, then another thing about the role',
    turns: [
      ['is he good at kafka?', 'skills', 'Kafka'],
      ['what did he do at snowflake?', 'experience', SNOWFLAKE],
      ['when was that?', 'experience', SNOWFLAKE],
      ['and the one before?', 'experience', NETFLIX],
    ],
  },
  {
    resume: 'martin',
    locale: 'en',
    name: 'the previous one and the next one, then how long after a skill',
    turns: [
      ['what was his role at expedia?', 'experience', EXPEDIA],
      ['what about the previous one?', 'experience', DELL],
      ['and the next one?', 'experience', EXPEDIA],
      ['and what about kafka?', 'skills', 'Kafka'],
      ['how long did he work there?', 'experience', EXPEDIA],
    ],
  },
  // Martin, em português
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'para trás a partir do emprego atual',
    turns: [
      ['onde ele trabalha hoje?', 'experience', PICPAY],
      ['e antes disso?', 'experience', SNOWFLAKE],
      ['e antes?', 'experience', NETFLIX],
      ['quanto tempo ele ficou lá?', 'experience', NETFLIX],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'para frente a partir do primeiro emprego',
    turns: [
      ['qual foi o primeiro emprego dele?', 'experience', DELL],
      ['e depois disso?', 'experience', EXPEDIA],
      ['e o que veio depois?', 'experience', NETFLIX],
      ['quais projetos ele criou lá?', 'projects', 'FlameScope'],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'uma habilidade, depois outras',
    turns: [
      ['ele sabe kafka?', 'skills', 'Kafka'],
      ['e kubernetes?', 'skills', 'Kubernetes'],
      ['e aws?', 'skills', 'AWS'],
      ['e cobol?', 'skills', null],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'sem nada antes',
    turns: [
      ['e antes disso?', NONE, null],
      ['me conta mais', NONE, null],
      ['o que ele fez lá?', NONE, null],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'um comando, depois perguntas sobre ele',
    turns: [
      ['/experience netflix', 'experience', NETFLIX],
      ['e a expedia?', 'experience', EXPEDIA],
      ['quando foi isso?', 'experience', EXPEDIA],
      ['e depois?', 'experience', NETFLIX],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'de empresa em empresa',
    turns: [
      ['o que ele fazia na dell?', 'experience', DELL],
      ['e na expedia?', 'experience', EXPEDIA],
      ['e na snowflake?', 'experience', SNOWFLAKE],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'mudanças de assunto não são continuações',
    turns: [
      ['onde ele trabalhou em 2015?', 'experience', NETFLIX],
      ['onde ele estudou?', 'education', BSC],
      ['ele sabe kubernetes?', 'skills', 'Kubernetes'],
      ['qual o email dele?', 'contact', 'Martin Spier'],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'um projeto, depois outro',
    turns: [
      ['me fala do flamescope', 'projects', 'FlameScope'],
      ['e do icarus?', 'projects', 'Icarus'],
      ['me conta mais sobre isso', 'projects', 'Icarus'],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'coloquial',
    turns: [
      ['onde ele tá trampando?', 'experience', PICPAY],
      ['desde quando?', 'experience', PICPAY],
      ['e onde ele trampava antes?', 'experience', SNOWFLAKE],
      ['e antes disso?', 'experience', NETFLIX],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'sem acentos',
    turns: [
      ['o que ele fez na expedia', 'experience', EXPEDIA],
      ['e depois disso', 'experience', NETFLIX],
      ['o que ele construiu la', 'projects', 'FlameScope'],
      ['quando foi', 'projects', 'FlameScope'],
    ],
  },
  {
    resume: 'martin',
    locale: 'pt-BR',
    name: 'o anterior e o próximo',
    turns: [
      ['o que ele fez na snowflake?', 'experience', SNOWFLAKE],
      ['e o anterior?', 'experience', NETFLIX],
      ['onde fica?', 'experience', NETFLIX],
      ['e o próximo?', 'experience', SNOWFLAKE],
    ],
  },
  // Dr. Lena Vasquez
  {
    resume: 'senior-engineer',
    locale: 'en',
    name: 'back to the first role, and nothing before it',
    turns: [
      ['where does she work now?', 'experience', CONFLUENT],
      ['and before that?', 'experience', DROPBOX],
      ['and before that?', 'experience', RACKSPACE],
      ['and before that?', 'experience', null],
    ],
  },
  {
    resume: 'senior-engineer',
    locale: 'en',
    name: 'one skill, then others',
    turns: [
      ['does she know kafka?', 'skills', 'Kafka'],
      ['and terraform?', 'skills', 'Terraform'],
      ['what about rust?', 'skills', 'Rust'],
    ],
  },
  {
    resume: 'senior-engineer',
    locale: 'en',
    name: 'an award, when, and the next',
    turns: [
      ['what awards has she won?', 'awards', 'Best Paper Award'],
      ['when was that?', 'awards', 'Best Paper Award'],
      ['and after that?', 'awards', 'Distinguished Engineer Spotlight'],
    ],
  },
  {
    resume: 'senior-engineer',
    locale: 'en',
    name: 'degrees in order',
    turns: [
      ['where did she get her phd?', 'education', LENA_PHD],
      ['and before that?', 'education', LENA_BS],
      ['where did she work after that?', 'experience', RACKSPACE],
    ],
  },
  {
    resume: 'senior-engineer',
    locale: 'pt-BR',
    name: 'na dropbox e depois',
    turns: [
      ['o que ela fez na dropbox?', 'experience', DROPBOX],
      ['e depois?', 'experience', CONFLUENT],
      ['quais habilidades ela usou lá?', 'skills', 'Replication'],
    ],
  },
  {
    resume: 'senior-engineer',
    locale: 'pt-BR',
    name: 'idiomas',
    turns: [
      ['ela fala espanhol?', 'languages', 'Spanish'],
      ['e português?', 'languages', 'Portuguese'],
      ['e francês?', 'languages', null],
    ],
  },
  {
    resume: 'senior-engineer',
    locale: 'en',
    name: 'after leaving',
    turns: [
      ['what did she do at rackspace?', 'experience', RACKSPACE],
      ['what did she do after leaving?', 'experience', DROPBOX],
      ['and before she joined rackspace?', 'experience', null],
    ],
  },
  // Daniel Reyes
  {
    resume: 'career-changer',
    locale: 'en',
    name: 'volunteering, back in time',
    turns: [
      ['where did he volunteer?', 'volunteer', FOOD_BANK],
      ['and before that?', 'volunteer', FREE_NET],
      ['how long was he there?', 'volunteer', FREE_NET],
    ],
  },
  {
    resume: 'career-changer',
    locale: 'en',
    name: 'certificates',
    turns: [
      ['does he have a google certificate?', 'certificates', 'Google Data Analytics Professional Certificate'],
      ['and tableau?', 'certificates', 'Tableau Desktop Specialist'],
      ['when was that?', 'certificates', 'Tableau Desktop Specialist'],
    ],
  },
  {
    resume: 'career-changer',
    locale: 'en',
    name: 'forward through the roles',
    turns: [
      ['what did he do at café lumen?', 'experience', LUMEN],
      ['and after that?', 'experience', SALT],
      ['and after that?', 'experience', FREELANCE],
      ['and after that?', 'experience', null],
    ],
  },
  {
    resume: 'career-changer',
    locale: 'pt-BR',
    name: 'voluntariado e depois',
    turns: [
      ['onde ele foi voluntário em 2023?', 'volunteer', FREE_NET],
      ['e depois disso?', 'volunteer', FOOD_BANK],
      ['quando foi isso?', 'volunteer', FOOD_BANK],
    ],
  },
  // Maya Okonkwo
  {
    resume: 'new-grad',
    locale: 'en',
    name: 'internships',
    turns: [
      ['what did she do at the allen institute?', 'experience', ALLEN],
      ['and after that?', 'experience', OUTREACH],
      ['tell me more', 'experience', OUTREACH],
    ],
  },
  {
    resume: 'new-grad',
    locale: 'en',
    name: 'interests',
    turns: [
      ['does she like open source?', 'interests', 'Open Source'],
      ['and climbing?', 'interests', 'Rock Climbing'],
      ['tell me more', 'interests', 'Rock Climbing'],
    ],
  },
  {
    resume: 'new-grad',
    locale: 'pt-BR',
    name: 'escola e o que ela construiu lá',
    turns: [
      ['onde ela estudou?', 'education', UW],
      ['o que ela construiu lá?', 'projects', 'DormSwap'],
      ['ela sabe react?', 'skills', 'React'],
      ['e docker?', 'skills', 'Docker'],
    ],
  },
  // Richard Hendriks
  {
    resume: 'sample',
    locale: 'en',
    name: 'one role, one volunteering',
    turns: [
      ['what did he do at pied piper?', 'experience', PIED_PIPER],
      ['and after that?', 'experience', null],
      ['where did he volunteer?', 'volunteer', 'Teacher at CoderDojo'],
      ['and after that?', 'volunteer', null],
    ],
  },
  {
    resume: 'sample',
    locale: 'pt-BR',
    name: 'prêmio e publicações',
    turns: [
      ['ele tem algum prêmio?', 'awards', 'Digital Compression Pioneer Award'],
      ['quando foi isso?', 'awards', 'Digital Compression Pioneer Award'],
      ['e publicações?', 'publications', 'Video compression for 3d media'],
    ],
  },
  {
    resume: 'sample',
    locale: 'en',
    name: 'nothing to follow, then something',
    turns: [
      ['and before that?', NONE, null],
      ['how long did he stay?', NONE, null],
      ['what did he do at pied piper?', 'experience', PIED_PIPER],
      ['how long did he stay?', 'experience', PIED_PIPER],
    ],
  },
  // A directory of five: the person carries over
  {
    resume: 'directory',
    locale: 'en',
    name: 'Lena, then her earlier role and her school',
    turns: [
      ['what did lena vasquez do at dropbox?', 'experience', DROPBOX],
      ['and before that?', 'experience', RACKSPACE],
      ['where did she study?', 'education', LENA_PHD],
    ],
  },
  // Given an answer about one person's role, "who else worked there?" asks everyone else about that company, by its
  // name: nobody else here did.
  {
    resume: 'directory',
    locale: 'en',
    name: 'Lena at Dropbox, then who else worked there',
    turns: [
      ['what did lena vasquez do at dropbox?', 'experience', DROPBOX],
      ['who else worked there?', 'people', null],
    ],
  },
  {
    resume: 'directory',
    locale: 'pt-BR',
    name: 'Martin na Dell, então quem mais trabalhou lá',
    turns: [
      ['o que o martin spier fez na dell?', 'experience', DELL],
      ['quem mais trabalhou lá?', 'people', null],
    ],
  },
  // Given a question across people answered, "who else?" asks it again of everyone it did not show: nobody else here.
  {
    resume: 'directory',
    locale: 'en',
    name: 'who knows kafka, then who else knows it',
    turns: [
      ['who knows kafka?', 'people', 'Dr. Lena Vasquez'],
      ['who else knows it?', 'people', null],
      ['anyone else?', 'people', null],
    ],
  },
  {
    resume: 'directory',
    locale: 'pt-BR',
    name: 'quem fala espanhol, então mais alguém',
    turns: [
      ['quem fala espanhol?', 'people', 'Daniel Reyes'],
      ['mais alguém?', 'people', null],
    ],
  },
  // Given an answer about one person, "who else knows it?" asks everyone else about the thing it was about.
  {
    resume: 'directory',
    locale: 'en',
    name: 'Maya and Python, then who else knows it',
    turns: [
      ['does maya okonkwo know python?', 'skills', 'Python'],
      ['who else knows it?', 'people', 'Daniel Reyes'],
    ],
  },
  {
    resume: 'directory',
    locale: 'en',
    name: 'Daniel, then Martin',
    turns: [
      ['what did daniel reyes do at café lumen?', 'experience', LUMEN],
      ['and after that?', 'experience', SALT],
      ['what did martin spier do at netflix?', 'experience', NETFLIX],
      ['and before that?', 'experience', EXPEDIA],
    ],
  },
  {
    resume: 'directory',
    locale: 'pt-BR',
    name: 'Maya, em português',
    turns: [
      ['o que a maya okonkwo fez na outreach?', 'experience', OUTREACH],
      ['e antes disso?', 'experience', ALLEN],
      ['onde ela estudou?', 'education', UW],
    ],
  },
  // A directory: a question about everyone that points back at no one takes no person from before
  {
    resume: 'directory',
    locale: 'en',
    name: 'Maya, then questions about everyone',
    turns: [
      ['where did maya okonkwo study?', 'education', UW],
      ['who speaks spanish?', 'people', 'Daniel Reyes'],
      ['what did lena vasquez do at confluent?', 'experience', CONFLUENT],
      ['has anyone worked at netflix?', 'people', 'Martin Spier'],
      ['what did lena vasquez do at confluent?', 'experience', CONFLUENT],
      ['and before that?', 'experience', DROPBOX],
      ['anyone with a phd?', 'people', 'Dr. Lena Vasquez'],
    ],
  },
  {
    resume: 'directory',
    locale: 'en',
    name: 'who knows one thing, then another',
    turns: [
      ['who knows kafka?', 'people', 'Dr. Lena Vasquez'],
      ['what about python?', 'people', 'Daniel Reyes'],
      ['and react?', 'people', 'Maya Okonkwo'],
      ['has anyone worked at netflix?', 'people', 'Martin Spier'],
      ['and dropbox?', 'people', 'Dr. Lena Vasquez'],
      ['what did lena vasquez do at confluent?', 'experience', CONFLUENT],
      ['and python?', 'skills', 'Python'],
    ],
  },
  {
    resume: 'directory',
    locale: 'pt-BR',
    name: 'quem sabe uma coisa, depois outra',
    turns: [
      ['quem sabe kafka?', 'people', 'Dr. Lena Vasquez'],
      ['e python?', 'people', 'Daniel Reyes'],
    ],
  },
  {
    resume: 'directory',
    locale: 'pt-BR',
    name: 'Lena, depois uma pergunta sobre todos',
    turns: [
      ['o que a lena vasquez fez na confluent?', 'experience', CONFLUENT],
      ['quem fala espanhol?', 'people', 'Daniel Reyes'],
    ],
  },
  {
    resume: 'directory',
    locale: 'pt-BR',
    name: 'nada antes, num diretório',
    turns: [
      ['e depois disso?', NONE, null],
      ['o que o richard hendriks fez na pied piper?', 'experience', PIED_PIPER],
      ['e depois disso?', 'experience', null],
    ],
  },
];
