/**
 * A second Portuguese tuning set, written from the résumés alone before the code it measures
 * changed (never from the held-out sets): Martin and the JSON Resume examples asked in
 * everyday Brazilian wording, with and without accents, typos, slash commands, and many
 * questions nothing fits (sections a résumé lacks, other people, a spoken language against a
 * "Programming Languages" group, an unknown word beside a known one). Labels follow
 * tests/heldout/README.md: the first result's title, literally from the résumé; null: no result.
 */
import { type PortugueseQuestion, TRANSLATED } from './portuguese-set.js';
import { BSC, CONFLUENT, DELL, DROPBOX, EXPEDIA, LENA_BS, LENA_PHD, NETFLIX, PICPAY, PM, PUCRS, RACKSPACE, SNOWFLAKE } from './titles.js';

type Row = readonly [ask: string, command: string, first: string | null];
/** The rows of one résumé's questions, as labelled questions. */
export const of =
  (resume: string) =>
  (rows: readonly Row[]): PortugueseQuestion[] =>
    rows.map(([ask, command, first]) => ({ resume, ask, command, first }));

export const PORTUGUESE_FRESH: readonly PortugueseQuestion[] = [
  ...of('martin')([
    // Trabalho
    ['ele já trampou na netflix?', 'experience', NETFLIX],
    ['onde o martin trabalha hoje em dia?', 'experience', PICPAY],
    ['qual o emprego atual do martin', 'experience', PICPAY],
    ['ele trabalha na picpay?', 'experience', PICPAY],
    ['o que ele fazia na expedia?', 'experience', EXPEDIA],
    ['qual era o cargo dele na snowflake', 'experience', SNOWFLAKE],
    ['em 2016 ele tava onde?', 'experience', NETFLIX],
    ['onde ele trabalhou em 2009', 'experience', DELL],
    ['qual empresa ele trabalhou antes da netflix?', 'experience', EXPEDIA],
    ['pra onde ele foi depois da dell?', 'experience', EXPEDIA],
    ['ele ja trabalhou em los gatos', 'experience', NETFLIX],
    ['ele trabalhou em bellevue?', 'experience', EXPEDIA],
    ['/experiencia expedia', 'experience', EXPEDIA],
    ['/experiencia netflx', 'experience', NETFLIX],
    ['quando ele trampou na dell?', 'experience', DELL],
    ['quantos anos ele ficou na netflix', 'experience', NETFLIX],
    ['ele foi arquiteto de performance?', 'experience', SNOWFLAKE],
    ['ele ja foi engenheiro de performance?', 'experience', EXPEDIA],
    ['ele já foi ceo?', 'experience', null],
    ['ele trabalhou no facebook?', 'experience', null],
    ['ele trampou na google cloud?', 'experience', null],
    ['ele trabalhou na microsoft?', 'experience', null],
    ['onde ele trabalhou em 1999?', 'experience', null],
    ['ele trabalhou em são paulo?', 'experience', null],
    ['ele ja trabalhou no nubank?', 'experience', null],
    // Habilidades
    ['ele manja de kubernetes?', 'skills', 'Kubernetes'],
    ['ele sabe kafka?', 'skills', 'Kafka'],
    ['ele tem experiencia com aws', 'skills', 'AWS'],
    ['ele entende de observabilidade?', 'skills', 'Observability'],
    ['ele manja de sistemas distribuidos', 'skills', 'Distributed Systems'],
    ['ele sabe gestão de pessoas?', 'skills', 'People Management'],
    ['ele tem skill de gestao de conflitos?', 'skills', 'Conflict Management'],
    ['ele sabe planejamento estratégico?', 'skills', 'Strategic Planning'],
    ['ele sabe engenharia de plataforma?', 'skills', 'Platform Engineering'],
    ['ele tem conhecimento em visualização de dados', 'skills', 'Data Visualization'],
    ['ele sabe infraestrutura em nuvem?', 'skills', 'Cloud Infrastructure'],
    ['ele mexe com kubernetes?', 'skills', 'Kubernetes'],
    ['/habilidades kuberntes', 'skills', 'Kubernetes'],
    ['/skills kong', 'skills', 'Kong'],
    ['ele conhece kafka streams?', 'skills', null],
    ['ele sabe google cloud?', 'skills', null],
    ['ele sabe golang?', 'skills', null],
    ['ele sabe react native?', 'skills', null],
    ['ele manja de docker?', 'skills', null],
    ['ele conhece terraform?', 'skills', null],
    ['ele sabe segurança em nuvem?', 'skills', null],
    ['ele sabe espanhol?', 'languages', null],
    ['ele fala portugues?', 'languages', null],
    // Projetos
    ['o que é o flamecommander?', 'projects', 'FlameCommander'],
    ['me fala do vector', 'projects', 'Vector'],
    ['ele criou o flamescope?', 'projects', 'FlameScope'],
    ['/projetos icarus', 'projects', 'Icarus'],
    ['/projetos flamescop', 'projects', 'FlameScope'],
    ['ele fez alguma ferramenta de tracing?', 'projects', 'End-to-End Tracing Framework'],
    ['o que é o mogul?', 'projects', 'Mogul'],
    ['ele fez algum projeto de blockchain?', 'projects', null],
    // Formação
    ['onde o martin estudou?', 'education', BSC],
    ['ele é formado em quê?', 'education', BSC],
    ['ele fez ciência da computação?', 'education', BSC],
    ['/formacao pucrs', 'education', BSC],
    ['ele estudou gestão de projetos?', 'education', PM],
    ['quando ele se formou?', 'education', BSC],
    ['ele estudou na usp?', 'education', null],
    ['ele tem mba?', 'education', null],
    // Contato, sobre, outras pessoas
    ['cadê o linkedin dele?', 'contact', 'Martin Spier'],
    ['qual o email do martin?', 'contact', 'Martin Spier'],
    ['como entro em contato com ele', 'contact', 'Martin Spier'],
    ['me fala sobre ele', 'about', 'Martin Spier'],
    ['quem é o martin spier?', 'about', 'Martin Spier'],
    ['quem é a lena vasquez?', 'about', null],
    ['qual o email da maya?', 'contact', null],
    // Seções que o currículo não tem
    ['ele tem algum certificado?', 'certificates', null],
    ['ele ganhou algum premio?', 'awards', null],
    ['quais artigos ele publicou?', 'publications', null],
    ['ele faz voluntariado?', 'volunteer', null],
    ['quais os interesses dele?', 'interests', null],
    ['que línguas ele fala?', 'languages', null],
  ]),
  ...of('career-changer')([
    ['ele sabe pandas?', 'skills', 'pandas'],
    ['ele manja de tableau?', 'skills', 'Tableau'],
    ['ele sabe python?', 'skills', 'Python'],
    ['ele foi gerente?', 'experience', 'General Manager at Salt & Cedar Restaurant Group'],
    ['ele trabalhou num café?', 'experience', 'Shift Supervisor at Café Lumen'],
    ['ele é fluente em espanhol?', 'languages', 'Spanish'],
    ['ele sabe espanhol?', 'languages', 'Spanish'],
    ['ele tem certificado da ibm?', 'certificates', 'Databases and SQL for Data Science'],
    ['ele fez faculdade onde?', 'education', 'Associate of Applied Science Business Administration at Austin Community College'],
    ['ele gosta de ciclismo?', 'interests', 'Cycling'],
    ['ele ganhou algum prêmio?', 'awards', null],
    ['ele tem publicações?', 'publications', null],
    ['ele trabalhou no google?', 'experience', null],
    ['ele sabe java?', 'skills', null],
  ]),
  ...of('new-grad')([
    ['ela sabe react?', 'skills', 'React'],
    ['ela fez estágio no allen institute?', 'experience', 'Research Intern at Allen Institute for AI'],
    ['ela manja de docker?', 'skills', 'Docker'],
    ['ela fala inglês?', 'languages', 'English'],
    ['o que é o dormswap?', 'projects', 'DormSwap'],
    ['onde ela estudou?', 'education', 'Bachelor of Science Computer Science at University of Washington'],
    ['/habilidades next.js', 'skills', 'Next.js'],
    ['ela sabe rust?', 'skills', null],
    ['ela sabe espanhol?', 'languages', null],
    ['ela tem mestrado?', 'education', null],
    ['ela tem certificação?', 'certificates', null],
    ['ela foi voluntária?', 'volunteer', null],
    ['ela fez estágio no google?', 'experience', null],
  ]),
  ...of('senior-engineer')([
    ['ela sabe terraform?', 'skills', 'Terraform'],
    ['onde ela trabalha atualmente?', 'experience', CONFLUENT],
    ['ela trabalhou no dropbox?', 'experience', DROPBOX],
    ['o que ela fazia na rackspace', 'experience', RACKSPACE],
    ['ela trabalhou em san antonio?', 'experience', RACKSPACE],
    ['ela tem doutorado em quê?', 'education', LENA_PHD],
    ['ela tem bacharelado?', 'education', LENA_BS],
    ['ela fala espanhol?', 'languages', 'Spanish'],
    ['ela é certificada pela aws?', 'certificates', 'AWS Certified Solutions Architect - Professional'],
    ['ela publicou sobre tiered storage?', 'publications', 'Operating Tiered Storage at Streaming Scale'],
    ['ela ganhou prêmio da confluent?', 'awards', 'Distinguished Engineer Spotlight'],
    ['ela sabe c++?', 'skills', 'C++'],
    ['ela fala francês?', 'languages', null],
    ['ela tem certificado de kubernetes?', 'certificates', null],
    ['ela sabe kafka streams?', 'skills', null],
    ['ela trabalhou no google?', 'experience', null],
  ]),
  ...of('sample')([
    ['ele foi ceo?', 'experience', 'CEO/President at Pied Piper'],
    ['ele sabe javascript?', 'skills', 'Javascript'],
    ['ele manja de mp4?', 'skills', 'MP4'],
    ['ele estudou onde?', 'education', 'Bachelor Information Technology at University of Oklahoma'],
    ['que idioma ele fala', 'languages', 'English'],
    ['ele estudou em stanford?', 'education', null],
    ['ele tem certificados?', 'certificates', null],
    ['ele trabalhou na smoogle?', 'experience', null],
  ]),
  ...of(TRANSLATED)([
    ['ele sabe gestão de conflitos?', 'skills', 'Gestão de Conflitos'],
    ['o que ele fazia na expedia?', 'experience', 'Engenheiro de Performance at Expedia'],
    ['ele manja de kafka?', 'skills', 'Kafka'],
    ['onde ele estudou?', 'education', `Bacharelado Ciência da Computação at ${PUCRS}`],
    ['ele conhece google cloud?', 'skills', null],
  ]),
];

/**
 * Misses still open, run as expected failures (each turns red once answered, and is still counted
 * in the printed score): in Portuguese the head comes first with a preposition between
 * ("segurança em nuvem"), so the unknown word is not beside the known one, and on the Portuguese
 * copy "google cloud" still reaches a project.
 */
export const OPEN_MISSES: ReadonlySet<string> = new Set(['ele sabe segurança em nuvem?', 'ele conhece google cloud?']);
