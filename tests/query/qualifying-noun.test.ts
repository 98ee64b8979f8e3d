/**
 * "Did he study project management?" of Daniel answered his Business Administration degree: "project" is a cue of
 * /projects and was dropped, leaving "management", which one of his courses (Operations Management) says. Another
 * section's noun right before a word asked qualifies it: "project management" is asked whole, and whoever studied
 * it (Martin) is still found, of one person and across people. Asked alone ("/people project management"), of a résumé
 * without projects, it was still Daniel's P&L management: the missing section's noun qualifies the word after it too.
 */
import { describe, expect, it } from 'vitest';
import { directoryBot, peopleListed } from '../directory/fixture.js';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'career-changer', ask: 'did he study project management?', command: 'education', first: null },
  { resume: 'career-changer', ask: 'did he take a project management course?', command: 'education', first: null },
  { resume: 'career-changer', ask: 'ele estudou gestão de projetos?', command: 'education', first: null },
  { resume: 'senior-engineer', ask: 'is she certified in project management?', command: 'certificates', first: null },
  { resume: 'martin', ask: 'does he know project planning?', command: 'skills', first: null },
  {
    resume: 'martin',
    ask: 'did he study project management?',
    command: 'education',
    first: 'Project Management at Pontifícia Universidade Católica do Rio Grande do Sul (PUCRS)',
  },
  { resume: 'senior-engineer', ask: 'what language is raft-lab written in?', command: 'projects', first: 'raft-lab' },
  { resume: 'martin', ask: 'what languages does he program in?', command: 'skills', first: 'Leadership Skills' },
  // Asked alone, of a résumé without projects: the noun of the missing section still qualifies the word after it.
  { resume: 'career-changer', ask: 'project management', command: 'resume', first: null },
  {
    resume: 'martin',
    ask: 'project management',
    command: 'education',
    first: 'Project Management at Pontifícia Universidade Católica do Rio Grande do Sul (PUCRS)',
  },
  // Before a word naming nothing, the missing section is what is asked.
  { resume: 'career-changer', ask: 'ela ganhou o prêmio turing?', command: 'awards', first: null },
];

describe('a noun qualifying the word asked', () => {
  specsFor('qualifying noun', ASKED, new Set());

  it('given "who studied project management?", lists only whoever studied it', () => {
    expect(peopleListed(directoryBot(), 'who studied project management?')).toEqual(['martin']);
  });

  it('given "/people project management", lists only whoever says it (not P&L management)', () => {
    expect(peopleListed(directoryBot(), '/people project management')).toEqual(['martin']);
  });
});
