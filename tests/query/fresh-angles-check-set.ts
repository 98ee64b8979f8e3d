/**
 * A second set written after the fresh angles set's rules (fresh-angles-set.ts), in other wordings, to measure
 * whether they carry over: labelled from the résumés' text alone, and scored once as it first ran.
 */
import type { Labelled } from './fixture-bots.js';

const PICPAY = 'VP, Platform Engineering at PicPay';
const SNOWFLAKE = 'Performance Architect at Snowflake';
const NETFLIX = 'Performance Architect at Netflix';
const EXPEDIA = 'Performance Engineer at Expedia';
const DELL = 'Performance Engineer at Dell';
const FREELANCE = 'Data Analyst (Contract) at Freelance';
const SALT = 'General Manager at Salt & Cedar Restaurant Group';
const FOOD_BANK = 'Data Volunteer at Central Texas Food Bank';
const ACC = 'Associate of Applied Science Business Administration at Austin Community College';
const PRIYA = 'Priya Natarajan, Owner, Salt & Cedar Restaurant Group';
const OUTREACH = 'Software Engineering Intern at Outreach';
const ALLEN = 'Research Intern at Allen Institute for AI';
const UW = 'Bachelor of Science Computer Science at University of Washington';
const CONFLUENT = 'Staff Software Engineer at Confluent';
const DROPBOX = 'Senior Software Engineer at Dropbox';
const RACKSPACE = 'Software Engineer at Rackspace';
const ANITA = 'Dr. Anita Bose, Professor of Computer Science, UT Austin';
const BOUNDED = 'Bounded Staleness for Geo-Replicated Key-Value Stores';
const PIED_PIPER = 'CEO/President at Pied Piper';
const BMO = 'Senior Site Reliability Engineer at Bank of Montreal';
const PLATFORM = 'Platform Engineer at Nordlys';
const SUPPORT = 'Support Engineer at Nordlys';
const NTNU = 'Bachelor of Engineering Computer Engineering at NTNU';

const set = (resume: string, rows: readonly (readonly [string, string, string | null])[]): Labelled[] =>
  rows.map(([ask, command, first]) => ({ resume, ask, command, first }));

export const FRESH_ANGLES_CHECK: readonly Labelled[] = [
  ...set('martin', [
    ['which company did he join after netflix?', 'experience', SNOWFLAKE],
    ['where did he work prior to 2012?', 'experience', EXPEDIA],
    ['his most recent employer?', 'experience', PICPAY],
    ['what was his earliest role?', 'experience', DELL],
    ['/projects user device tracing', 'projects', 'End-to-End Tracing Framework'],
    ['/experience anomaly detection', 'experience', NETFLIX],
    ['/projects cpu profiles', 'projects', 'FlameCommander'],
    ['/experience multi-account cloud architecture', 'experience', PICPAY],
    ['did he ever serve as a performance engineer?', 'experience', EXPEDIA],
    ['who is erlich bachman?', 'about', null],
    ['was he ever chief technology officer?', 'experience', null],
    ['was martin ever employed as a manager?', 'experience', null],
    ['did he join snowflake before 2020?', 'experience', null],
    ['any papers by him?', 'publications', null],
    ['/projects real-time dashboards', 'projects', null],
    ['does he know aws lambda functions?', 'skills', null],
    ['did he work at google cloud?', 'experience', null],
    ['his spoken languages?', 'languages', null],
  ]),
  ...set('career-changer', [
    ['which role came right after cafe lumen?', 'experience', SALT],
    ['what did he do after 2018?', 'experience', FREELANCE],
    ['his oldest certification?', 'certificates', 'Google Data Analytics Professional Certificate'],
    ['/experience 120-seat restaurant', 'experience', SALT],
    ['/experience weekly reporting', 'experience', FREELANCE],
    ['/volunteer distribution spreadsheets', 'volunteer', FOOD_BANK],
    ['what does his former boss priya say?', 'references', PRIYA],
    ['did he study at acc before 2013?', 'education', ACC],
    ['who is priya?', 'about', null],
    ['has he ever held a director title?', 'experience', null],
    ['was he head chef anywhere?', 'experience', null],
    ['did he volunteer at the food bank in 2022?', 'volunteer', null],
    ['did he get certified by microsoft?', 'certificates', null],
    ['does he know sql server?', 'skills', null],
  ]),
  ...set('new-grad', [
    ['her most recent job?', 'experience', OUTREACH],
    ['what did she do before 2024?', 'experience', ALLEN],
    ['/experience evaluation harness', 'experience', ALLEN],
    ['/experience integration fixtures', 'experience', OUTREACH],
    ['/projects residence halls', 'projects', 'DormSwap'],
    ['/projects learning-rate controls', 'projects', 'gradient-viz'],
    ['did she attend uw?', 'education', UW],
    ['did she win an award in 2024?', 'awards', "Dean's List"],
    ['was she ever a product manager anywhere?', 'experience', null],
    ['did she intern at microsoft?', 'experience', null],
    ['does she know spring boot?', 'skills', null],
    ['does she speak french?', 'languages', null],
    ['her publications?', 'publications', null],
  ]),
  ...set('senior-engineer', [
    ['what was her role before dropbox?', 'experience', RACKSPACE],
    ['which company did she work for after 2015?', 'experience', CONFLUENT],
    ['her earliest publication?', 'publications', BOUNDED],
    ['her newest award?', 'awards', 'Distinguished Engineer Spotlight'],
    ['/experience erasure-coding', 'experience', DROPBOX],
    ['/experience broker disk usage', 'experience', CONFLUENT],
    ['/experience partition assignment', 'experience', RACKSPACE],
    ['/projects deterministic network simulator', 'projects', 'raft-lab'],
    ['what did dr. anita bose write about her?', 'references', ANITA],
    ['who is marcus?', 'about', null],
    ['was she ever a principal engineer?', 'experience', null],
    ['has she been cto anywhere?', 'experience', null],
    ['did she work at dropbox before 2014?', 'experience', null],
    ['is she gcp certified?', 'certificates', null],
    ['does she know scala?', 'skills', null],
    ['/publications ieee transactions', 'publications', null],
  ]),
  ...set('sample', [
    ['when was he ceo of pied piper?', 'experience', PIED_PIPER],
    ['what did he do in 2014?', 'experience', PIED_PIPER],
    ['/experience weissman scores', 'experience', PIED_PIPER],
    ['/projects all-women team', 'projects', 'Miss Direction'],
    ['what does erlich think about him?', 'references', 'Erlich Bachman'],
    ['is he into unicorns?', 'interests', 'Wildlife'],
    ['who is erlich?', 'about', null],
    ['did he ever become cto?', 'experience', null],
    ['was he a teacher in 2015?', 'volunteer', null],
    ['did he earn a degree from stanford?', 'education', null],
    ['did he publish with techcrunch?', 'publications', null],
    ['any certifications from coursera?', 'certificates', null],
    ['does he know typescript?', 'skills', null],
  ]),
  ...set('relevance-edge', [
    ['what was her latest job?', 'experience', BMO],
    ['what did she do after 2016?', 'experience', BMO],
    ['/experience card authorisation platform', 'experience', BMO],
    ['/experience messaging fleet', 'experience', PLATFORM],
    ['/projects error budget burns', 'projects', 'Fjord'],
    ['did she win anything in 2019?', 'awards', 'On-Call Hero'],
    ['was she ever a support engineer?', 'experience', SUPPORT],
    ['does she speak japanese fluently?', 'languages', 'Japanese'],
    ['did she study at ntnu before 2010?', 'education', NTNU],
    ['was she cto anywhere?', 'experience', null],
    ['did she work in lisbon?', 'experience', null],
    ['does she know aws?', 'skills', null],
    ['any publications?', 'publications', null],
    ['who is anita bose?', 'about', null],
  ]),
];
