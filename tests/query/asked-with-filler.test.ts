/**
 * Words that name nothing a résumé holds leave the question asked as it is without them: "does she contribute to
 * open source?" is "does she do open source?", "who mentors others?" is "who mentors?". "Good with" asks for skills
 * as "good at" does. A credential's expiry or renewal is asked of the certificates. "Most famous", "most important"
 * single out without naming anything: the section's entries. How the asker came to ask ("I saw she wrote something
 * for O'Reilly") is no word of what is asked, nor is a time of the asker's own ("before my call w/ the hiring mgr —",
 * whose "call" asked for his contact details) or a note after the question ("(pretty sure it was some hosting company)",
 * read as the role to look before), nor what the asker says of their own before a dash or a sentence's end that opens a
 * question of its own ("…i see he ran restaurants for ages before switching over — which restaurant group was he GM at?",
 * "our whole stack is dbt + BigQuery... does Daniel know dbt?") or after its question mark ("my cousin worked at a bunch
 * of places in austin lol", read as an employer asked about); nor a statement ended before the question ("client HQ is in
 * Paris...", "hiring for the k8s platform team rn —"), nor a tag doubting what it asks ("or is that just linkedin
 * fluff?"), nor whether the résumé really says it ("is that really on her cv lol"), nor a description in
 * parentheses ("(the linguist)"). "Stuff" and "anyone" name nothing; "called" asks the entry's name. A second question joined by "and" that
 * points back ("…and what's her title there?") points at what the first asks.
 */
import { describe, expect, it } from 'vitest';
import { questionAsked } from '../../src/query/asides.js';
import { parseLine } from '../helpers/bot.js';
import { directoryBot } from '../directory/fixture.js';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'senior-engineer', ask: 'does she contribute to open source?', command: 'interests', first: 'Mentoring' },
  { resume: 'martin', ask: 'does he contribute to open source?', command: 'projects', first: 'FlameScope' },
  { resume: 'new-grad', ask: 'is she good with databases?', command: 'skills', first: 'PostgreSQL' },
  { resume: 'new-grad', ask: 'is she good with react?', command: 'skills', first: 'React' },
  {
    resume: 'senior-engineer',
    ask: 'when does her aws certification expire?',
    command: 'certificates',
    first: 'AWS Certified Solutions Architect - Professional',
  },
  { resume: 'career-changer', ask: 'has his tableau certificate expired?', command: 'certificates', first: 'Tableau Desktop Specialist' },
  { resume: 'career-changer', ask: 'when does his aws certification expire?', command: 'certificates', first: null },
  { resume: 'martin', ask: 'what is his most famous project?', command: 'projects', first: 'FlameScope' },
  { resume: 'senior-engineer', ask: 'what are her most important skills?', command: 'skills', first: 'Distributed Systems' },
  // How the asker came to ask ("I saw", "I heard") names nothing of hers.
  {
    resume: 'edge',
    ask: "I saw she wrote something for O'Reilly — what was it about?",
    command: 'publications',
    first: 'Teaching Languages to Machines',
  },
  // A time of the asker's own ("before my call —") and a note after the question are no words of it.
  {
    resume: 'awkward',
    ask: 'hey quick one before my call w/ the hiring mgr — what did Jordan do right before Northwind Bank? (pretty sure it was some hosting company)',
    command: 'experience',
    first: 'Cloud Engineer at Acme Hosting',
  },
  // What it is about ("topic") is what the entry says.
  {
    resume: 'senior-engineer',
    ask: "lena's phd dissertation topic? 🎓",
    command: 'education',
    first: 'Ph.D. Computer Science at University of Texas at Austin',
  },
  // What the asker says of their own before a dash that opens the question, and after its question mark.
  {
    resume: 'career-changer',
    ask: "ok so i'm looking at daniel's profile for the junior analyst opening and i see he ran restaurants for ages before switching over — which restaurant group was he GM at? my cousin worked at a bunch of places in austin lol",
    command: 'experience',
    first: 'General Manager at Salt & Cedar Restaurant Group',
  },
  {
    resume: 'career-changer',
    ask: 'which restaurant group was he GM at? my cousin worked at a bunch of places in austin',
    command: 'experience',
    first: 'General Manager at Salt & Cedar Restaurant Group',
  },
  // A remark of another kind after the question mark may say what is asked.
  { resume: 'edge', ask: 'is ana into reptiles or something? saw a snake pic on her profile', command: 'interests', first: 'Snakes' },
  // Before a dash, what is asked about, not the asker's: as typed.
  { resume: 'career-changer', ask: 'cafe lumen - what was his role?', command: 'experience', first: 'Shift Supervisor at Café Lumen' },
  // Whom to talk to as a reference is a reference; what the asker would prefer
  // ("ideally") is no word of theirs.
  {
    resume: 'awkward',
    ask: 'who could i talk to as a reference for jordan? ideally someone who actually managed them',
    command: 'references',
    first: 'Amara Nwosu, Head of Platform at Northwind Bank',
  },
  // How sure the asker is ("maybe") is no name of a project.
  { resume: 'awkward', ask: 'did jordan build any tools of their own, side project maybe', command: 'projects', first: 'batchctl' },
  // What the asker says of their own in a sentence before the question, and a tag asking whether it is fair.
  {
    resume: 'career-changer',
    ask: "we're hiring an analytics engineer and our whole stack is dbt + BigQuery... does Daniel know dbt or is that a stretch?",
    command: 'skills',
    first: 'dbt',
  },
  { resume: 'career-changer', ask: 'our stack is dbt + BigQuery. does Daniel know dbt?', command: 'skills', first: 'dbt' },
  // A statement before the question ("client HQ is in Paris..."), not the asker's own: no word of what is asked either.
  { resume: 'awkward', ask: 'client HQ is in Paris... can Jordan get by in French at all??', command: 'languages', first: 'French' },
  // What the asker is doing, said without "we" ("hiring for…"), and a tag doubting the claim ("or is that just…").
  // The tag, with or without a question mark.
  {
    resume: 'career-changer',
    ask: 'did daniel ever actually work at coursera or is that just where his certs are from',
    command: 'experience',
    first: null,
  },
  {
    resume: 'awkward',
    ask: 'hiring for the k8s platform team rn — does Jordan Okafor actually hold a CKA or is that just linkedin fluff?',
    command: 'certificates',
    first: 'Certified Kubernetes Administrator',
  },
  // Whether the résumé really says it, asked after the question, asks for no CV.
  {
    resume: 'edge',
    ask: 'someone said Ana Sofía Castellanos is into snakes?? 🐍 is that really on her cv lol',
    command: 'interests',
    first: 'Snakes',
  },
  // A description in parentheses ("(the linguist)") says who is meant, not what is asked.
  {
    resume: 'martin-alvarez',
    ask: 'martin alvarez (the linguist) — what did he study for his licenciatura and where?',
    command: 'education',
    first: 'Licenciatura Filología Hispánica at Universitat de València',
  },
  // "Anyone" of one person is nobody named: their references.
  {
    resume: 'awkward',
    ask: 'anyone we can call for a reference on jordan okafor?',
    command: 'references',
    first: 'Amara Nwosu, Head of Platform at Northwind Bank',
  },
  // A second question that points back at what the first asks ("…and what's her title there?") leans on no earlier answer.
  {
    resume: 'edge',
    ask: "where's Ana Castellanos working now and what's her title there?",
    command: 'experience',
    first: 'Developer Advocate at Lingo Labs',
  },
  // Things left unnamed ("stuff") are the section's entries; a name asked ("called") is the entry's.
  { resume: 'edge', ask: 'has ana published stuff?', command: 'publications', first: 'Teaching Languages to Machines' },
  {
    resume: 'sample',
    ask: "whats richard's paper on 3d video compression called",
    command: 'publications',
    first: 'Video compression for 3d media',
  },
];

describe('asked with words that name nothing', () => {
  specsFor('asked with words that name nothing', ASKED, new Set());

  it("reads a question without a time of the asker's own or a note in parentheses after it", () => {
    expect(questionAsked('before my call with the team — what did he do at acme?')).toBe('  what did he do at acme?');
    expect(questionAsked('what did he do before netflix? (i think it was a bank)')).toBe('what did he do before netflix?');
    expect(questionAsked('where did he study? my cousin went to pucrs')).toBe('where did he study?');
    expect(questionAsked('is she into reptiles? saw a snake pic on her profile')).toBe(
      'is she into reptiles? saw a snake pic on her profile',
    );
    expect(questionAsked('where did he study? i mean which university')).toBe('where did he study? i mean which university');
    expect(questionAsked('where did he study? what about his masters?')).toBe('where did he study? what about his masters?');
    expect(questionAsked('where did he study? something in porto alegre I think')).toBe(
      'where did he study? something in porto alegre I think',
    );
    expect(questionAsked("i'm reading his cv — where did he study?")).toBe('where did he study?');
    expect(questionAsked("i'm reading his cv. where did he study?")).toBe('where did he study?');
    // A question that leans on what was said before it keeps it.
    expect(questionAsked('we use kafka. does he?')).toBe('we use kafka. does he?');
    expect(questionAsked('we use kafka. does he know it?')).toBe('we use kafka. does he know it?');
    // Unclosed, or a time of the résumé's: as typed.
    expect(questionAsked('what did he do before we met')).toBe('what did he do before we met');
    expect(questionAsked('what did he do before netflix?')).toBe('what did he do before netflix?');
  });

  it('given "who mentors others?" across people, lists who "who mentors?" lists', () => {
    const bot = directoryBot();
    const people = (asked: string) => bot.answer(parseLine(asked)).matches.map((m) => m.person?.id);
    expect(people('who mentors others?')).toEqual(people('who mentors?'));
    expect(people('who mentors others?').length).toBeGreaterThan(0);
  });
});
