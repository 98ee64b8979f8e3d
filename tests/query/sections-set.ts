/**
 * Labelled questions about the sections beyond work, skills, projects and education
 * (awards, certificates, publications, languages, interests, references, volunteer work),
 * over the JSON Resume project's example résumés and an awkward résumé of our own
 * (tests/fixtures/edge.resume.json: a skills group called "Languages" beside spoken
 * languages, entries without names or dates, accents, a volunteer role still going on).
 * `first` is the title of the first result, or null when nothing in that résumé fits.
 */
export interface SectionQuestion {
  /** A fixture id (tests/fixtures/resumes/<id>.resume.json or tests/fixtures/<id>.resume.json), or "martin". */
  resume: string;
  ask: string;
  command: string;
  first: string | null;
}

const LENA_AWARD = 'Best Paper Award';
const LENA_SPOTLIGHT = 'Distinguished Engineer Spotlight';
const LENA_AWS = 'AWS Certified Solutions Architect - Professional';
const LENA_OSDI = 'Bounded Staleness for Geo-Replicated Key-Value Stores';
const LENA_QUEUE = 'Operating Tiered Storage at Streaming Scale';
const MARCUS = 'Marcus Feng, Engineering Director at Confluent';
const ANITA = 'Dr. Anita Bose, Professor of Computer Science, UT Austin';
const FOOD_BANK = 'Data Volunteer at Central Texas Food Bank';
const FREE_NET = 'Digital Literacy Tutor at Austin Free-Net';
const GOOGLE_CERT = 'Google Data Analytics Professional Certificate';
const PRIYA = 'Priya Natarajan, Owner, Salt & Cedar Restaurant Group';
const CODE_CLUB = 'Mentor at Code Club Bogotá';
const BANCO = 'Logistics Volunteer at Banco de Alimentos';
const CKAD = 'Certified Kubernetes Application Developer (CKAD)';
const TOMAS = 'Tomás Ríos, CTO at Red Panda Robotics';

export const SECTION_QUESTIONS: readonly SectionQuestion[] = [
  // Dr. Lena Vasquez (senior-engineer): awards, certificates, publications, languages, interests, references
  { resume: 'senior-engineer', ask: 'what awards did she win?', command: 'awards', first: LENA_AWARD },
  { resume: 'senior-engineer', ask: 'did she win anything at OSDI?', command: 'awards', first: LENA_AWARD },
  { resume: 'senior-engineer', ask: 'Has Lena received any honors?', command: 'awards', first: LENA_AWARD },
  { resume: 'senior-engineer', ask: 'did she get an award from confluent', command: 'awards', first: LENA_SPOTLIGHT },
  { resume: 'senior-engineer', ask: 'did confluent recognize her work?', command: 'awards', first: LENA_SPOTLIGHT },
  { resume: 'senior-engineer', ask: 'what awards did she get in 2021?', command: 'awards', first: LENA_SPOTLIGHT },
  { resume: 'senior-engineer', ask: 'has she won a nobel prize?', command: 'awards', first: null },
  { resume: 'senior-engineer', ask: 'is she AWS certified?', command: 'certificates', first: LENA_AWS },
  { resume: 'senior-engineer', ask: 'any certs?', command: 'certificates', first: LENA_AWS },
  { resume: 'senior-engineer', ask: 'did she get a certification from amazon?', command: 'certificates', first: LENA_AWS },
  { resume: 'senior-engineer', ask: 'is she certified in kubernetes?', command: 'certificates', first: null },
  { resume: 'senior-engineer', ask: 'is she a certified scrum master?', command: 'certificates', first: null },
  { resume: 'senior-engineer', ask: 'what has she published?', command: 'publications', first: LENA_OSDI },
  { resume: 'senior-engineer', ask: 'her paper on tiered storage', command: 'publications', first: LENA_QUEUE },
  { resume: 'senior-engineer', ask: 'what was her osdi paper about?', command: 'publications', first: LENA_OSDI },
  { resume: 'senior-engineer', ask: 'did she write about consistency?', command: 'publications', first: LENA_OSDI },
  { resume: 'senior-engineer', ask: 'has she written for acm queue?', command: 'publications', first: LENA_QUEUE },
  { resume: 'senior-engineer', ask: 'what papers did she publish in 2022?', command: 'publications', first: LENA_QUEUE },
  { resume: 'senior-engineer', ask: 'did she publish in nature?', command: 'publications', first: null },
  { resume: 'senior-engineer', ask: 'does she speak Spanish?', command: 'languages', first: 'Spanish' },
  { resume: 'senior-engineer', ask: 'can she speak portuguese?', command: 'languages', first: 'Portuguese' },
  { resume: 'senior-engineer', ask: 'which languages is she fluent in?', command: 'languages', first: 'English' },
  { resume: 'senior-engineer', ask: 'does she speak japanese?', command: 'languages', first: null },
  { resume: 'senior-engineer', ask: 'what programming languages does she know?', command: 'skills', first: 'Programming Languages' },
  { resume: 'senior-engineer', ask: 'what are her hobbies?', command: 'interests', first: 'Mentoring' },
  { resume: 'senior-engineer', ask: 'is she into maps?', command: 'interests', first: 'Cartography' },
  { resume: 'senior-engineer', ask: 'does she enjoy gis?', command: 'interests', first: 'Cartography' },
  { resume: 'senior-engineer', ask: 'does she climb?', command: 'resume', first: null },
  { resume: 'senior-engineer', ask: 'who are her references?', command: 'references', first: MARCUS },
  { resume: 'senior-engineer', ask: 'what does marcus say about her?', command: 'references', first: MARCUS },
  { resume: 'senior-engineer', ask: 'did her professor recommend her?', command: 'references', first: ANITA },
  { resume: 'senior-engineer', ask: 'is there a reference from dropbox?', command: 'references', first: null },
  { resume: 'senior-engineer', ask: 'has she volunteered?', command: 'volunteer', first: null },
  {
    resume: 'senior-engineer',
    ask: 'what was her GPA?',
    command: 'education',
    first: 'Bachelor of Science Computer Science at University of Texas at Austin',
  },
  {
    resume: 'senior-engineer',
    ask: 'what was her dissertation about?',
    command: 'education',
    first: 'Ph.D. Computer Science at University of Texas at Austin',
  },

  // Daniel Reyes (career-changer): volunteer work, certificates, languages, interests, references
  { resume: 'career-changer', ask: 'has he volunteered?', command: 'volunteer', first: FOOD_BANK },
  { resume: 'career-changer', ask: 'what did he do at the food bank?', command: 'volunteer', first: FOOD_BANK },
  { resume: 'career-changer', ask: 'did he volunteer at austin free-net?', command: 'volunteer', first: FREE_NET },
  { resume: 'career-changer', ask: 'has he done any tutoring?', command: 'volunteer', first: FREE_NET },
  { resume: 'career-changer', ask: 'is he still volunteering?', command: 'volunteer', first: FOOD_BANK },
  { resume: 'career-changer', ask: 'did he volunteer at the red cross?', command: 'volunteer', first: null },
  {
    resume: 'career-changer',
    ask: 'what did he do at salt & cedar?',
    command: 'experience',
    first: 'General Manager at Salt & Cedar Restaurant Group',
  },
  { resume: 'career-changer', ask: 'what certifications does he have?', command: 'certificates', first: GOOGLE_CERT },
  { resume: 'career-changer', ask: 'is he google certified?', command: 'certificates', first: GOOGLE_CERT },
  { resume: 'career-changer', ask: 'does he have a tableau certification?', command: 'certificates', first: 'Tableau Desktop Specialist' },
  {
    resume: 'career-changer',
    ask: 'does he have an ibm certificate?',
    command: 'certificates',
    first: 'Databases and SQL for Data Science',
  },
  { resume: 'career-changer', ask: 'is he certified in aws?', command: 'certificates', first: null },
  { resume: 'career-changer', ask: 'does he speak spanish?', command: 'languages', first: 'Spanish' },
  { resume: 'career-changer', ask: 'is he bilingual?', command: 'languages', first: 'English' },
  { resume: 'career-changer', ask: 'what are his hobbies?', command: 'interests', first: 'Home Cooking' },
  { resume: 'career-changer', ask: 'does he bake bread?', command: 'interests', first: 'Home Cooking' },
  { resume: 'career-changer', ask: 'is he into cycling?', command: 'interests', first: 'Cycling' },
  { resume: 'career-changer', ask: 'who can vouch for him?', command: 'references', first: PRIYA },
  { resume: 'career-changer', ask: 'what did priya natarajan say?', command: 'references', first: PRIYA },
  { resume: 'career-changer', ask: 'did he win any awards?', command: 'awards', first: null },
  { resume: 'career-changer', ask: 'has he published anything?', command: 'publications', first: null },

  // Maya Okonkwo (new-grad): a skills group "Programming Languages" beside spoken languages
  { resume: 'new-grad', ask: 'what languages does she speak?', command: 'languages', first: 'English' },
  { resume: 'new-grad', ask: 'does she speak igbo?', command: 'languages', first: 'Igbo' },
  { resume: 'new-grad', ask: 'does she speak french?', command: 'languages', first: null },
  { resume: 'new-grad', ask: 'what programming languages does she know?', command: 'skills', first: 'Programming Languages' },
  { resume: 'new-grad', ask: 'what awards has maya won?', command: 'awards', first: "Dean's List" },
  { resume: 'new-grad', ask: "was she on the dean's list?", command: 'awards', first: "Dean's List" },
  { resume: 'new-grad', ask: 'did she win a turing award?', command: 'awards', first: null },
  { resume: 'new-grad', ask: 'does she climb?', command: 'interests', first: 'Rock Climbing' },
  { resume: 'new-grad', ask: 'does she go bouldering?', command: 'interests', first: 'Rock Climbing' },
  { resume: 'new-grad', ask: 'is she into hacktoberfest?', command: 'interests', first: 'Open Source' },
  { resume: 'new-grad', ask: 'who are her references?', command: 'references', first: null },
  { resume: 'new-grad', ask: 'what certifications does she have?', command: 'certificates', first: null },
  {
    resume: 'new-grad',
    ask: 'what was her gpa?',
    command: 'education',
    first: 'Bachelor of Science Computer Science at University of Washington',
  },

  // Richard Hendriks (sample)
  { resume: 'sample', ask: 'what awards did richard win?', command: 'awards', first: 'Digital Compression Pioneer Award' },
  { resume: 'sample', ask: 'did he win anything at techcrunch?', command: 'awards', first: 'Digital Compression Pioneer Award' },
  { resume: 'sample', ask: 'did he win the nobel prize?', command: 'awards', first: null },
  { resume: 'sample', ask: 'his paper on video compression', command: 'publications', first: 'Video compression for 3d media' },
  { resume: 'sample', ask: 'did he publish with hooli?', command: 'publications', first: 'Video compression for 3d media' },
  { resume: 'sample', ask: 'does he speak mandarin?', command: 'languages', first: null },
  { resume: 'sample', ask: 'does he like ferrets?', command: 'interests', first: 'Wildlife' },
  { resume: 'sample', ask: 'what did erlich bachman say about him?', command: 'references', first: 'Erlich Bachman' },
  { resume: 'sample', ask: 'what did he do at coderdojo?', command: 'volunteer', first: 'Teacher at CoderDojo' },
  { resume: 'sample', ask: 'was he a teacher?', command: 'volunteer', first: 'Teacher at CoderDojo' },
  { resume: 'sample', ask: 'what certifications does he have?', command: 'certificates', first: null },
  { resume: 'sample', ask: '/volunteer 2012', command: 'volunteer', first: 'Teacher at CoderDojo' },
  { resume: 'sample', ask: '/publications compression', command: 'publications', first: 'Video compression for 3d media' },

  // Ana Sofía Castellanos (edge): "Languages" is her skills group; unnamed, undated and accented entries
  { resume: 'edge', ask: 'what languages does ana speak?', command: 'languages', first: 'Spanish' },
  { resume: 'edge', ask: 'what languages does she program in?', command: 'skills', first: 'Languages' },
  { resume: 'edge', ask: 'does she speak german?', command: 'languages', first: 'German' },
  { resume: 'edge', ask: 'does she speak portuguese?', command: 'languages', first: 'Português' },
  { resume: 'edge', ask: 'does she know sign language?', command: 'languages', first: 'Colombian Sign Language' },
  { resume: 'edge', ask: 'does she speak python?', command: 'languages', first: null },
  { resume: 'edge', ask: 'does she know python?', command: 'skills', first: 'Python' },
  { resume: 'edge', ask: 'does she speak klingon?', command: 'languages', first: null },
  { resume: 'edge', ask: 'does she keep snakes?', command: 'interests', first: 'Snakes' },
  { resume: 'edge', ask: 'does she have a ball python?', command: 'interests', first: 'Snakes' },
  { resume: 'edge', ask: 'does she run ultramarathons?', command: 'interests', first: 'Trail running' },
  { resume: 'edge', ask: 'is she still volunteering?', command: 'volunteer', first: CODE_CLUB },
  { resume: 'edge', ask: 'what did she do at banco de alimentos?', command: 'volunteer', first: BANCO },
  { resume: 'edge', ask: 'what volunteering did she do before code club?', command: 'volunteer', first: BANCO },
  { resume: 'edge', ask: 'did she volunteer at a food bank?', command: 'volunteer', first: BANCO },
  { resume: 'edge', ask: 'did she win anything in 2019?', command: 'awards', first: 'Community Champion' },
  { resume: 'edge', ask: 'what did the kotlin foundation give her?', command: 'awards', first: 'Community Champion' },
  { resume: 'edge', ask: 'did she win a hackathon?', command: 'awards', first: 'Hackathon Winner' },
  { resume: 'edge', ask: 'what is the zurich tech talent award?', command: 'awards', first: 'Zürich Tech Talent' },
  { resume: 'edge', ask: 'did she win a nobel prize?', command: 'awards', first: null },
  { resume: 'edge', ask: 'is she ckad certified?', command: 'certificates', first: CKAD },
  { resume: 'edge', ask: 'does she have a scrum certificate?', command: 'certificates', first: 'Scrum Alliance certificate' },
  { resume: 'edge', ask: 'is she aws certified?', command: 'certificates', first: null },
  { resume: 'edge', ask: 'her paper on languages', command: 'publications', first: 'Teaching Languages to Machines' },
  { resume: 'edge', ask: 'did she write about rust?', command: 'publications', first: 'Rust for Robot Arms' },
  { resume: 'edge', ask: "her article for o'reilly", command: 'publications', first: 'Teaching Languages to Machines' },
  { resume: 'edge', ask: 'what does tomas rios say about her?', command: 'references', first: TOMAS },
  { resume: 'edge', ask: 'what did her cto say?', command: 'references', first: TOMAS },
  { resume: 'edge', ask: '/awards 2017', command: 'awards', first: 'Hackathon Winner' },
  { resume: 'edge', ask: '/volunteer first', command: 'volunteer', first: BANCO },
  { resume: 'edge', ask: '/languages portugues', command: 'languages', first: 'Português' },
  { resume: 'edge', ask: '/skills languages', command: 'skills', first: 'Languages' },

  // Questions about someone else, and more phrasings
  { resume: 'senior-engineer', ask: 'does marcus speak spanish?', command: 'languages', first: null },
  { resume: 'senior-engineer', ask: "what are Richard's hobbies?", command: 'interests', first: null },
  { resume: 'senior-engineer', ask: 'what did Lena publish with ACM?', command: 'publications', first: LENA_QUEUE },
  { resume: 'senior-engineer', ask: 'who published her tiered storage article', command: 'publications', first: LENA_QUEUE },
  { resume: 'senior-engineer', ask: 'what prize did she win in 2014', command: 'awards', first: LENA_AWARD },
  { resume: 'senior-engineer', ask: 'is she into topographic maps', command: 'interests', first: 'Cartography' },
  { resume: 'senior-engineer', ask: '/references ut austin', command: 'references', first: ANITA },
  { resume: 'career-changer', ask: 'does Priya speak spanish?', command: 'languages', first: null },
  { resume: 'career-changer', ask: 'what organizations has daniel volunteered with?', command: 'volunteer', first: FOOD_BANK },
  { resume: 'career-changer', ask: "what was daniel's role at austin free-net?", command: 'volunteer', first: FREE_NET },
  { resume: 'career-changer', ask: 'who wrote his recommendation?', command: 'references', first: PRIYA },
  { resume: 'career-changer', ask: 'does he enjoy fermentation?', command: 'interests', first: 'Home Cooking' },
  { resume: 'career-changer', ask: 'is he certified in sql?', command: 'certificates', first: 'Databases and SQL for Data Science' },
  { resume: 'career-changer', ask: '/references salt and cedar', command: 'references', first: PRIYA },
  { resume: 'career-changer', ask: '/languages spansh', command: 'languages', first: 'Spanish' },
  { resume: 'new-grad', ask: 'tell me about her interests', command: 'interests', first: 'Open Source' },
  { resume: 'new-grad', ask: 'who can I contact as a reference for maya?', command: 'references', first: null },
  { resume: 'new-grad', ask: 'what did the university of washington award her?', command: 'awards', first: "Dean's List" },
  { resume: 'new-grad', ask: 'what languages can she code in?', command: 'skills', first: 'Programming Languages' },
  { resume: 'new-grad', ask: '/interests rock climbng', command: 'interests', first: 'Rock Climbing' },
  { resume: 'sample', ask: 'did he teach at coderdojo in 2012?', command: 'volunteer', first: 'Teacher at CoderDojo' },
  { resume: 'sample', ask: 'what does erlich think of him?', command: 'references', first: 'Erlich Bachman' },
  { resume: 'sample', ask: 'is english his native language?', command: 'languages', first: 'English' },
  { resume: 'sample', ask: '/interests ferets', command: 'interests', first: 'Wildlife' },
  { resume: 'edge', ask: 'what did she write about languages?', command: 'publications', first: 'Teaching Languages to Machines' },

  // Martin Spier has none of these sections: asked about one as a whole, the command says so; otherwise nothing changes
  { resume: 'martin', ask: 'what awards did he win?', command: 'awards', first: null },
  { resume: 'martin', ask: 'what languages does he speak?', command: 'languages', first: null },
  { resume: 'martin', ask: 'who are his references?', command: 'references', first: null },
  { resume: 'martin', ask: 'does he speak portuguese', command: 'languages', first: null },
  { resume: 'martin', ask: 'did he win anything at netflix?', command: 'awards', first: null },
  { resume: 'martin', ask: 'what did he do at netflix?', command: 'experience', first: 'Performance Architect at Netflix' },
];
