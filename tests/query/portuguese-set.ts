/**
 * Questions in Brazilian Portuguese written for tuning (never the held-out set's): every
 * section of the standard over Martin's résumé and the JSON Resume examples, slash commands
 * (English and Portuguese names) and free text, with and without accents, colloquial phrasings,
 * and questions nothing fits, which get no result as in English. `first` is the first result's
 * title (null: no result); `includes` is one of a listing's results.
 */

import { BSC, DELL, EXPEDIA, LENA_PHD, NETFLIX, PICPAY, PM, PUCRS, SNOWFLAKE } from './titles.js';

export interface PortugueseQuestion {
  readonly resume: string;
  readonly ask: string;
  readonly command: string;
  /** The first result's title; null: nothing fits (no result). */
  readonly first?: string | null;
  /** A listing: one of the results. */
  readonly includes?: string;
}

/** Martin's résumé with its Portuguese copy, asked in Portuguese (tests/query/portuguese.test.ts builds it). */
export const TRANSLATED = 'martin+pt-BR';

const martin = (ask: string, command: string, first: string | null): PortugueseQuestion => ({ resume: 'martin', ask, command, first });

export const PORTUGUESE: readonly PortugueseQuestion[] = [
  // Trabalho / experiência
  martin('onde ele tá trampando?', 'experience', PICPAY),
  martin('onde ele trampa atualmente', 'experience', PICPAY),
  martin('qual o cargo atual dele?', 'experience', PICPAY),
  martin('em qual empresa ele está hoje?', 'experience', PICPAY),
  martin('quanto tempo ficou na netflix?', 'experience', NETFLIX),
  martin('quanto tempo ele passou na expedia?', 'experience', EXPEDIA),
  martin('por quanto tempo ele trabalhou na Dell', 'experience', DELL),
  martin('o que ele fazia na snowflake?', 'experience', SNOWFLAKE),
  martin('qual era o cargo dele na expédia', 'experience', EXPEDIA),
  martin('ele já trabalhou na dell?', 'experience', DELL),
  martin('em que empresa ele estava em 2010?', 'experience', DELL),
  martin('onde ele trabalhava em 2019', 'experience', NETFLIX),
  martin('ele trabalhou onde em 2008?', 'experience', DELL),
  martin('qual foi o primeiro emprego dele?', 'experience', DELL),
  martin('qual foi o emprego anterior dele?', 'experience', SNOWFLAKE),
  martin('onde ele trabalhou antes da picpay?', 'experience', SNOWFLAKE),
  martin('o que ele fez depois da netflix', 'experience', SNOWFLAKE),
  martin('ele trabalhou em porto alegre?', 'experience', DELL),
  martin('ele trabalhou no brasil?', 'experience', DELL),
  martin('quando ele entrou na netflix?', 'experience', NETFLIX),
  martin('ele foi vp na picpay?', 'experience', PICPAY),
  martin('ele trabalhou com performance na expedia?', 'experience', EXPEDIA),
  martin('experiência profissional', 'experience', PICPAY),
  martin('/experience atualmente', 'experience', PICPAY),
  martin('/experience primeiro', 'experience', DELL),
  martin('/experience depois da expedia', 'experience', NETFLIX),
  martin('/experiencia netflix', 'experience', NETFLIX),
  martin('/experiência snowflake', 'experience', SNOWFLAKE),
  martin('ele ja trabalhou no google?', 'experience', null),
  martin('ele trampou na amazon?', 'experience', null),
  martin('onde ele trabalhava em 2003?', 'experience', null),
  // Habilidades
  martin('ele manja de kafka?', 'skills', 'Kafka'),
  martin('ele manja de k8s', 'skills', 'Kubernetes'),
  martin('ele conhece aws?', 'skills', 'AWS'),
  martin('ele sabe usar kong?', 'skills', 'Kong'),
  martin('ele tem experiência com kubernetes?', 'skills', 'Kubernetes'),
  martin('ele domina observabilidade?', 'skills', 'Observability'),
  martin('ele sabe sistemas distribuídos?', 'skills', 'Distributed Systems'),
  martin('quais as habilidades técnicas dele', 'skills', 'Technical Skills'),
  martin('habilidades de liderança', 'skills', 'Leadership Skills'),
  martin('/habilidades kafka', 'skills', 'Kafka'),
  martin('/skills kubernets', 'skills', 'Kubernetes'),
  // "Ajuda", alone or after /resume, is help (its description says so).
  { resume: 'martin', ask: 'ajuda', command: 'help', first: null },
  { resume: 'martin', ask: 'quais tecnologias ele usa?', command: 'skills', includes: 'Technical Skills' },
  martin('ele sabe programar em cobol?', 'skills', null),
  martin('ele manja de react?', 'skills', null),
  martin('ele sabe java?', 'skills', null),
  martin('ele programa em python?', 'skills', null),
  // Projetos
  { resume: 'martin', ask: 'quais projetos open source ele fez?', command: 'projects', includes: 'FlameScope' },
  { resume: 'martin', ask: 'projetos na netflix', command: 'projects', includes: 'FlameScope' },
  { resume: 'martin', ask: 'ele criou alguma ferramenta de profiling?', command: 'projects', includes: 'FlameCloud' },
  martin('me conta do flamescope', 'projects', 'FlameScope'),
  martin('o que é o icarus?', 'projects', 'Icarus'),
  martin('/projetos vector', 'projects', 'Vector'),
  martin('ele fez algum projeto com zipkin?', 'projects', 'End-to-End Tracing Framework'),
  martin('ele desenvolveu o d3-flame-graph?', 'projects', 'd3-flame-graph'),
  martin('ele tem algum projeto de machine learning?', 'projects', null),
  // Formação
  martin('onde ele estudou?', 'education', BSC),
  martin('qual a formação acadêmica dele', 'education', BSC),
  martin('ele fez faculdade?', 'education', BSC),
  martin('ele estudou na pucrs?', 'education', BSC),
  martin('em que ele se formou', 'education', BSC),
  martin('onde ele estudava?', 'education', BSC),
  martin('ele fez algum curso de gestão de projetos?', 'education', PM),
  martin('/formacao ciencia da computacao', 'education', BSC),
  martin('/formação', 'education', BSC),
  martin('ele tem mestrado?', 'education', null),
  martin('ele fez doutorado', 'education', null),
  martin('ele estudou em harvard?', 'education', null),
  // Contato, sobre
  martin('como falo com ele?', 'contact', 'Martin Spier'),
  martin('qual o telefone dele', 'contact', 'Martin Spier'),
  martin('me passa o e-mail dele', 'contact', 'Martin Spier'),
  martin('qual é o github dele?', 'contact', 'Martin Spier'),
  // He lists no website: said so, with the details he does give.
  martin('qual o site dele?', 'contact', null),
  martin('onde ele mora?', 'about', 'Martin Spier'),
  martin('quem é ele?', 'about', 'Martin Spier'),
  martin('me fala sobre o martin', 'about', 'Martin Spier'),
  martin('/sobre', 'about', 'Martin Spier'),
  martin('quem é richard hendriks?', 'about', null),
  // Sections Martin's résumé lacks
  martin('quais prêmios ele recebeu?', 'awards', null),
  martin('ele tem certificação da aws?', 'certificates', null),
  martin('ele publicou algum artigo?', 'publications', null),
  martin('quais idiomas ele fala?', 'languages', null),
  martin('ele fala inglês?', 'languages', null),
  martin('quais são os hobbies dele?', 'interests', null),
  martin('ele faz trabalho voluntário?', 'volunteer', null),
  martin('quem são as referências dele', 'references', null),
  // Daniel Reyes (career-changer)
  // "Em um restaurante" é um tipo de lugar de trabalho, não um lugar com esse nome.
  {
    resume: 'career-changer',
    ask: 'ele trabalhou em um restaurante?',
    command: 'experience',
    first: 'General Manager at Salt & Cedar Restaurant Group',
  },
  { resume: 'career-changer', ask: 'ele fez voluntariado?', command: 'volunteer', first: 'Data Volunteer at Central Texas Food Bank' },
  {
    resume: 'career-changer',
    ask: 'onde ele foi voluntário em 2023?',
    command: 'volunteer',
    first: 'Digital Literacy Tutor at Austin Free-Net',
  },
  { resume: 'career-changer', ask: 'quais certificados ele tem?', command: 'certificates', includes: 'Tableau Desktop Specialist' },
  {
    resume: 'career-changer',
    ask: 'ele tem certificado do google?',
    command: 'certificates',
    first: 'Google Data Analytics Professional Certificate',
  },
  { resume: 'career-changer', ask: 'ele é certificado em tableau?', command: 'certificates', first: 'Tableau Desktop Specialist' },
  { resume: 'career-changer', ask: 'que idiomas ele fala?', command: 'languages', includes: 'Spanish' },
  { resume: 'career-changer', ask: 'ele fala espanhol?', command: 'languages', first: 'Spanish' },
  { resume: 'career-changer', ask: 'ele fala francês?', command: 'languages', first: null },
  { resume: 'career-changer', ask: 'interesses', command: 'interests', includes: 'Cycling' },
  {
    resume: 'career-changer',
    ask: 'quem é a referência dele?',
    command: 'references',
    first: 'Priya Natarajan, Owner, Salt & Cedar Restaurant Group',
  },
  { resume: 'career-changer', ask: 'ele ganhou prêmios?', command: 'awards', first: null },
  { resume: 'career-changer', ask: 'ele sabe sql?', command: 'skills', first: 'SQL' },
  // Maya Okonkwo (new-grad)
  { resume: 'new-grad', ask: 'ela ganhou algum prêmio?', command: 'awards', first: "Dean's List" },
  { resume: 'new-grad', ask: 'ela fala igbo?', command: 'languages', first: 'Igbo' },
  { resume: 'new-grad', ask: 'ela curte escalada?', command: 'interests', first: 'Rock Climbing' },
  { resume: 'new-grad', ask: 'onde ela estagiou?', command: 'experience', first: 'Software Engineering Intern at Outreach' },
  { resume: 'new-grad', ask: 'ela sabe typescript?', command: 'skills', first: 'TypeScript' },
  { resume: 'new-grad', ask: 'onde ela estagiava?', command: 'experience', first: 'Software Engineering Intern at Outreach' },
  { resume: 'new-grad', ask: 'ela curtia escalada?', command: 'interests', first: 'Rock Climbing' },
  { resume: 'new-grad', ask: 'ela publicou alguma coisa?', command: 'publications', first: null },
  // Dr. Lena Vasquez (senior-engineer)
  {
    resume: 'senior-engineer',
    ask: 'ela tem publicações?',
    command: 'publications',
    includes: 'Operating Tiered Storage at Streaming Scale',
  },
  {
    resume: 'senior-engineer',
    ask: 'ela tem certificação aws?',
    command: 'certificates',
    first: 'AWS Certified Solutions Architect - Professional',
  },
  { resume: 'senior-engineer', ask: 'ela fala português?', command: 'languages', first: 'Portuguese' },
  { resume: 'senior-engineer', ask: 'quais prêmios ela ganhou?', command: 'awards', includes: 'Best Paper Award' },
  { resume: 'senior-engineer', ask: 'ela fez doutorado?', command: 'education', first: LENA_PHD },
  {
    resume: 'senior-engineer',
    ask: 'quem recomenda ela?',
    command: 'references',
    includes: 'Marcus Feng, Engineering Director at Confluent',
  },
  { resume: 'senior-engineer', ask: 'quais os interesses dela?', command: 'interests', includes: 'Cartography' },
  { resume: 'senior-engineer', ask: 'ela trabalha com rust?', command: 'skills', first: 'Rust' },
  { resume: 'senior-engineer', ask: 'quais linguagens de programação ela sabe?', command: 'skills', first: 'Programming Languages' },
  { resume: 'senior-engineer', ask: 'ela fala alemão?', command: 'languages', first: null },
  // Richard Hendriks (sample)
  { resume: 'sample', ask: 'ele tem alguma publicação?', command: 'publications', first: 'Video compression for 3d media' },
  { resume: 'sample', ask: 'ele foi voluntário onde?', command: 'volunteer', first: 'Teacher at CoderDojo' },
  // O que dizem dele é o que suas referências dizem, quem quer que diga.
  { resume: 'sample', ask: 'o que as pessoas dizem sobre ele?', command: 'references', first: 'Erlich Bachman' },
  { resume: 'sample', ask: 'o que os colegas acham dele?', command: 'references', first: 'Erlich Bachman' },
  // "Falou do richard" é o que disse dele, não um idioma falado.
  { resume: 'sample', ask: 'o que o erlich falou do richard?', command: 'references', first: 'Erlich Bachman' },
  { resume: 'sample', ask: 'o que o erlich disse sobre ele?', command: 'references', first: 'Erlich Bachman' },
  { resume: 'sample', ask: 'ele ganhou prêmio da techcrunch?', command: 'awards', first: 'Digital Compression Pioneer Award' },
  { resume: 'sample', ask: 'ele trabalhou na hooli?', command: 'experience', first: null },
  { resume: 'sample', ask: 'quais os hobbies dele', command: 'interests', first: 'Wildlife' },
  // Martin's translated copy (tests/fixtures/martin.pt-BR.json), asked in Portuguese: its own words are found as they are.
  ...[
    ['o que ele fez na netflix?', 'experience', 'Arquiteto de Performance at Netflix'],
    ['habilidades de liderança', 'skills', 'Habilidades de Liderança'],
    ['ele sabe sistemas distribuídos?', 'skills', 'Sistemas Distribuídos'],
    ['ele tem experiência com gestão de pessoas?', 'skills', 'Gestão de Pessoas'],
    ['ele manja de engenharia de confiabilidade?', 'skills', 'Engenharia de Confiabilidade'],
    ['ele conhece visualizacao de dados?', 'skills', 'Visualização de Dados'],
    ['ele fez algum curso de gestão de projetos?', 'education', `Gestão de Projetos at ${PUCRS}`],
    ['/formacao ciência da computação', 'education', `Bacharelado Ciência da Computação at ${PUCRS}`],
    ['ele trabalhou no brasil?', 'experience', 'Engenheiro de Performance at Dell'],
    ['quais projetos de monitoramento ele criou?', 'projects', 'Icarus'],
    ['ele trampa onde hoje?', 'experience', 'VP, Engenharia de Plataforma at PicPay'],
    ['ele trabalhou no google?', 'experience', null],
    ['ele sabe java?', 'skills', null],
  ].map(([ask, command, first]): PortugueseQuestion => ({ resume: TRANSLATED, ask: ask!, command: command!, first: first ?? null })),
];
