/**
 * Questions nobody listed while the routing was written: partial matches (a word the résumé
 * lacks beside one it has), the more significant entry first when the question gives no
 * other cue, people other than the owner, spoken languages beside a skills group called
 * "Languages", sections a résumé lacks, typos and abbreviations. Over Martin's résumé, the
 * JSON Resume examples and an awkward résumé of our own (tests/fixtures/awkward.resume.json:
 * a past role listed before the current one, a short course listed above two degrees, a
 * skills group called "Languages", two-word skills). `first` is the first result's title, or
 * null when nothing in that résumé fits.
 */
import type { Labelled } from './fixture-bots.js';

const KAFKA = 'Kafka';
const MARTIN_BSC = 'B.Sc. Computer Science at Pontifícia Universidade Católica do Rio Grande do Sul (PUCRS)';
const LENA_PHD = 'Ph.D. Computer Science at University of Texas at Austin';
const JORDAN_MSC = 'Master of Science Distributed Computing at Imperial College London';
const JORDAN_BENG = 'Bachelor of Engineering Computer Engineering at University of Lagos';
const JORDAN_NOW = 'Senior Platform Engineer at Northwind Bank';
const JORDAN_CLOUD = 'Cloud Engineer at Acme Hosting';
const AMARA = 'Amara Nwosu, Head of Platform at Northwind Bank';

export const RELEVANCE_QUESTIONS: readonly Labelled[] = [
  // A word the résumé lacks beside one it has: the known thing answers when the unknown word only qualifies it…
  { resume: 'martin', ask: '/skills apache kafka', command: 'skills', first: KAFKA },
  { resume: 'martin', ask: 'does he know apache kafka?', command: 'skills', first: KAFKA },
  { resume: 'martin', ask: '/skills conflict resolution', command: 'skills', first: 'Conflict Management' },
  { resume: 'martin', ask: '/skills kubernetes administration', command: 'skills', first: 'Kubernetes' },
  { resume: 'senior-engineer', ask: '/skills apache kafka', command: 'skills', first: KAFKA },
  { resume: 'senior-engineer', ask: '/skills rust programming', command: 'skills', first: 'Rust' },
  { resume: 'senior-engineer', ask: '/skills amazon s3', command: 'skills', first: 'S3' },
  { resume: 'career-changer', ask: '/skills python scripting', command: 'skills', first: 'Python' },
  { resume: 'career-changer', ask: '/skills advanced excel', command: 'skills', first: 'Excel' },
  { resume: 'new-grad', ask: '/skills amazon aws', command: 'skills', first: 'AWS' },
  { resume: 'awkward', ask: '/skills conflict management', command: 'skills', first: 'Conflict Resolution' },
  { resume: 'awkward', ask: '/experience cloud', command: 'experience', first: JORDAN_CLOUD },
  // …and never makes an unrelated entry answer.
  { resume: 'martin', ask: 'did he work at google cloud?', command: 'experience', first: null },
  { resume: 'martin', ask: '/skills data mining', command: 'skills', first: null },
  { resume: 'martin', ask: '/skills machine learning', command: 'skills', first: null },
  { resume: 'martin', ask: '/skills apache spark', command: 'skills', first: null },
  { resume: 'senior-engineer', ask: 'did she work at google cloud?', command: 'experience', first: null },
  { resume: 'career-changer', ask: '/skills power bi', command: 'skills', first: null },
  { resume: 'new-grad', ask: '/skills react native', command: 'skills', first: null },
  { resume: 'awkward', ask: 'did she work at google cloud?', command: 'experience', first: null },
  { resume: 'awkward', ask: '/experience google cloud', command: 'experience', first: null },
  { resume: 'awkward', ask: '/skills google cloud', command: 'skills', first: null },
  { resume: 'awkward', ask: '/education harvard masters', command: 'education', first: null },
  { resume: 'senior-engineer', ask: 'does she have a masters?', command: 'education', first: null },
  // The more significant entry first when the question gives no other cue: a degree above a course, the current role above a past one.
  { resume: 'martin', ask: '/education degree', command: 'education', first: MARTIN_BSC },
  { resume: 'martin', ask: 'what degree does he have?', command: 'education', first: MARTIN_BSC },
  { resume: 'martin', ask: '/education pucrs', command: 'education', first: MARTIN_BSC },
  { resume: 'martin', ask: 'what is his highest degree?', command: 'education', first: MARTIN_BSC },
  { resume: 'senior-engineer', ask: '/education degree', command: 'education', first: LENA_PHD },
  { resume: 'senior-engineer', ask: '/education texas', command: 'education', first: LENA_PHD },
  { resume: 'senior-engineer', ask: '/education uta', command: 'education', first: LENA_PHD },
  { resume: 'awkward', ask: '/education', command: 'education', first: JORDAN_MSC },
  { resume: 'awkward', ask: '/education degree', command: 'education', first: JORDAN_MSC },
  { resume: 'awkward', ask: 'where did she study?', command: 'education', first: JORDAN_MSC },
  { resume: 'awkward', ask: '/education bachelors', command: 'education', first: JORDAN_BENG },
  { resume: 'awkward', ask: '/education msc', command: 'education', first: JORDAN_MSC },
  { resume: 'awkward', ask: '/experience', command: 'experience', first: JORDAN_NOW },
  { resume: 'awkward', ask: 'where does she work?', command: 'experience', first: JORDAN_NOW },
  { resume: 'awkward', ask: '/experience engineer', command: 'experience', first: JORDAN_NOW },
  { resume: 'career-changer', ask: '/experience', command: 'experience', first: 'Data Analyst (Contract) at Freelance' },
  // A person who is not the résumé's owner: no answer.
  { resume: 'martin', ask: 'who is lena vasquez', command: 'about', first: null },
  { resume: 'martin', ask: 'tell me about lena vasquez', command: 'about', first: null },
  { resume: 'martin', ask: 'lena vasquez', command: 'about', first: null },
  { resume: 'martin', ask: "what's lena's email?", command: 'contact', first: null },
  { resume: 'martin', ask: 'tell me about richard hendriks', command: 'about', first: null },
  { resume: 'senior-engineer', ask: 'who is maya okonkwo?', command: 'about', first: null },
  { resume: 'senior-engineer', ask: 'where did daniel reyes work?', command: 'experience', first: null },
  { resume: 'career-changer', ask: "what are maya's skills?", command: 'skills', first: null },
  { resume: 'new-grad', ask: 'who is martin spier?', command: 'about', first: null },
  { resume: 'sample', ask: 'does gavin belson know javascript?', command: 'skills', first: null },
  // …while the owner, by any part of the name, is still the owner, and a referee is the references' entry.
  { resume: 'martin', ask: 'who is martin?', command: 'about', first: 'Martin Spier' },
  { resume: 'martin', ask: 'tell me about martin spier', command: 'about', first: 'Martin Spier' },
  { resume: 'senior-engineer', ask: 'who is dr. vasquez?', command: 'about', first: 'Dr. Lena Vasquez' },
  {
    resume: 'senior-engineer',
    ask: 'who is anita bose?',
    command: 'about',
    first: null,
  },
  // Spoken languages beside a skills group called "Languages".
  { resume: 'awkward', ask: 'what languages does she speak?', command: 'languages', first: 'English' },
  { resume: 'awkward', ask: '/languages', command: 'languages', first: 'English' },
  { resume: 'awkward', ask: 'does she speak yoruba?', command: 'languages', first: 'Yoruba' },
  { resume: 'awkward', ask: 'is she fluent in french?', command: 'languages', first: 'French' },
  { resume: 'awkward', ask: 'does she speak german?', command: 'languages', first: null },
  { resume: 'awkward', ask: 'what programming languages does she use?', command: 'skills', first: 'Languages' },
  { resume: 'martin', ask: 'what languages does he speak?', command: 'languages', first: null },
  { resume: 'martin', ask: 'what programming languages does he know?', command: 'skills', first: null },
  { resume: 'career-changer', ask: 'what programming languages does he know?', command: 'skills', first: null },
  { resume: 'new-grad', ask: 'what programming languages does she know?', command: 'skills', first: 'Programming Languages' },
  // Sections a résumé lacks.
  { resume: 'martin', ask: 'what awards has he won?', command: 'awards', first: null },
  { resume: 'martin', ask: 'any publications?', command: 'publications', first: null },
  { resume: 'awkward', ask: 'has she won any awards?', command: 'awards', first: null },
  { resume: 'awkward', ask: 'what has she published?', command: 'publications', first: null },
  { resume: 'new-grad', ask: 'is she certified?', command: 'certificates', first: null },
  // Typos and abbreviations.
  { resume: 'martin', ask: '/experience snowflak', command: 'experience', first: 'Performance Architect at Snowflake' },
  { resume: 'martin', ask: '/skills kuberntes', command: 'skills', first: 'Kubernetes' },
  { resume: 'senior-engineer', ask: '/awards distinguished enginer', command: 'awards', first: 'Distinguished Engineer Spotlight' },
  { resume: 'senior-engineer', ask: 'does she speak spansh?', command: 'languages', first: 'Spanish' },
  { resume: 'career-changer', ask: '/certificates tablaeu', command: 'certificates', first: 'Tableau Desktop Specialist' },
  { resume: 'awkward', ask: '/certificates cka', command: 'certificates', first: 'Certified Kubernetes Administrator' },
  {
    resume: 'sample',
    ask: '/education bachelors',
    command: 'education',
    first: 'Bachelor Information Technology at University of Oklahoma',
  },
  // Every other section of the standard.
  { resume: 'awkward', ask: '/interests chess', command: 'interests', first: 'Chess' },
  { resume: 'awkward', ask: 'what does she do for fun?', command: 'interests', first: 'Chess' },
  { resume: 'awkward', ask: 'who can vouch for her?', command: 'references', first: AMARA },
  { resume: 'awkward', ask: '/references northwind', command: 'references', first: AMARA },
  { resume: 'awkward', ask: '/projects batch', command: 'projects', first: 'batchctl' },
  { resume: 'awkward', ask: '/volunteer', command: 'volunteer', first: 'Instructor at Lagos Code Night' },
  { resume: 'awkward', ask: '/certificates hashicorp', command: 'certificates', first: 'Terraform Associate' },
  { resume: 'awkward', ask: 'how can I reach her?', command: 'contact', first: 'Jordan Okafor' },
  // Where a person lives, who referred them, where they went to school, a skill that is also an ordinary word.
  { resume: 'sample', ask: 'where does he live?', command: 'about', first: 'Richard Hendriks' },
  { resume: 'martin', ask: 'who referred him?', command: 'references', first: null },
  { resume: 'martin', ask: 'did he go to harvard?', command: 'education', first: null },
  { resume: 'senior-engineer', ask: 'did she go to ut austin?', command: 'education', first: LENA_PHD },
  { resume: 'senior-engineer', ask: 'does she know go?', command: 'skills', first: 'Go' },
  { resume: 'new-grad', ask: 'does she know go?', command: 'skills', first: 'Go' },
  { resume: 'martin', ask: 'does he know go?', command: 'skills', first: null },
  // Names only a summary, a certificate's issuer or a reference gives are no employer or school.
  { resume: 'sample', ask: 'did he work at hooli?', command: 'experience', first: null },
  { resume: 'sample', ask: 'did he study at stanford?', command: 'education', first: null },
  { resume: 'career-changer', ask: 'did he work at coursera?', command: 'experience', first: null },
  { resume: 'senior-engineer', ask: 'did she work at ut austin?', command: 'experience', first: null },
  { resume: 'awkward', ask: 'did she work at hashicorp?', command: 'experience', first: null },
  { resume: 'new-grad', ask: 'did she work at the university of washington?', command: 'experience', first: null },
  { resume: 'career-changer', ask: 'did he work at austin community college?', command: 'experience', first: null },
  {
    resume: 'career-changer',
    ask: 'did he work at austin free net?',
    command: 'volunteer',
    first: 'Digital Literacy Tutor at Austin Free-Net',
  },
  {
    resume: 'new-grad',
    ask: 'did she attend the university of washington?',
    command: 'education',
    first: 'Bachelor of Science Computer Science at University of Washington',
  },
  { resume: 'senior-engineer', ask: 'is she fluent in go?', command: 'languages', first: null },
];
