/**
 * A fresh tuning set for English relevance, written from the résumés alone (Martin's, the JSON
 * Resume examples, and tests/fixtures/relevance-edge.resume.json: empty strings, an undated role,
 * two roles at one company, unicode, a skills group named "Languages" beside spoken languages, a
 * company named after a city it is not in, a long summary naming a company she never worked for).
 * A third and more are traps nothing fits. `first: null`: the answer must hold no result.
 */
import type { DirectoryQuestion } from '../directory/labelled.js';
import type { Labelled } from './fixture-bots.js';

const NETFLIX = 'Performance Architect at Netflix';
const SNOWFLAKE = 'Performance Architect at Snowflake';
const EXPEDIA = 'Performance Engineer at Expedia';
const PICPAY = 'VP, Platform Engineering at PicPay';
const DELL = 'Performance Engineer at Dell';
const MARTIN_CS = 'B.Sc. Computer Science at Pontifícia Universidade Católica do Rio Grande do Sul (PUCRS)';
const BMO = 'Senior Site Reliability Engineer at Bank of Montreal';
const NORDLYS = 'Platform Engineer at Nordlys';
const UW_BSC = 'Bachelor of Science Computer Science at University of Washington';
const ZOE_MSC = 'Master of Science Informatics at Universidade de Lisboa';

/** One résumé at a time. */
export const FRESH_SINGLE: readonly Labelled[] = [
  // Martin: a known word beside an unknown one, other people, missing sections
  { resume: 'martin', ask: '/skills cloud security', command: 'skills', first: null },
  { resume: 'martin', ask: 'did he study in brazil?', command: 'education', first: MARTIN_CS },
  // "PicPay" is a whole name; "team" only a word of "Remote Team Management": the role there answers.
  { resume: 'martin', ask: 'how big was his team at picpay?', command: 'experience', first: PICPAY },
  // "International" is no form of "internally" (PicPay's "internally developed solutions").
  { resume: 'martin', ask: '/experience international', command: 'experience', first: null },
  // An English "professor" is no Portuguese one, a teacher (Priya's letter on his teaching, Richard's CoderDojo post).
  { resume: 'career-changer', ask: '/references professor', command: 'references', first: null },
  { resume: 'sample', ask: '/volunteer professor', command: 'volunteer', first: null },
  { resume: 'martin', ask: '/skills cloud networking', command: 'skills', first: null },
  { resume: 'martin', ask: '/skills cloud native', command: 'skills', first: null },
  { resume: 'martin', ask: '/skills conflict resolution', command: 'skills', first: 'Conflict Management' },
  { resume: 'martin', ask: '/skills apache kafka', command: 'skills', first: 'Kafka' },
  { resume: 'martin', ask: '/skills kafka streams', command: 'skills', first: null },
  { resume: 'martin', ask: '/skills python', command: 'skills', first: null },
  { resume: 'martin', ask: 'does he know machine learning?', command: 'skills', first: null },
  { resume: 'martin', ask: 'tell me about machine learning', command: 'resume', first: null },
  { resume: 'martin', ask: '/projects machine learning', command: 'projects', first: null },
  { resume: 'martin', ask: 'did he work at google?', command: 'experience', first: null },
  { resume: 'martin', ask: 'did he work at flink?', command: 'experience', first: null },
  { resume: 'martin', ask: 'what did sarah do at netflix?', command: 'experience', first: null },
  { resume: 'martin', ask: "what was priya's job at netflix?", command: 'experience', first: null },
  { resume: 'martin', ask: 'who is brendan gregg?', command: 'about', first: null },
  { resume: 'martin', ask: 'tell me about brendan gregg', command: 'about', first: null },
  { resume: 'martin', ask: 'tell me about grace hopper', command: 'about', first: null },
  { resume: 'martin', ask: 'who is martin spier?', command: 'about', first: 'Martin Spier' },
  { resume: 'martin', ask: 'what did he do at netflix?', command: 'experience', first: NETFLIX },
  { resume: 'martin', ask: 'did he work in california?', command: 'experience', first: SNOWFLAKE },
  { resume: 'martin', ask: 'did he work in bellevue?', command: 'experience', first: EXPEDIA },
  { resume: 'martin', ask: '/experience san francisco', command: 'experience', first: null },
  { resume: 'martin', ask: '/experience 2012', command: 'experience', first: NETFLIX },
  { resume: 'martin', ask: '/experience 2009', command: 'experience', first: DELL },
  { resume: 'martin', ask: 'has he been a vp?', command: 'experience', first: PICPAY },
  { resume: 'martin', ask: 'was he a ceo?', command: 'experience', first: null },
  { resume: 'martin', ask: 'does he have a phd?', command: 'education', first: null },
  { resume: 'martin', ask: 'does he have a masters degree?', command: 'education', first: null },
  { resume: 'martin', ask: 'where did he study?', command: 'education', first: MARTIN_CS },
  { resume: 'martin', ask: 'what languages does he speak?', command: 'languages', first: null },
  { resume: 'martin', ask: 'what programming languages does he know?', command: 'skills', first: null },
  // Daniel (career-changer)
  // Writing code without projects to show: the skill answers, not "lists no projects".
  { resume: 'career-changer', ask: 'does he write python?', command: 'skills', first: 'Python' },
  // Work in general that no role says: the volunteer post or the interest that does.
  { resume: 'career-changer', ask: 'any tutoring experience?', command: 'volunteer', first: 'Digital Literacy Tutor at Austin Free-Net' },
  { resume: 'career-changer', ask: 'does he have baking experience?', command: 'interests', first: 'Home Cooking' },
  { resume: 'career-changer', ask: 'does he speak spanish?', command: 'languages', first: 'Spanish' },
  { resume: 'career-changer', ask: 'what languages does he speak?', command: 'languages', first: 'English' },
  {
    resume: 'career-changer',
    ask: 'what did he do at the food bank?',
    command: 'volunteer',
    first: 'Data Volunteer at Central Texas Food Bank',
  },
  { resume: 'career-changer', ask: 'did he work in austin?', command: 'experience', first: 'Data Analyst (Contract) at Freelance' },
  // "In a restaurant" is a kind of workplace, as "at a restaurant" is: never a place called so.
  {
    resume: 'career-changer',
    ask: 'has he worked in a restaurant?',
    command: 'experience',
    first: 'General Manager at Salt & Cedar Restaurant Group',
  },
  // His college is named after the city he lives in (Austin, Texas), so it is there; the Central Texas Food Bank,
  // where he volunteered, is no college.
  {
    resume: 'career-changer',
    ask: 'did he go to college in texas?',
    command: 'education',
    first: 'Associate of Applied Science Business Administration at Austin Community College',
  },
  { resume: 'career-changer', ask: 'did he work at austin community college?', command: 'experience', first: null },
  // The Central Texas Food Bank is no university.
  { resume: 'career-changer', ask: 'did he go to the university of texas?', command: 'education', first: null },
  {
    resume: 'career-changer',
    ask: 'where did he study?',
    command: 'education',
    first: 'Associate of Applied Science Business Administration at Austin Community College',
  },
  { resume: 'career-changer', ask: "does he have a bachelor's degree?", command: 'education', first: null },
  { resume: 'career-changer', ask: 'does he know tableau?', command: 'skills', first: 'Tableau' },
  { resume: 'career-changer', ask: 'does he know machine learning?', command: 'skills', first: null },
  { resume: 'career-changer', ask: 'what did priya do at salt & cedar?', command: 'experience', first: null },
  { resume: 'career-changer', ask: 'does he like cycling?', command: 'interests', first: 'Cycling' },
  { resume: 'career-changer', ask: 'does he like golf?', command: 'interests', first: null },
  {
    resume: 'career-changer',
    ask: 'was he a general manager?',
    command: 'experience',
    first: 'General Manager at Salt & Cedar Restaurant Group',
  },
  { resume: 'career-changer', ask: 'was he a ceo?', command: 'experience', first: null },
  { resume: 'career-changer', ask: 'is he a data analyst?', command: 'experience', first: 'Data Analyst (Contract) at Freelance' },
  // Given a role titled "Data Analyst (Contract)" and a skills group "Data Analysis", the words as written name the role.
  { resume: 'career-changer', ask: 'data analyst', command: 'experience', first: 'Data Analyst (Contract) at Freelance' },
  { resume: 'career-changer', ask: 'was he a café supervisor?', command: 'experience', first: 'Shift Supervisor at Café Lumen' },
  { resume: 'career-changer', ask: '/skills data science', command: 'skills', first: null },
  { resume: 'career-changer', ask: 'did he work for google?', command: 'experience', first: null },
  // Maya (new-grad)
  { resume: 'new-grad', ask: 'does she know go?', command: 'skills', first: 'Go' },
  { resume: 'new-grad', ask: 'does she speak igbo?', command: 'languages', first: 'Igbo' },
  { resume: 'new-grad', ask: 'does she speak spanish?', command: 'languages', first: null },
  { resume: 'new-grad', ask: 'was she an intern?', command: 'experience', first: 'Software Engineering Intern at Outreach' },
  // Given a summary "eager to join an engineering team", looking for work is hers to say: never "no role matches looking".
  { resume: 'new-grad', ask: 'is she looking for a job?', command: 'about', first: 'Maya Okonkwo' },
  // A kind of skill asked for as a whole lists her skills of that kind (no skill is called "databases").
  { resume: 'new-grad', ask: 'what frameworks does she know?', command: 'skills', first: 'React' },
  { resume: 'new-grad', ask: 'which databases has she used?', command: 'skills', first: 'PostgreSQL' },
  { resume: 'new-grad', ask: 'what cloud platforms does she use?', command: 'skills', first: 'AWS' },
  { resume: 'senior-engineer', ask: 'what databases does she know?', command: 'skills', first: null },
  { resume: 'martin', ask: 'what cloud platforms does he know?', command: 'skills', first: 'AWS' },
  { resume: 'martin', ask: 'what frameworks does he know?', command: 'skills', first: null },
  { resume: 'martin', ask: 'is he open to work?', command: 'about', first: 'Martin Spier' },
  // Riding bikes is cycling (an alias): his interest, however it is asked.
  { resume: 'career-changer', ask: 'does he ride bikes?', command: 'interests', first: 'Cycling' },
  { resume: 'career-changer', ask: 'is he into biking?', command: 'interests', first: 'Cycling' },
  // A word the alias table holds is a thing asked about, never a name: "ele tem certificação da aws?" asks for a certificate.
  { resume: 'career-changer', ask: 'rides bikes', command: 'interests', first: 'Cycling' },
  { resume: 'sample', ask: 'ele tem certificação da aws?', command: 'certificates', first: null },
  { resume: 'new-grad', ask: 'does she ride a bike?', command: 'resume', first: null },
  // Speaking at a conference is giving talks, never a spoken language: his Netflix role, her interest in it.
  { resume: 'martin', ask: 'does he speak at conferences?', command: 'experience', first: 'Performance Architect at Netflix' },
  { resume: 'senior-engineer', ask: 'has she spoken at conferences?', command: 'interests', first: 'Mentoring' },
  // A venue is where a paper appeared: every publication, with its publisher.
  {
    resume: 'senior-engineer',
    ask: 'which venue published her work?',
    command: 'publications',
    first: 'Bounded Staleness for Geo-Replicated Key-Value Stores',
  },
  // Courses are asked with the verb taken with them, or as classes
  { resume: 'new-grad', ask: 'what courses did she take?', command: 'education', first: UW_BSC },
  { resume: 'new-grad', ask: 'what classes has she taken?', command: 'education', first: UW_BSC },
  { resume: 'new-grad', ask: 'did she take a machine learning class?', command: 'education', first: UW_BSC },
  { resume: 'new-grad', ask: 'did she work at microsoft?', command: 'experience', first: null },
  {
    resume: 'new-grad',
    ask: 'where did she study?',
    command: 'education',
    first: 'Bachelor of Science Computer Science at University of Washington',
  },
  { resume: 'new-grad', ask: 'does she have a masters?', command: 'education', first: null },
  { resume: 'new-grad', ask: 'does she like climbing?', command: 'interests', first: 'Rock Climbing' },
  { resume: 'new-grad', ask: 'did she work in seattle?', command: 'experience', first: 'Software Engineering Intern at Outreach' },
  { resume: 'new-grad', ask: 'did she work in austin?', command: 'experience', first: null },
  { resume: 'new-grad', ask: 'what awards did she win?', command: 'awards', first: "Dean's List" },
  // Dr. Lena Vasquez (senior-engineer): her school is named after the city she studied in, not one she worked in
  { resume: 'senior-engineer', ask: 'does she speak portuguese?', command: 'languages', first: 'Portuguese' },
  { resume: 'senior-engineer', ask: 'what did she do at dropbox?', command: 'experience', first: 'Senior Software Engineer at Dropbox' },
  { resume: 'senior-engineer', ask: 'did she work in austin?', command: 'experience', first: null },
  { resume: 'senior-engineer', ask: 'did she work in san antonio?', command: 'experience', first: 'Software Engineer at Rackspace' },
  // A country or a region asked of her studies is where she studied: never Portuguese, the language she speaks.
  { resume: 'senior-engineer', ask: 'did she study in portugal?', command: 'education', first: null },
  {
    resume: 'senior-engineer',
    ask: 'did she go to college in texas?',
    command: 'education',
    first: 'Ph.D. Computer Science at University of Texas at Austin',
  },
  // "Writes" as "write" does: a programming language is written as code.
  { resume: 'senior-engineer', ask: 'she writes rust', command: 'skills', first: 'Rust' },
  { resume: 'senior-engineer', ask: 'does she know cloud security?', command: 'skills', first: null },
  {
    resume: 'senior-engineer',
    ask: 'is she aws certified?',
    command: 'certificates',
    first: 'AWS Certified Solutions Architect - Professional',
  },
  {
    resume: 'senior-engineer',
    ask: 'does she have a phd?',
    command: 'education',
    first: 'Ph.D. Computer Science at University of Texas at Austin',
  },
  { resume: 'senior-engineer', ask: 'what did anita do at ut austin?', command: 'experience', first: null },
  { resume: 'senior-engineer', ask: 'did she work at google?', command: 'experience', first: null },
  { resume: 'senior-engineer', ask: 'does she know kafka streams?', command: 'skills', first: null },
  // Rackspace is a "managed cloud hosting provider": she was no manager, and no intern ("internal" is another word).
  { resume: 'senior-engineer', ask: 'is she a manager?', command: 'experience', first: null },
  { resume: 'senior-engineer', ask: 'was she ever an intern?', command: 'experience', first: null },
  // Richard Hendriks (sample)
  // Who says it is anyone he worked with: his references answer, never a search of them for "people".
  { resume: 'sample', ask: 'what do people say about him?', command: 'references', first: 'Erlich Bachman' },
  { resume: 'sample', ask: 'what do his coworkers think of him?', command: 'references', first: 'Erlich Bachman' },
  { resume: 'sample', ask: 'was he a ceo?', command: 'experience', first: 'CEO/President at Pied Piper' },
  { resume: 'sample', ask: 'did he work at hooli?', command: 'experience', first: null },
  { resume: 'sample', ask: 'did he work in palo alto?', command: 'experience', first: 'CEO/President at Pied Piper' },
  { resume: 'sample', ask: 'did he work in san francisco?', command: 'experience', first: null },
  { resume: 'sample', ask: 'does he know javascript?', command: 'skills', first: 'Javascript' },
  { resume: 'sample', ask: 'does he know java?', command: 'skills', first: null },
  { resume: 'sample', ask: 'did erlich do anything at pied piper?', command: 'experience', first: null },
  { resume: 'sample', ask: 'does he speak french?', command: 'languages', first: null },
  // Zoë Ødegård (relevance-edge)
  { resume: 'relevance-edge', ask: 'what languages does she speak?', command: 'languages', first: 'Norwegian' },
  { resume: 'relevance-edge', ask: 'does she speak python?', command: 'languages', first: null },
  { resume: 'relevance-edge', ask: 'what programming languages does she know?', command: 'skills', first: 'Languages' },
  { resume: 'relevance-edge', ask: 'does she know haskell?', command: 'skills', first: 'Haskell' },
  { resume: 'relevance-edge', ask: 'did she work in montreal?', command: 'experience', first: null },
  { resume: 'relevance-edge', ask: 'did she work in toronto?', command: 'experience', first: BMO },
  { resume: 'relevance-edge', ask: 'did she work at the bank of montreal?', command: 'experience', first: BMO },
  { resume: 'relevance-edge', ask: 'what did she do at nordlys?', command: 'experience', first: NORDLYS },
  { resume: 'relevance-edge', ask: 'was she a site reliability engineer?', command: 'experience', first: BMO },
  { resume: 'relevance-edge', ask: 'does she live in oslo?', command: 'about', first: null },
  { resume: 'relevance-edge', ask: 'does she live in lisbon?', command: 'about', first: 'Zoë Ødegård' },
  { resume: 'martin', ask: 'does he live in brazil?', command: 'about', first: null },
  { resume: 'relevance-edge', ask: 'what did mark do at nordlys?', command: 'experience', first: null },
  { resume: 'relevance-edge', ask: 'did she work at google?', command: 'experience', first: null },
  { resume: 'relevance-edge', ask: 'does she know google cloud?', command: 'skills', first: 'Google Cloud' },
  { resume: 'relevance-edge', ask: '/skills cloud security', command: 'skills', first: null },
  { resume: 'relevance-edge', ask: 'does she know machine learning?', command: 'skills', first: null },
  { resume: 'relevance-edge', ask: 'does she have a masters?', command: 'education', first: ZOE_MSC },
  { resume: 'relevance-edge', ask: 'does she have a phd?', command: 'education', first: null },
  { resume: 'relevance-edge', ask: 'who is tomás ríos?', command: 'about', first: null },
  { resume: 'relevance-edge', ask: 'does she like bouldering?', command: 'interests', first: 'Bouldering' },
  { resume: 'relevance-edge', ask: 'does she like golf?', command: 'interests', first: null },
  { resume: 'relevance-edge', ask: '/experience 2015', command: 'experience', first: 'Support Engineer at Nordlys' },
  { resume: 'relevance-edge', ask: '/experience current', command: 'experience', first: BMO },
  { resume: 'relevance-edge', ask: 'was she a consultant?', command: 'experience', first: 'Freelance Consultant' },
  { resume: 'relevance-edge', ask: '/certificates', command: 'certificates', first: null },
];

/** The directory of seven: Martin, the examples, Martín Álvarez and Zoë. People questions by exact set. */
export const FRESH_DIRECTORY: readonly DirectoryQuestion[] = [
  // Where someone lives is their own location; where they worked, their roles' locations; never a school's or company's name.
  { ask: 'who lives in austin?', people: ['career-changer'] },
  { ask: 'who lives in san francisco?', people: ['senior-engineer', 'sample'] },
  { ask: 'who is based in lisbon?', people: ['relevance-edge'] },
  { ask: 'who lives in spain?', people: ['martin-alvarez'] },
  { ask: 'who lives in california?', people: ['senior-engineer', 'sample'] },
  { ask: 'who worked in montreal?', people: [] },
  { ask: 'who worked in toronto?', people: ['relevance-edge'] },
  { ask: 'who has worked in a restaurant?', people: ['career-changer'] },
  // A time from one year to another is one time: anyone under way in some year of it.
  { ask: 'who was working between 2011 and 2013?', people: ['senior-engineer', 'martin', 'sample', 'relevance-edge'] },
  // Where someone studied is where their studies were: never a language (Portuguese) nor a food bank in Texas.
  { ask: 'who studied in portugal?', people: [] },
  { ask: 'who went to college in texas?', people: ['career-changer', 'senior-engineer'] },
  { ask: 'who studied in brazil?', people: ['martin'] },
  { ask: 'who worked in seattle?', people: ['new-grad'] },
  { ask: 'who worked in austin?', people: ['career-changer'] },
  { ask: 'who has worked in norway?', people: ['relevance-edge'] },
  // Time
  { ask: 'who was working in 2015?', people: ['senior-engineer', 'martin', 'relevance-edge'] },
  { ask: 'who was working in 1995?', people: [] },
  { ask: 'who is currently working?', people: ['senior-engineer', 'martin', 'relevance-edge'] },
  // Degrees and positions
  { ask: 'who has a masters degree?', people: ['relevance-edge'] },
  // A licenciatura is a bachelor's degree (src/resume/significance.ts); an associate degree is not.
  { ask: "who has a bachelor's degree?", people: ['martin', 'new-grad', 'senior-engineer', 'sample', 'relevance-edge', 'martin-alvarez'] },
  { ask: 'who studied computer science?', people: ['martin', 'new-grad', 'senior-engineer'] },
  { ask: 'who went to the university of texas?', people: ['senior-engineer'] },
  { ask: 'who was a ceo?', people: ['sample'] },
  { ask: 'who was a cto?', people: [] },
  { ask: 'who is a data analyst?', people: ['career-changer'] },
  { ask: 'who was a manager?', people: ['career-changer'] },
  { ask: 'who has a phd in computer science?', people: ['senior-engineer'] },
  { ask: 'who was a site reliability engineer?', people: ['relevance-edge'] },
  // Spoken languages, never a skills group named "Languages"
  { ask: 'who speaks portuguese?', people: ['senior-engineer', 'relevance-edge'] },
  { ask: 'who speaks japanese?', people: ['relevance-edge'] },
  { ask: 'who speaks french?', people: [] },
  // Each part of an "and" fits, maybe by two entries.
  { ask: 'who speaks english and spanish?', people: ['career-changer', 'senior-engineer'] },
  { ask: 'who knows tableau and sql?', people: ['career-changer'] },
  { ask: 'who knows kafka and kubernetes?', people: ['martin', 'senior-engineer'] },
  { ask: 'who speaks python?', people: [] },
  // Skills
  { ask: 'who knows go?', people: ['new-grad', 'senior-engineer', 'relevance-edge'] },
  { ask: 'who knows haskell?', people: ['relevance-edge'] },
  // Richard lists Javascript: no Java.
  { ask: 'who knows java?', people: ['new-grad', 'senior-engineer'] },
  { ask: 'who knows kubernetes?', people: ['martin', 'senior-engineer', 'relevance-edge'] },
  { ask: 'who knows cloud security?', people: [] },
  { ask: 'who knows google cloud?', people: ['relevance-edge'] },
  { ask: 'who knows machine learning?', people: ['new-grad'] },
  { ask: 'who has won an award?', people: ['senior-engineer', 'new-grad', 'sample', 'relevance-edge'] },
  // Employers, and names of nobody here
  { ask: 'who worked at google?', people: [] },
  { ask: 'who worked at the bank of montreal?', people: ['relevance-edge'] },
  { ask: 'who knows sarah connor?', people: [] },
  { ask: 'who is grace hopper?', people: [] },
  // One person's answer
  { ask: 'what did zoe do at nordlys?', person: 'relevance-edge', command: 'experience', first: NORDLYS },
  { ask: 'does zoe speak japanese?', person: 'relevance-edge', command: 'languages', first: 'Japanese' },
  { ask: "what are richard's hobbies?", person: 'sample', command: 'interests', first: 'Wildlife' },
  { ask: 'where did zoe study?', person: 'relevance-edge', command: 'education', first: ZOE_MSC },
  { ask: 'does maya speak igbo?', person: 'new-grad', command: 'languages', first: 'Igbo' },
  { ask: 'what did martin spier do in 2010?', person: 'martin', command: 'experience', first: DELL },
  { ask: 'did richard work in san francisco?', person: 'sample', command: 'experience', first: null },
  { ask: 'did lena work in austin?', person: 'senior-engineer', command: 'experience', first: null },
  { ask: 'what did lena do at google?', person: 'senior-engineer', command: 'experience', first: null },
  { ask: 'what did brendan gregg do at netflix?', person: 'martin', command: 'experience', first: null },
  { ask: 'what did elon musk do at tesla?', person: 'martin', command: 'experience', first: null },
  { ask: 'does richard know java?', person: 'sample', command: 'skills', first: null },
];
