import { readFileSync } from 'node:fs';
import { defaultTaxonomy } from '../../src/match/taxonomy.js';
import { catalogOf, commands } from '../../commands/index.js';
import { createMatcher, type Matcher } from '../../src/match/match.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { buildIndex, type ResumeIndex } from '../../src/query/index.js';
import { parseResumeText } from '../../src/resume/load.js';
import type { Resume } from '../../src/resume/schema.js';

export interface LabelledJob {
  id: string;
  title?: string;
  text: string;
  matched?: string[];
  missing?: string[];
  mustNotMatch?: string[];
}

export const NOW = new Date('2026-12-01T00:00:00Z');

export function loadJobs(file: 'labelled' | 'heldout'): LabelledJob[] {
  return (JSON.parse(readFileSync(`tests/fixtures/jobs/${file}.json`, 'utf8')) as { jobs: LabelledJob[] }).jobs;
}

export const martin = (): Resume => parseResumeText(readFileSync('data/resume.json', 'utf8'), 'data/resume.json');

/** The search index the bot builds for a résumé (with the shipped alias table): the evidence rule's input. */
export const indexOf = (resume: Resume): ResumeIndex =>
  buildIndex(resume, loadAliasesFile('data/aliases.json'), () => NOW, catalogOf(commands));

export const matcherOf = (resume: Resume): Matcher => createMatcher(indexOf(resume), defaultTaxonomy());

export const martinMatcher = (): Matcher => matcherOf(martin());

/**
 * True when `text` names `name` as whole words, whatever the case, spacing, hyphens or
 * slashes between its words: written independently of the matcher's recogniser.
 */
export function literallyNames(text: string, name: string): boolean {
  const words = name
    .split(/[\s\-/]+/)
    .filter(Boolean)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s\\-/]*')}(?![\\p{L}\\p{N}+#])`, 'iu');
  return pattern.test(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')) || pattern.test(text);
}
