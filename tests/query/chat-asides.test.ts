/**
 * Chat's asides and shorthand were read as words of the question: "did ana win some hackathon or smth??" answered
 * "No award matches hackathon smth", "lena has some raft project right?" no project matching "raft right", "what did
 * lena write abt tiered storage" none matching "abt tiered storage", and "who's giving daniel a reference?" none
 * matching "giving". They say how a question is asked, never what: "lol", "tbh", "btw", "pls", "smth", "abt", a
 * closing "right", and "giving" beside "give" and "gave". Asked of Richard, who was never at Netflix, "what did he do
 * right before netflix?" answered his one role as what came before it. Who asks, and hearsay, are asides too: "any
 * experience running a restaurant? asking about daniel reyes" found no role matching "restaurant asking", and "does maya
 * climb? someone said she boulders" asked her references (a weak cue, "said", is hearsay after "someone"). A clause of
 * the asker's own time ("before we put him in front of the hiring manager") asks no time of the résumé's.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../helpers/bot.js';
import { botFor, type Labelled, labelledRows } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';
import { FOOD_BANK } from './titles.js';

const ASKED: readonly Labelled[] = [
  ...labelledRows('edge', [['did ana win some hackathon or smth??', 'awards', 'Hackathon Winner']]),
  ...labelledRows('senior-engineer', [
    ['lena has some raft project right?', 'projects', 'raft-lab'],
    ['what did lena write abt tiered storage', 'publications', 'Operating Tiered Storage at Streaming Scale'],
    ['any awards tbh? lol', 'awards', 'Best Paper Award'],
    // Dropped before the question is read: "tbh" is no award's name.
    ['lol what awards tbh', 'awards', 'Best Paper Award'],
  ]),
  ...labelledRows('career-changer', [
    ["who's giving daniel a reference?", 'references', 'Priya Natarajan, Owner, Salt & Cedar Restaurant Group'],
  ]),
  ...labelledRows('new-grad', [
    ['maya gpa pls', 'education', 'Bachelor of Science Computer Science at University of Washington'],
    ['does maya climb? someone said she boulders', 'interests', 'Rock Climbing'],
  ]),
  ...labelledRows('career-changer', [
    ['any experience running a restaurant? asking about daniel reyes', 'experience', 'General Manager at Salt & Cedar Restaurant Group'],
    ['just wondering, does he know tableau?', 'skills', 'Tableau'],
    // An aside after the place's name is no word of it ("food bank right").
    ['he volunteered at a food bank right?', 'volunteer', FOOD_BANK],
    ['daniel volunteered at a food bank right? what did he do there', 'volunteer', FOOD_BANK],
    // "Before we…" is the asker's own time, not the role before the hiring manager's (Café Lumen, before).
    [
      "I'm trying to gauge Daniel's leadership experience before we put him in front of the hiring manager, how big was the team he ran back at the restaurant group and what was his title there?",
      'experience',
      'General Manager at Salt & Cedar Restaurant Group',
    ],
  ]),
];

describe('chat asides and shorthand', () => {
  specsFor('chat asides, of one person', ASKED, new Set());

  it('given an aside as the first word of a name ("Right Management"), keeps it in the name', () => {
    expect(botFor('martin').answer(parseLine('did he work at right management?')).title).toBe('No role at “right management”');
  });

  it('given "right before" an employer the person never had, finds nothing rather than their one role', () => {
    const answer = botFor('sample').answer(parseLine('what did he do right before netflix?'));
    expect(answer.kind).toBe('empty');
    expect(botFor('martin').answer(parseLine('what did he do right before netflix?')).matches[0]?.title).toBe(
      'Performance Engineer at Expedia',
    );
  });

  it('given "at" then "right before" a role, reads the time, not an employer called "right"', () => {
    // Before, "No role at “right”".
    expect(botFor('martin').answer(parseLine('which company was he at right before netflix')).matches[0]?.title).toBe(
      'Performance Engineer at Expedia',
    );
    expect(botFor('martin').answer(parseLine('where was he just after netflix?')).matches[0]?.title).toBe(
      'Performance Architect at Snowflake',
    );
  });
});
