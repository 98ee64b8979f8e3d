/**
 * The fifth set's check: Portuguese questions written after its fixes, in other wordings, and
 * never tuned on (their first run is the measure): areas of study, kinds of education the résumé
 * does not state, possessive names, "still", "first/latest", slang and missing accents, Martin
 * with and without his translated copy. Labels follow tests/heldout/README.md.
 */
import { of } from './portuguese-fresh-set.js';
import { type PortugueseQuestion, TRANSLATED } from './portuguese-set.js';
import { ACC, ALLEN, BSC, CONFLUENT, LENA_BS, LENA_PHD, OKLAHOMA, OUTREACH, PICPAY, PIED_PIPER, SALT, SNOWFLAKE, UW } from './titles.js';

const BOUNDED = 'Bounded Staleness for Geo-Replicated Key-Value Stores';
const IBM_SQL = 'Databases and SQL for Data Science';
const TABLEAU = 'Tableau Desktop Specialist';
const PIONEER = 'Digital Compression Pioneer Award';

export const PORTUGUESE_FIFTH_CHECK: readonly PortugueseQuestion[] = [
  ...of('martin')([
    ['ele cursou ciência da computação?', 'education', BSC],
    ['o martin é formado em quê?', 'education', BSC],
    ['ele tem diploma de engenharia?', 'education', null],
    ['ele fez especialização em gestão de projetos?', 'education', null],
    ['ele estudou economia?', 'education', null],
    ['ele fez curso técnico?', 'education', null],
    ['faculdade do martin', 'education', BSC],
    ['ele fez pós na pucrs?', 'education', null],
    ['ele tem bacharelado em ciência da computação?', 'education', BSC],
    ['/formação pucrs', 'education', BSC],
    ['ele fez bootcamp de liderança?', 'education', null],
    ['email do martin', 'contact', 'Martin Spier'],
    ['página do martin no linkedin', 'contact', 'Martin Spier'],
    ['ele manja de engenharia de produção?', 'skills', null],
    ['ele sabe gestão de orçamento?', 'skills', null],
    ['ele conhece engenharia de plataformas?', 'skills', 'Platform Engineering'],
    ['ele é bom em kafka?', 'skills', 'Kafka'],
    ['qual foi o último cargo dele antes da picpay?', 'experience', SNOWFLAKE],
    ['quanto tempo ele ficou na snowflake?', 'experience', SNOWFLAKE],
    ['ele ainda trabalha na snowflake?', 'experience', null],
    ['ele continua na picpay?', 'experience', PICPAY],
    ['ele trabalhou no méxico?', 'experience', null],
    ['ele trabalhou nos eua?', 'experience', SNOWFLAKE],
    ['ele foi arquiteto na dell?', 'experience', null],
    ['ele foi vp antes de 2020?', 'experience', null],
    ['qual projeto dele mede a experiência do usuário?', 'projects', 'Netflix User Performance Score'],
    ['ele tem prêmios?', 'awards', null],
    ['quais certificações ele tem?', 'certificates', null],
    ['ele curte fotografia?', 'interests', null],
    ['o carlos trabalhou na expedia?', 'experience', null],
  ]),
  ...of(TRANSLATED)([
    ['ele sabe gestão de produtos?', 'skills', null],
    ['ele sabe engenharia de confiabilidade?', 'skills', 'Engenharia de Confiabilidade'],
    ['ele sabe gestão de orçamento?', 'skills', null],
    ['ele foi engenheiro de performance na dell?', 'experience', 'Engenheiro de Performance at Dell'],
    ['ele ainda está na netflix?', 'experience', null],
    ['ele é formado em administração?', 'education', null],
  ]),
  ...of('career-changer')([
    ['ele estudou administração de empresas?', 'education', ACC],
    ['ele fez faculdade?', 'education', ACC],
    ['ele tem graduação?', 'education', ACC],
    ['ele fez faculdade de economia?', 'education', null],
    ['ele fez bootcamp de sql?', 'education', null],
    ['ele fez mba em gestão?', 'education', null],
    ['qual foi a nota dele?', 'education', ACC],
    ['linkedin do daniel', 'contact', 'Daniel Reyes'],
    ['portfolio do daniel', 'contact', 'Daniel Reyes'],
    ['ele tem certificado da ibm?', 'certificates', IBM_SQL],
    ['qual o certificado mais recente dele?', 'certificates', TABLEAU],
    ['ele foi gerente?', 'experience', SALT],
    ['ele foi cozinheiro?', 'experience', null],
    ['ele ainda trabalha na salt & cedar?', 'experience', null],
    ['ele trabalhou em restaurante?', 'experience', SALT],
    ['ele fala inglês?', 'languages', 'English'],
    ['ele fala português?', 'languages', null],
    ['prêmios do daniel', 'awards', null],
  ]),
  ...of('new-grad')([
    ['ela se formou em ciência da computação?', 'education', UW],
    ['ela fez faculdade onde?', 'education', UW],
    ['ela tem doutorado?', 'education', null],
    ['ela fez curso de machine learning?', 'education', UW],
    ['ela fez bootcamp de react?', 'education', null],
    ['qual foi o estágio mais recente dela?', 'experience', OUTREACH],
    ['onde foi o primeiro estágio da maya?', 'experience', ALLEN],
    ['ela ainda trabalha na outreach?', 'experience', null],
    ['site da maya', 'contact', 'Maya Okonkwo'],
    ['ela fala espanhol?', 'languages', null],
    ['ela programa em typescript?', 'skills', 'TypeScript'],
    ['ela sabe rust?', 'skills', null],
    ['ela pratica escalada?', 'interests', 'Rock Climbing'],
    ['ela ganhou prêmio em 2024?', 'awards', "Dean's List"],
    ['ela ganhou algum hackathon?', 'awards', null],
    ['ela trabalhou na microsoft?', 'experience', null],
  ]),
  ...of('senior-engineer')([
    ['ela fez mestrado em ciência da computação?', 'education', null],
    ['ela é doutora em quê?', 'education', LENA_PHD],
    ['qual a média dela na graduação?', 'education', LENA_BS],
    ['ela fez bootcamp de kubernetes?', 'education', null],
    ['ela é formada em matemática?', 'education', null],
    ['ela tem certificado do google?', 'certificates', null],
    ['qual o prêmio mais recente dela?', 'awards', 'Distinguished Engineer Spotlight'],
    ['qual foi o primeiro artigo que ela publicou?', 'publications', BOUNDED],
    ['ela ainda trabalha na dropbox?', 'experience', null],
    ['ela trabalhou na califórnia?', 'experience', CONFLUENT],
    ['ela trabalhou em nova york?', 'experience', null],
    ['github da lena', 'contact', 'Dr. Lena Vasquez'],
    ['linkedin da vasquez', 'contact', 'Dr. Lena Vasquez'],
    ['ela fala francês?', 'languages', null],
    ['ela sabe terraform?', 'skills', 'Terraform'],
    ['ela sabe kotlin?', 'skills', null],
    ['ela trabalhou na rackspace em 2016?', 'experience', null],
  ]),
  ...of('sample')([
    ['ele é formado em ti?', 'education', OKLAHOMA],
    ['ele fez faculdade de sistemas de informação?', 'education', null],
    ['ele fez mba?', 'education', null],
    ['ele tem pós-graduação?', 'education', null],
    ['ele foi diretor da pied piper?', 'experience', null],
    ['ele ainda é ceo da pied piper?', 'experience', null],
    ['twitter do richard', 'contact', 'Richard Hendriks'],
    ['ele trabalhou no google?', 'experience', null],
    ['ele ganhou prêmio em 2014?', 'awards', PIONEER],
    ['ele fala alemão?', 'languages', null],
    ['ele sabe css?', 'skills', 'CSS'],
    ['ele sabe python?', 'skills', null],
    ['qual a nota dele na faculdade?', 'education', OKLAHOMA],
    ['ele foi presidente?', 'experience', PIED_PIPER],
  ]),
];

/** Misses of the first run as `<résumé>: <question>`, run as expected failures (each turns red once answered). */
export const FIFTH_CHECK_OPEN: ReadonlySet<string> = new Set<string>(['martin: página do martin no linkedin']);

export const isFifthCheckOpen = (q: { resume: string; ask: string }): boolean => FIFTH_CHECK_OPEN.has(`${q.resume}: ${q.ask}`);
