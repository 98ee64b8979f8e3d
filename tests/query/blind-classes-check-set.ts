/**
 * A second set written after the rules the first (blind-classes-set.ts) tuned, in other wordings, to measure
 * whether they carry over: labelled from the résumés' text alone, and scored once as it first ran.
 */
import type { Labelled } from './fixture-bots.js';

const PICPAY = 'VP, Platform Engineering at PicPay';
const NETFLIX = 'Performance Architect at Netflix';
const EXPEDIA = 'Performance Engineer at Expedia';
const PUCRS_BSC = 'B.Sc. Computer Science at Pontifícia Universidade Católica do Rio Grande do Sul (PUCRS)';
const LUMEN = 'Shift Supervisor at Café Lumen';
const TUTOR = 'Digital Literacy Tutor at Austin Free-Net';
const ACC = 'Associate of Applied Science Business Administration at Austin Community College';
const PRIYA = 'Priya Natarajan, Owner, Salt & Cedar Restaurant Group';
const OUTREACH = 'Software Engineering Intern at Outreach';
const ALLEN = 'Research Intern at Allen Institute for AI';
const UW = 'Bachelor of Science Computer Science at University of Washington';
const DROPBOX = 'Senior Software Engineer at Dropbox';
const RACKSPACE = 'Software Engineer at Rackspace';
const LENA_PHD = 'Ph.D. Computer Science at University of Texas at Austin';
const PIED_PIPER = 'CEO/President at Pied Piper';
const OKLAHOMA = 'Bachelor Information Technology at University of Oklahoma';
const BMO = 'Senior Site Reliability Engineer at Bank of Montreal';

const set = (resume: string, rows: readonly (readonly [string, string, string | null])[]): Labelled[] =>
  rows.map(([ask, command, first]) => ({ resume, ask, command, first }));

export const BLIND_CLASSES_CHECK: readonly Labelled[] = [
  ...set('martin', [
    ['was martin working at expedia in 2011?', 'experience', EXPEDIA],
    ['did he still work at netflix in 2020?', 'experience', NETFLIX],
    ['has he been at picpay since 2021?', 'experience', PICPAY],
    ['what did he do at expedia in 2012', 'experience', EXPEDIA],
    ['did he have a bachelors degree in computer science?', 'education', PUCRS_BSC],
    ['was he employed by dell in 2012?', 'experience', null],
    ['was he with picpay before 2020?', 'experience', null],
    ['was he an architect at dell?', 'experience', null],
    ['was he a performance engineer at netflix?', 'experience', null],
    ['was he a vp at snowflake?', 'experience', null],
    ['was he ever a professor?', 'experience', null],
    ['has he earned a doctorate?', 'education', null],
    ['is he a harvard alum?', 'education', null],
    ['did he attend mit?', 'education', null],
    ['martins languages?', 'languages', null],
    ['any volunteering martin did?', 'volunteer', null],
    ['his certs pls', 'certificates', null],
    ["martin's interests?", 'interests', null],
    ['did he work for amazon?', 'experience', null],
    ['was he employed at apache?', 'experience', null],
  ]),
  ...set('career-changer', [
    ['was he a shift supervisor in 2017?', 'experience', LUMEN],
    ['was he a literacy tutor?', 'volunteer', TUTOR],
    ['has he been a volunteer at austin free-net?', 'volunteer', TUTOR],
    ['is he an austin community college grad?', 'education', ACC],
    ['is he into bread baking and fermentation?', 'interests', 'Home Cooking'],
    ['what does his reference say about him?', 'references', PRIYA],
    ['was he working at cafe lumen in 2019?', 'experience', null],
    ['was he a data analyst in 2022?', 'experience', null],
    ['did he volunteer in 2020?', 'volunteer', null],
    ['was he a manager at café lumen?', 'experience', null],
    ["does he hold a master's?", 'education', null],
    ['is he a harvard grad?', 'education', null],
    ['was he employed by tableau?', 'experience', null],
    ['was he an employee of google?', 'experience', null],
    ['can he speak portuguese?', 'languages', null],
  ]),
  ...set('new-grad', [
    ['was she at outreach back in 2024?', 'experience', OUTREACH],
    ['has she been a research intern?', 'experience', ALLEN],
    ['is she a university of washington alum?', 'education', UW],
    ['mayas awards', 'awards', "Dean's List"],
    ['was she interning at allen institute in 2024?', 'experience', null],
    ['was she a software engineering intern at allen institute?', 'experience', null],
    ['does she hold a phd?', 'education', null],
    ['is she an mit alum?', 'education', null],
    ['was she employed at vercel?', 'experience', null],
    ['has she got any certifications?', 'certificates', null],
    ['can maya speak spanish?', 'languages', null],
    ['did she volunteer somewhere?', 'volunteer', null],
    ["was she on the dean's list in 2020?", 'awards', null],
    ['who vouches for maya?', 'references', null],
  ]),
  ...set('senior-engineer', [
    ['was she a software engineer at rackspace in 2013?', 'experience', RACKSPACE],
    ['was she with dropbox in 2016?', 'experience', DROPBOX],
    ['did she get her phd from ut austin?', 'education', LENA_PHD],
    ["lena's awards from 2021?", 'awards', 'Distinguished Engineer Spotlight'],
    ['which paper did she put out in 2014?', 'publications', 'Bounded Staleness for Geo-Replicated Key-Value Stores'],
    ['is she into topographic maps?', 'interests', 'Cartography'],
    ['was she a staff engineer at dropbox?', 'experience', null],
    ['was she working at confluent in 2019?', 'experience', null],
    ['does she have a masters degree?', 'education', null],
    ['does she hold a master of science?', 'education', null],
    ['was she a professor at ut austin?', 'experience', null],
    ['did she work at acm queue?', 'experience', null],
    ['was she an amazon employee?', 'experience', null],
    ['did she publish at acm in 2014?', 'publications', null],
  ]),
  ...set('sample', [
    ['was he the ceo of pied piper in 2014?', 'experience', PIED_PIPER],
    ['was he a teacher at coderdojo in 2012?', 'volunteer', 'Teacher at CoderDojo'],
    ['is he an oklahoma alum?', 'education', OKLAHOMA],
    ['did he publish anything in 2014?', 'publications', 'Video compression for 3d media'],
    ['is he fluent in html?', 'skills', 'HTML'],
    ['was he president of pied piper in 2015?', 'experience', null],
    ['was he a teacher at coderdojo in 2014?', 'volunteer', null],
    ['was he a hooli employee?', 'experience', null],
    ['does he have a masters in information technology?', 'education', null],
    ['did he study at tulsa?', 'education', null],
    ['was he an employee of techcrunch?', 'experience', null],
    ['richards certs?', 'certificates', null],
    ['did he publish with hooli in 2016?', 'publications', null],
  ]),
  ...set('relevance-edge', [
    ['was she at bank of montreal in 2021?', 'experience', BMO],
    ['was she a platform engineer in oslo?', 'experience', 'Platform Engineer at Nordlys'],
    ['was she at nordlys in 2015?', 'experience', 'Support Engineer at Nordlys'],
    ['does she have a bachelors?', 'education', 'Bachelor of Engineering Computer Engineering at NTNU'],
    ['did she win an award in 2019?', 'awards', 'On-Call Hero'],
    ['zoës awards', 'awards', 'On-Call Hero'],
    ['does she speak norwegian?', 'languages', 'Norwegian'],
    ['was she a senior sre in 2018?', 'experience', null],
    ['was she a platform engineer in toronto?', 'experience', null],
    ['did she work at nordlys before 2013?', 'experience', null],
    ['does she have a phd in informatics?', 'education', null],
    ['did she win an award in 2020?', 'awards', null],
    ['was she employed by google?', 'experience', null],
    ['does she volunteer?', 'volunteer', null],
  ]),
];
