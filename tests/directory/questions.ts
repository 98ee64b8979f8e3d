/**
 * Our own labelled questions over the directory of six (tests/directory/fixture.ts), written from
 * the résumés: who fits (exact set), whose answer (right person first), and questions nothing fits.
 * Tune on these, never on tests/heldout/directory.json.
 */
import type { DirectoryQuestion } from './labelled.js';

export const PEOPLE_QUESTIONS: DirectoryQuestion[] = [
  { ask: '/people kafka', people: ['martin', 'senior-engineer'] },
  { ask: 'who has experience with tableau?', people: ['career-changer'] },
  // A Performance Engineer's role is performance engineering: the -ing word's doer says it.
  { ask: 'anyone with performance engineering experience?', people: ['martin'] },
  { ask: 'anybody know rust?', people: ['senior-engineer'] },
  { ask: 'who worked at pied piper', people: ['sample'] },
  { ask: 'does anyone know sql?', people: ['career-changer', 'new-grad', 'martin-alvarez'] },
  // Accents: the résumé says "Català".
  { ask: 'who speaks catalan?', people: ['martin-alvarez'] },
  { ask: 'who speaks english?', people: ['career-changer', 'new-grad', 'senior-engineer', 'sample'] },
  { ask: 'who studied at the university of washington?', people: ['new-grad'] },
  // Lena's Confluent role says "internal": no intern.
  { ask: 'who was a research intern?', people: ['new-grad'] },
  { ask: 'who was working in 2019?', people: ['career-changer', 'martin', 'senior-engineer'] },
  { ask: '/people 2015', people: ['martin', 'senior-engineer'] },
  // A year stated "before", "after" or "since" is each role's own dates to meet: Lena only studied before 2008.
  { ask: 'who was working before 2008?', people: ['martin'] },
  { ask: 'who was working after 2020?', people: ['career-changer', 'senior-engineer', 'martin', 'new-grad'] },
  { ask: 'who has worked since 2022?', people: ['career-changer', 'senior-engineer', 'martin', 'new-grad'] },
  { ask: 'who worked at dropbox before 2016?', people: ['senior-engineer'] },
  { ask: 'who knows prolog?', people: ['martin-alvarez'] },
  // "Go" is a word the stop lists drop: typed alone to /people, it is the language asked for.
  { ask: '/people go', people: ['new-grad', 'senior-engineer'] },
  { ask: 'who knows k8s?', people: ['martin', 'senior-engineer'] },
  { ask: 'is there anyone who knows terraform', people: ['senior-engineer'] },
  { ask: 'who has an aws certification?', people: ['senior-engineer'] },
  // Daniel's "Applied Science" is no computer science.
  { ask: 'who studied computer science', people: ['martin', 'new-grad', 'senior-engineer'] },
  { ask: '/people confluent', people: ['senior-engineer'] },
  { ask: 'who was a ceo?', people: ['sample'] },
  // Code is written in a language: Rust the skill, not a publication about it.
  { ask: 'who writes rust?', people: ['senior-engineer'] },
  // Experience is not only paid work: a volunteer tutor's post says it, in English or Spanish.
  { ask: 'anyone with tutoring experience?', people: ['career-changer', 'martin-alvarez'] },
  // Lena's "engineering" reads as a referee's title first (Marcus Feng, Engineering Director): her own roles say it.
  { ask: '/people engineering', people: ['senior-engineer', 'martin', 'new-grad'] },
  // Lena's project says "teaching"; Richard, who says only "Teacher", fits as well.
  { ask: '/people teaching', people: ['senior-engineer', 'sample'] },
  // Given Daniel's role "Data Analyst (Contract)" beside his skills group "Data Analysis", the role is his evidence.
  { ask: '/people data analyst', people: ['career-changer'] },
  { ask: 'is anyone a data analyst?', people: ['career-changer'] },
  // "Else" asks about no word of anyone's: who else worked somewhere is who worked there.
  { ask: 'who else worked at dropbox?', people: ['senior-engineer'] },
  // A verb asked in its -s form is said by its doing and its doers: Jordan's summary says "teaches", which is no
  // evidence (the summary is their own headline), so those who teach are found by "teaching" and "Teacher".
  { ask: 'who teaches?', people: ['senior-engineer', 'sample'] },
  // Martin "Mentored engineers": a verb is said by having done it too.
  { ask: 'who mentors?', people: ['senior-engineer', 'martin'] },
  // A verb nobody says is weighed by each one's own reading: "Team Management" says "manages teams".
  { ask: 'who manages teams?', people: ['martin', 'new-grad'] },
  // A kind of skill asked as a whole is whoever lists a skill of that kind: no résumé says "databases" of PostgreSQL.
  { ask: 'who knows databases?', people: ['new-grad'] },
  { ask: 'who has used cloud platforms?', people: ['martin', 'new-grad'] },
  { ask: 'quem conhece frameworks?', people: ['new-grad'] },
  // Two words no résumé uses are read as someone's name unless the alias table holds one ("bikes": cycling).
  { ask: 'who rides bikes?', people: ['career-changer'] },
];

export const NOBODY_QUESTIONS: DirectoryQuestion[] = [
  { ask: 'who knows cobol?', people: [] },
  // Martin's text names Oracle's Java Flight Recorder: a third party's name, nobody's employer.
  { ask: 'anyone employed by oracle?', people: [] },
  { ask: 'who speaks japanese?', people: [] },
  { ask: '/people haskell', people: [] },
  // "Professor" is English here, not Portuguese for a teacher: Richard's CoderDojo post is no professorship.
  { ask: 'who was a professor?', people: [] },
  { ask: '/people professor', people: [] },
  // Lena left Dropbox in 2020.
  { ask: 'who worked at dropbox after 2021?', people: [] },
  // Apache Flink uses Martin's work: no one worked on it.
  { ask: 'has anyone worked at apache?', people: [] },
];

export const PERSON_QUESTIONS: DirectoryQuestion[] = [
  {
    ask: 'what did lena do at confluent?',
    person: 'senior-engineer',
    command: 'experience',
    first: 'Staff Software Engineer at Confluent',
  },
  {
    ask: 'where did maya study?',
    person: 'new-grad',
    command: 'education',
    first: 'Bachelor of Science Computer Science at University of Washington',
  },
  { ask: '/skills vasquez', person: 'senior-engineer', command: 'skills', first: 'Distributed Systems' },
  {
    ask: "daniel's certificates",
    person: 'career-changer',
    command: 'certificates',
    first: 'Google Data Analytics Professional Certificate',
  },
  { ask: '/experience richard', person: 'sample', command: 'experience', first: 'CEO/President at Pied Piper' },
  { ask: 'what languages does martín álvarez speak?', person: 'martin-alvarez', command: 'languages', first: 'Español' },
  { ask: '/education alvarez', person: 'martin-alvarez', command: 'education', first: 'Doctorado Lingüística at Universidad de Zaragoza' },
  { ask: '/projects okonkwo', person: 'new-grad', command: 'projects', first: 'DormSwap' },
  // Typos and prefixes of a name.
  { ask: '/about hendricks', person: 'sample', command: 'about', first: 'Richard Hendriks' },
  { ask: '/experience lenna', person: 'senior-engineer', command: 'experience', first: 'Staff Software Engineer at Confluent' },
  { ask: '/skills dan', person: 'career-changer', command: 'skills', first: 'Data Analysis' },
  { ask: "spier's projects", person: 'martin', command: 'projects', first: 'FlameScope' },
  { ask: '/experience senior-engineer', person: 'senior-engineer', command: 'experience', first: 'Staff Software Engineer at Confluent' },
  { ask: 'what tools does daniel use?', person: 'career-changer', command: 'skills', first: 'Data Analysis' },
  { ask: 'what software does maya use?', person: 'new-grad', command: 'skills', first: 'Programming Languages' },
  // A first name two people share, in a question only one of them answers.
  { ask: 'what did martin do at netflix?', person: 'martin', command: 'experience', first: 'Performance Architect at Netflix' },
  { ask: 'does martin know prolog?', person: 'martin-alvarez', command: 'skills', first: 'Prolog' },
  // Questions that read as one only with the name in them ("when did join confluent?").
  { ask: 'when did lena join confluent?', person: 'senior-engineer', command: 'experience', first: 'Staff Software Engineer at Confluent' },
  { ask: 'when did maya start at outreach?', person: 'new-grad', command: 'experience', first: 'Software Engineering Intern at Outreach' },
  { ask: 'when did daniel leave café lumen?', person: 'career-changer', command: 'experience', first: 'Shift Supervisor at Café Lumen' },
];

export const PERSON_NO_FIT: DirectoryQuestion[] = [
  { ask: 'did lena work at netflix?', person: 'senior-engineer', command: 'experience', first: null },
  { ask: "maya's publications", person: 'new-grad', command: 'publications', first: null },
  // Our own résumé has no work section.
  { ask: '/experience martin-alvarez', person: 'martin-alvarez', command: 'experience', first: null },
  // "Professor" is no form of "Professional" (his Catalan's fluency).
  { ask: 'was martín álvarez a professor?', person: 'martin-alvarez', command: 'experience', first: null },
  { ask: 'does richard know kafka?', person: 'sample', command: 'skills', first: null },
];
