/**
 * A second set of questions nobody listed, written after the rules the first (unlisted-set.ts) tuned,
 * to see that they hold on other wordings: labelled from the résumés' text alone, as that set is.
 */
import type { Labelled } from './fixture-bots.js';

const DELL = 'Performance Engineer at Dell';
const PICPAY = 'VP, Platform Engineering at PicPay';
const SALT = 'General Manager at Salt & Cedar Restaurant Group';
const OUTREACH = 'Software Engineering Intern at Outreach';
const DROPBOX = 'Senior Software Engineer at Dropbox';
const NORDLYS = 'Platform Engineer at Nordlys';

export const UNLISTED_CHECK: readonly Labelled[] = [
  // Titles held, never a word of another entry's name
  { resume: 'martin', ask: 'was he ever a team lead?', command: 'experience', first: null },
  { resume: 'martin', ask: 'has he been a vice president?', command: 'experience', first: PICPAY },
  { resume: 'martin', ask: 'was he an architect?', command: 'experience', first: 'Performance Architect at Snowflake' },
  { resume: 'martin', ask: 'was he a recruiter?', command: 'experience', first: null },
  { resume: 'career-changer', ask: 'was he a baker?', command: 'experience', first: null },
  { resume: 'career-changer', ask: 'was he a restaurant manager?', command: 'experience', first: SALT },
  { resume: 'career-changer', ask: 'was he a cyclist?', command: 'experience', first: null },
  { resume: 'career-changer', ask: 'is he a cyclist?', command: 'interests', first: 'Cycling' },
  { resume: 'new-grad', ask: 'was she a team lead?', command: 'experience', first: null },
  { resume: 'new-grad', ask: 'was she an intern at outreach?', command: 'experience', first: OUTREACH },
  { resume: 'new-grad', ask: 'was she an intern at google?', command: 'experience', first: null },
  { resume: 'senior-engineer', ask: 'was she a professor?', command: 'experience', first: null },
  { resume: 'senior-engineer', ask: 'was she a senior engineer at dropbox?', command: 'experience', first: DROPBOX },
  {
    resume: 'senior-engineer',
    ask: 'is she an aws solutions architect?',
    command: 'certificates',
    first: 'AWS Certified Solutions Architect - Professional',
  },
  { resume: 'senior-engineer', ask: 'was she a best paper winner?', command: 'awards', first: 'Best Paper Award' },
  { resume: 'sample', ask: 'was he a software developer at hooli?', command: 'experience', first: null },
  { resume: 'sample', ask: 'was he a wildlife photographer?', command: 'experience', first: null },
  { resume: 'relevance-edge', ask: 'was she an incident commander?', command: 'experience', first: null },
  { resume: 'relevance-edge', ask: 'was she a platform engineer?', command: 'experience', first: NORDLYS },
  // A known name beside another word
  { resume: 'martin', ask: 'does he know kubernetes helm?', command: 'skills', first: null },
  { resume: 'martin', ask: 'does he know aws administration?', command: 'skills', first: 'AWS' },
  { resume: 'martin', ask: 'does he know amazon aws?', command: 'skills', first: 'AWS' },
  { resume: 'martin', ask: 'does he know cloud computing?', command: 'skills', first: null },
  { resume: 'martin', ask: 'does he know azure cloud?', command: 'skills', first: null },
  { resume: 'career-changer', ask: 'does he know python pandas?', command: 'skills', first: 'Python' },
  { resume: 'career-changer', ask: 'does he know tableau prep?', command: 'skills', first: null },
  { resume: 'career-changer', ask: 'does he know microsoft excel?', command: 'skills', first: 'Excel' },
  { resume: 'new-grad', ask: 'does she know react development?', command: 'skills', first: 'React' },
  { resume: 'new-grad', ask: 'does she know docker swarm?', command: 'skills', first: null },
  { resume: 'new-grad', ask: 'does she know node.js?', command: 'skills', first: 'Node.js' },
  { resume: 'senior-engineer', ask: 'does she know rust programming?', command: 'skills', first: 'Rust' },
  { resume: 'senior-engineer', ask: 'does she know kafka?', command: 'skills', first: 'Kafka' },
  { resume: 'senior-engineer', ask: 'does she know google kubernetes engine?', command: 'skills', first: null },
  { resume: 'sample', ask: 'does he know css grid?', command: 'skills', first: null },
  { resume: 'sample', ask: 'does he know gif animation?', command: 'skills', first: null },
  { resume: 'relevance-edge', ask: 'does she know go?', command: 'skills', first: 'Go' },
  { resume: 'relevance-edge', ask: 'does she know google analytics?', command: 'skills', first: null },
  // What was built where
  { resume: 'martin', ask: 'which projects did he build at netflix?', command: 'projects', first: 'FlameScope' },
  { resume: 'martin', ask: 'what did he create at snowflake?', command: 'projects', first: null },
  { resume: 'new-grad', ask: 'what did she build at the university of washington?', command: 'projects', first: 'DormSwap' },
  { resume: 'new-grad', ask: 'what did she build at outreach?', command: 'projects', first: null },
  { resume: 'senior-engineer', ask: 'what did she build at dropbox?', command: 'projects', first: 'raft-lab' },
  { resume: 'senior-engineer', ask: 'what did she build at rackspace?', command: 'projects', first: null },
  { resume: 'sample', ask: 'what did he build at smoogle?', command: 'projects', first: 'Miss Direction' },
  { resume: 'relevance-edge', ask: 'what did she build at the bank of montreal?', command: 'projects', first: 'Fjord' },
  // Places and people
  { resume: 'martin', ask: 'did he work in brazil?', command: 'experience', first: DELL },
  { resume: 'martin', ask: 'did he work in porto?', command: 'experience', first: null },
  { resume: 'career-changer', ask: 'did he work in spain?', command: 'experience', first: null },
  { resume: 'senior-engineer', ask: 'did she work in spain?', command: 'experience', first: null },
  { resume: 'relevance-edge', ask: 'did she work in japan?', command: 'experience', first: null },
  { resume: 'relevance-edge', ask: 'did she work in oslo?', command: 'experience', first: NORDLYS },
  { resume: 'senior-engineer', ask: 'what did dr. anita bose do at dropbox?', command: 'experience', first: null },
  { resume: 'new-grad', ask: 'who is daniel reyes?', command: 'about', first: null },
  // Hobbies asked in other words
  { resume: 'new-grad', ask: 'does she play chess?', command: 'interests', first: null },
  { resume: 'senior-engineer', ask: 'is she interested in cartography?', command: 'interests', first: 'Cartography' },
  { resume: 'sample', ask: 'is he interested in unicorns?', command: 'interests', first: 'Wildlife' },
  { resume: 'career-changer', ask: 'is he interested in fermentation?', command: 'interests', first: 'Home Cooking' },
  { resume: 'relevance-edge', ask: 'does she play the piano?', command: 'interests', first: null },
];
