/**
 * A tuning set written from the résumés alone, before the rules it checks changed: yes/no questions whose
 * every stated constraint (time, place, title, degree) must hold for the entry that answers, third parties
 * who never answer for the owner, degree words against skill levels, volunteering and references as a whole,
 * possessive and shortened section names, and refusals that keep the section asked about.
 */
import type { Labelled } from './fixture-bots.js';

const PICPAY = 'VP, Platform Engineering at PicPay';
const SNOWFLAKE = 'Performance Architect at Snowflake';
const NETFLIX = 'Performance Architect at Netflix';
const EXPEDIA = 'Performance Engineer at Expedia';
const DELL = 'Performance Engineer at Dell';
const PUCRS_BSC = 'B.Sc. Computer Science at Pontifícia Universidade Católica do Rio Grande do Sul (PUCRS)';
const SALT = 'General Manager at Salt & Cedar Restaurant Group';
const LUMEN = 'Shift Supervisor at Café Lumen';
const FOOD_BANK = 'Data Volunteer at Central Texas Food Bank';
const TUTOR = 'Digital Literacy Tutor at Austin Free-Net';
const ACC = 'Associate of Applied Science Business Administration at Austin Community College';
const PRIYA = 'Priya Natarajan, Owner, Salt & Cedar Restaurant Group';
const OUTREACH = 'Software Engineering Intern at Outreach';
const ALLEN = 'Research Intern at Allen Institute for AI';
const UW = 'Bachelor of Science Computer Science at University of Washington';
const CONFLUENT = 'Staff Software Engineer at Confluent';
const DROPBOX = 'Senior Software Engineer at Dropbox';
const RACKSPACE = 'Software Engineer at Rackspace';
const LENA_PHD = 'Ph.D. Computer Science at University of Texas at Austin';
const PIED_PIPER = 'CEO/President at Pied Piper';
const OKLAHOMA = 'Bachelor Information Technology at University of Oklahoma';
const BMO = 'Senior Site Reliability Engineer at Bank of Montreal';
const NORDLYS_PLATFORM = 'Platform Engineer at Nordlys';
const NORDLYS_SUPPORT = 'Support Engineer at Nordlys';

const set = (resume: string, rows: readonly (readonly [string, string, string | null])[]): Labelled[] =>
  rows.map(([ask, command, first]) => ({ resume, ask, command, first }));

export const BLIND_CLASSES: readonly Labelled[] = [
  ...set('martin', [
    ['where does he work these days?', 'experience', PICPAY],
    ['what was his job at expedia', 'experience', EXPEDIA],
    ['/experience snowflke', 'experience', SNOWFLAKE],
    ['did he work at dell back in 2008?', 'experience', DELL],
    ['was he at netflix in 2015?', 'experience', NETFLIX],
    ['did he work in brazil in 2009?', 'experience', DELL],
    ['/projects vektor', 'projects', 'Vector'],
    ['what is flamescope about', 'projects', 'FlameScope'],
    ['is kafka one of his skills', 'skills', 'Kafka'],
    ['what is his degree?', 'education', PUCRS_BSC],
    ['is he a pucrs grad?', 'education', PUCRS_BSC],
    ['did he get a bachelors?', 'education', PUCRS_BSC],
    ['was he a vp?', 'experience', PICPAY],
    // every stated constraint must hold
    ['was he at netflix in 2022?', 'experience', null],
    ['was he still at snowflake in 2023?', 'experience', null],
    ['did he work at dell during 2015?', 'experience', null],
    ['did he work at expedia back in 2005?', 'experience', null],
    ['was he a performance architect at expedia?', 'experience', null],
    ['was he in san mateo in 2015?', 'experience', null],
    ['did he work in brazil in 2019?', 'experience', null],
    ['was he a vp in 2016?', 'experience', null],
    // degrees
    ["does he have a master's degree?", 'education', null],
    ['does he hold a phd?', 'education', null],
    ['is he an mit grad?', 'education', null],
    ['did he attend stanford university?', 'education', null],
    // sections he does not have, possessive and short names
    ['was he ever a mentor?', 'experience', null],
    ['did he volunteer anywhere?', 'volunteer', null],
    ['what do his references say?', 'references', null],
    ['martins certs?', 'certificates', null],
    ["martin's pubs", 'publications', null],
    ['can martin speak portuguese', 'languages', null],
    ['any awards martin got?', 'awards', null],
    ['what does he do for fun?', 'interests', null],
    ['does he like skiing?', 'interests', null],
    ['has he ever worked for google', 'experience', null],
    ['was he employed at oracle?', 'experience', null],
    ['/skills terraform modules', 'skills', null],
  ]),
  ...set('career-changer', [
    ['was he a general manager in 2020?', 'experience', SALT],
    ['did he work at cafe lumen in 2017?', 'experience', LUMEN],
    ['was he ever a tutor?', 'volunteer', TUTOR],
    ['did he volunteer anywhere?', 'volunteer', FOOD_BANK],
    ['/certificates tableu', 'certificates', 'Tableau Desktop Specialist'],
    ['does he hold a google certificate?', 'certificates', 'Google Data Analytics Professional Certificate'],
    ['tell me about his associate degree', 'education', ACC],
    ['what grades did he get in college?', 'education', ACC],
    ['is he a spanish speaker?', 'languages', 'Spanish'],
    ['is he into bread baking?', 'interests', 'Home Cooking'],
    ['what do his references say?', 'references', PRIYA],
    ['did he work for a restaurant group?', 'experience', SALT],
    ['/skills pandas', 'skills', 'pandas'],
    ['did he volunteer at the food bank in 2024?', 'volunteer', FOOD_BANK],
    // no fit
    ['was he a general manager in 2010?', 'experience', null],
    ['was he still at salt & cedar in 2025?', 'experience', null],
    ['did he volunteer at the food bank in 2021?', 'volunteer', null],
    ['was he a tutor in 2019?', 'volunteer', null],
    ["does he have a bachelor's degree?", 'education', null],
    ['is he a ut austin grad?', 'education', null],
    ['has he got a masters', 'education', null],
    ['did he work as a barista?', 'experience', null],
    ['was he ever a head chef?', 'experience', null],
    ['was he at coursera?', 'experience', null],
    ['was he an ibm employee?', 'experience', null],
    ['was he an owner?', 'experience', null],
    ['did he volunteer at a hospital?', 'volunteer', null],
    ['can he speak french?', 'languages', null],
    ['is he a runner?', 'interests', null],
    ['has he won anything?', 'awards', null],
    ['did he write any papers?', 'publications', null],
    ['is he good at power bi?', 'skills', null],
    ['was he a shift supervisor at salt & cedar?', 'experience', null],
  ]),
  ...set('new-grad', [
    ['was she an intern in 2023?', 'experience', ALLEN],
    ['where did she intern in the summer of 2024', 'experience', OUTREACH],
    ['is she a uw grad?', 'education', UW],
    ["does she have a bachelor's?", 'education', UW],
    ['did she make the deans list?', 'awards', "Dean's List"],
    ['can she speak igbo', 'languages', 'Igbo'],
    ['does she do bouldering?', 'interests', 'Rock Climbing'],
    ['/projects dormswp', 'projects', 'DormSwap'],
    ['mayas projects', 'projects', 'DormSwap'],
    ['does she know typescript', 'skills', 'TypeScript'],
    ['did she work at outreach in 2024?', 'experience', OUTREACH],
    // no fit
    ['was she at outreach in 2022?', 'experience', null],
    ['was she a research intern at outreach?', 'experience', null],
    ["does she have a master's?", 'education', null],
    ['has she got a doctorate?', 'education', null],
    ['is she a stanford grad?', 'education', null],
    ['was she employed by the university of washington?', 'experience', null],
    ['did she work at vercel?', 'experience', null],
    ['does she have an aws certification?', 'certificates', null],
    ['did she ever volunteer?', 'volunteer', null],
    ['what do her references say?', 'references', null],
    ['does she speak french', 'languages', null],
    ['does she know kotlin', 'skills', null],
    ['mayas pubs?', 'publications', null],
    ['is she into hiking?', 'interests', null],
    ['was she a research intern in 2024?', 'experience', null],
  ]),
  ...set('senior-engineer', [
    ['was she at dropbox in 2017?', 'experience', DROPBOX],
    ['did she work at rackspace back in 2012?', 'experience', RACKSPACE],
    ['has she got a doctorate?', 'education', LENA_PHD],
    ['is she a ut austin grad?', 'education', LENA_PHD],
    ['lenas certs?', 'certificates', 'AWS Certified Solutions Architect - Professional'],
    ['her paper in acm queue', 'publications', 'Operating Tiered Storage at Streaming Scale'],
    ['how good is her portuguese?', 'languages', 'Portuguese'],
    ['does she do gis?', 'interests', 'Cartography'],
    ['has she been a staff engineer?', 'experience', CONFLUENT],
    ['did she win best paper?', 'awards', 'Best Paper Award'],
    ['/projects raft lab', 'projects', 'raft-lab'],
    ['can she code in rust?', 'skills', 'Rust'],
    ['is she still at confluent in 2026?', 'experience', CONFLUENT],
    // no fit
    ["does she have a master's degree?", 'education', null],
    ['does she hold an msc?', 'education', null],
    ['has she been an engineering director?', 'experience', null],
    ['was she a director at confluent?', 'experience', null],
    ['was she on staff at ut austin?', 'experience', null],
    ['was she a professor of computer science?', 'experience', null],
    ['was she an amazon web services employee?', 'experience', null],
    ['was she employed by usenix?', 'experience', null],
    ['did she work for acm?', 'experience', null],
    ['was she at confluent in 2018?', 'experience', null],
    ['was she still at dropbox in 2021?', 'experience', null],
    ['was she a senior engineer at rackspace?', 'experience', null],
    ['has she worked in austin tx?', 'experience', null],
    ['is she a stanford alum?', 'education', null],
    ['does she have an mba?', 'education', null],
    ['has she done volunteer work?', 'volunteer', null],
    ['can she speak german?', 'languages', null],
    ['does she know cassandra?', 'skills', null],
  ]),
  ...set('sample', [
    ['was he ceo of pied piper?', 'experience', PIED_PIPER],
    ['was he ever a teacher?', 'volunteer', 'Teacher at CoderDojo'],
    ['which award did he get from techcrunch?', 'awards', 'Digital Compression Pioneer Award'],
    ['richards pubs', 'publications', 'Video compression for 3d media'],
    ['what do his references say?', 'references', 'Erlich Bachman'],
    ['is he an oklahoma grad?', 'education', OKLAHOMA],
    ['does he have a bachelor degree?', 'education', OKLAHOMA],
    ['is he a ferret fan?', 'interests', 'Wildlife'],
    ['does he know the mp4 format?', 'skills', 'MP4'],
    ['/projects miss directon', 'projects', 'Miss Direction'],
    ['was he at pied piper in 2014?', 'experience', PIED_PIPER],
    // no fit
    ['was he at pied piper in 2016?', 'experience', null],
    ['was he president of pied piper in 2012?', 'experience', null],
    ['has he ever worked for hooli', 'experience', null],
    ['was he employed at techcrunch?', 'experience', null],
    ['was he on staff at smoogle?', 'experience', null],
    ['was he ever employed by main st company?', 'experience', null],
    ['is he a stanford grad?', 'education', null],
    ["does he have a master's degree?", 'education', null],
    ['has he got a masters', 'education', null],
    ['is he a spanish speaker?', 'languages', null],
    ['what certs does he have?', 'certificates', null],
    ['did he work as a consultant?', 'experience', null],
    ['did he teach at coderdojo in 2015?', 'volunteer', null],
    ['is he into chaos theory?', 'interests', null],
  ]),
  ...set('relevance-edge', [
    ['was she an sre at bank of montreal?', 'experience', BMO],
    ['did she work in oslo in 2014?', 'experience', NORDLYS_SUPPORT],
    ['has she worked in norway', 'experience', NORDLYS_PLATFORM],
    ['has she been a support engineer?', 'experience', NORDLYS_SUPPORT],
    ["did she get a master's degree?", 'education', 'Master of Science Informatics at Universidade de Lisboa'],
    ['is she an ntnu grad?', 'education', 'Bachelor of Engineering Computer Engineering at NTNU'],
    ['can she speak japanese?', 'languages', 'Japanese'],
    ['the on-call hero award', 'awards', 'On-Call Hero'],
    ['is she a boulderer?', 'interests', 'Bouldering'],
    ['/projects fjord', 'projects', 'Fjord'],
    ['can she write haskell?', 'skills', 'Haskell'],
    ['has she used google cloud?', 'skills', 'Google Cloud'],
    // no fit
    ['was she at nordlys in 2021?', 'experience', null],
    ['was she a platform engineer in 2014?', 'experience', null],
    ['was she ever based in montreal for work?', 'experience', null],
    ['has she got a doctorate?', 'education', null],
    ['is she an oxford alum?', 'education', null],
    ['can she speak spanish?', 'languages', null],
    ['was she ever a pilot?', 'experience', null],
    ['did she publish anything?', 'publications', null],
    ['any references?', 'references', null],
    ['zoes certs', 'certificates', null],
    ['any volunteering?', 'volunteer', null],
    ['has she used aws?', 'skills', null],
    ['was she a support engineer in toronto?', 'experience', null],
  ]),
];
