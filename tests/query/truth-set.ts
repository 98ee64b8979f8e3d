/**
 * Tuning questions for truthful answers over Martin's résumé, written from reading
 * data/resume.json (not from the held-out set): traps, where the word is only inside a third
 * party's name ("Apache Flink", "Google's pprof profiler", "Oracle's Java Flight Recorder",
 * "Lighthouse-inspired", "Zipkin-based") or a link, so nothing fits; and evidence questions,
 * whose answer may list only entries whose own text says the skill.
 */
import type { LabelledQuestion } from '../helpers/labelled.js';

export interface EvidenceQuestion extends LabelledQuestion {
  /** Entries whose text does not say it: never among the results. */
  readonly notEvidence: readonly string[];
}

const PICPAY = 'VP, Platform Engineering at PicPay';
const SNOWFLAKE = 'Performance Architect at Snowflake';
const NETFLIX = 'Performance Architect at Netflix';
const EXPEDIA = 'Performance Engineer at Expedia';
const DELL = 'Performance Engineer at Dell';

/** Nothing in the résumé fits: the answer has no result. */
export const TRAPS: readonly LabelledQuestion[] = [
  // Employer questions about names his highlights only mention.
  { ask: 'was he employed by apache?', command: 'experience', first: null },
  { ask: 'did he work for oracle?', command: 'experience', first: null },
  { ask: 'has he worked at zipkin?', command: 'experience', first: null },
  { ask: 'was he ever at lighthouse?', command: 'experience', first: null },
  { ask: 'did he work for flink', command: 'experience', first: null },
  { ask: 'what did he do at google?', command: 'experience', first: null },
  { ask: 'what was his role at oracle?', command: 'experience', first: null },
  { ask: 'did he work at d3?', command: 'experience', first: null },
  { ask: 'was he employed by youtube?', command: 'experience', first: null },
  // Topics that are only a third party's name.
  { ask: '/experience apache', command: 'experience', first: null },
  { ask: '/experience java', command: 'experience', first: null },
  { ask: '/experience pprof', command: 'experience', first: null },
  { ask: '/experience lighthouse', command: 'experience', first: null },
  { ask: '/experience flight recorder', command: 'experience', first: null },
  { ask: '/projects oracle', command: 'projects', first: null },
  { ask: '/projects google', command: 'projects', first: null },
  { ask: '/projects lighthouse', command: 'projects', first: null },
  { ask: '/projects java flight recorder', command: 'projects', first: null },
  { ask: '/projects apache flink', command: 'projects', first: null },
  { ask: 'has he worked with oracle?', command: 'experience', first: null },
  { ask: 'has he worked with flink?', command: 'experience', first: null },
  { ask: 'does he know apache?', command: 'skills', first: null },
  { ask: 'is he familiar with the java flight recorder?', command: 'skills', first: null },
  { ask: 'did he create lighthouse?', command: 'projects', first: null },
  { ask: 'did he develop flink?', command: 'projects', first: null },
  // A place that only shares a word with one he worked in.
  { ask: 'did he work in san jose?', command: 'experience', first: null },
  { ask: 'did he work in los angeles?', command: 'experience', first: null },
  // Asked whether something is in a list: only that list answers.
  { ask: 'is flamescope one of his skills?', command: 'skills', first: null },
  { ask: 'is d3 one of his listed skills?', command: 'skills', first: null },
  { ask: 'is netflix one of his skills', command: 'skills', first: null },
  // Links are addresses, not words of the résumé.
  { ask: '/projects youtube', command: 'projects', first: null },
  { ask: '/projects github', command: 'projects', first: null },
];

/** What a role's place or a list's membership does answer. */
export const ANSWERED: readonly LabelledQuestion[] = [
  { ask: 'did he work in porto alegre', command: 'experience', first: DELL },
  { ask: 'did he work in los gatos?', command: 'experience', first: NETFLIX },
  { ask: 'is kafka one of his skills?', command: 'skills', first: 'Kafka' },
  { ask: 'is kubernetes listed as a skill?', command: 'skills', first: 'Kubernetes' },
  { ask: 'is flamescope one of his listed projects?', command: 'projects', first: 'FlameScope' },
  { ask: 'was he employed by netflix?', command: 'experience', first: NETFLIX },
  { ask: 'what was his position at picpay', command: 'experience', first: PICPAY },
];

/** Only entries that say the skill (or a documented abbreviation of it) are its evidence. */
export const EVIDENCE: readonly EvidenceQuestion[] = [
  { ask: '/skills observability', command: 'skills', first: 'Observability', notEvidence: [EXPEDIA, DELL, 'FlameScope', 'Mogul'] },
  { ask: '/skills kafka', command: 'skills', first: 'Kafka', notEvidence: [PICPAY, NETFLIX, SNOWFLAKE] },
  { ask: '/skills kong', command: 'skills', first: 'Kong', notEvidence: [PICPAY, NETFLIX, SNOWFLAKE] },
  { ask: '/skills platform engineering', command: 'skills', first: 'Platform Engineering', notEvidence: [NETFLIX, SNOWFLAKE] },
  { ask: '/skills developer experience', command: 'skills', first: 'Developer Experience', notEvidence: [NETFLIX, SNOWFLAKE] },
  { ask: '/skills vendor management', command: 'skills', first: 'Vendor Management', notEvidence: [NETFLIX, SNOWFLAKE] },
  { ask: '/skills data visualization', command: 'skills', first: 'Data Visualization', notEvidence: ['FlameScope', 'Mogul', NETFLIX] },
  { ask: '/skills kubernetes', command: 'skills', first: 'Kubernetes', notEvidence: ['FlameCommander', PICPAY, NETFLIX] },
  { ask: '/skills reliability engineering', command: 'skills', first: 'Reliability Engineering', notEvidence: [NETFLIX, SNOWFLAKE] },
  { ask: '/skills performance engineering', command: 'skills', first: 'Performance Engineering', notEvidence: [NETFLIX, PICPAY] },
];
