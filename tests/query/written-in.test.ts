/**
 * Code is written in a language: "what is batchctl written in?" asks what a project is made with, and the project
 * answers, never a publication (there is none about it) nor a spoken language; "which of his projects are written in go?" asks for those projects, not his skill Go. Writing of one's own ("what has she
 * written?", "what has she written in ACM Queue?") is still the publications.
 */
import { describe } from 'vitest';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'senior-engineer', ask: 'what is raft-lab written in?', command: 'projects', first: 'raft-lab' },
  { resume: 'senior-engineer', ask: 'is raft-lab written in go?', command: 'projects', first: 'raft-lab' },
  { resume: 'awkward', ask: 'what is batchctl written in?', command: 'projects', first: 'batchctl' },
  { resume: 'senior-engineer', ask: 'what language is raft-lab written in?', command: 'projects', first: 'raft-lab' },
  { resume: 'new-grad', ask: "what's dormswap written in?", command: 'projects', first: 'DormSwap' },
  { resume: 'new-grad', ask: 'what is gradient-viz implemented in?', command: 'projects', first: 'gradient-viz' },
  { resume: 'martin', ask: 'what is flamescope written in?', command: 'projects', first: 'FlameScope' },
  {
    resume: 'senior-engineer',
    ask: 'what has she written?',
    command: 'publications',
    first: 'Bounded Staleness for Geo-Replicated Key-Value Stores',
  },
  {
    resume: 'senior-engineer',
    ask: 'what has she written in acm queue?',
    command: 'publications',
    first: 'Operating Tiered Storage at Streaming Scale',
  },
  // Asked by its kind, what is made with a technology is that kind's entries made with it, never the skill.
  { resume: 'awkward', ask: "which of jordan's side projects is written in go", command: 'projects', first: 'batchctl' },
  { resume: 'awkward', ask: 'which projects are implemented in go?', command: 'projects', first: 'batchctl' },
  { resume: 'senior-engineer', ask: 'are any of her projects written in go?', command: 'projects', first: 'raft-lab' },
  // Not his: asked of what code is written in, nothing.
  { resume: 'awkward', ask: 'what is raft-lab written in?', command: 'skills', first: null },
];

describe('what a project is written in', () => {
  specsFor('what a project is written in', ASKED, new Set());
});
