/**
 * `/match <job description>`: how well the résumé fits a job. The requirements the
 * description names (from the skills taxonomy), each matched with the résumé's own evidence
 * (the role and its years, the project, the listed skill) or said plainly to be not found;
 * then how many matched. Deterministic: no guess, no requirement the description doesn't name.
 */
import { createMatcher, type Matcher, type RequirementResult } from '../src/match/match.js';
import type { Evidence } from '../src/match/evidence.js';
import { defaultTaxonomy } from '../src/match/taxonomy.js';
import { english, type Messages } from '../src/i18n/catalogue.js';
import { makeAnswer, type Answer, type Match } from '../src/model/answer.js';
import { formatMonthYear } from '../src/resume/dates.js';
import type { ResumeIndex } from '../src/query/index.js';
import type { Resume } from '../src/resume/schema.js';
import type { Command } from './definition.js';
import { educationTitle } from './education.js';
import { workTitle } from './experience.js';
import { projectTitle } from './projects.js';

/** Slack allows 4,000 characters in a slash command's text; Discord's modal paragraph as much. */
export const MAX_JOB_DESCRIPTION = 4000;

/** Evidence entries named per requirement in the text answer (all of them are in `matches`). */
const SHOWN_EVIDENCE = 3;

/** One matcher per résumé index (a version of the résumé and aliases): its evidence is indexed once, not per description. */
const matchers = new WeakMap<ResumeIndex, Matcher>();
export function matcherFor(index: ResumeIndex): Matcher {
  let matcher = matchers.get(index);
  if (!matcher) {
    matcher = createMatcher(index, defaultTaxonomy());
    matchers.set(index, matcher);
  }
  return matcher;
}

/** The entry evidence points at, titled in the asker's words (English without them: what --json prints). */
function entryOf(resume: Resume, evidence: Evidence, messages: Messages = english()): Match {
  const [, a, b] = evidence.id.split('-').map(Number);
  const title = (() => {
    switch (evidence.section) {
      case 'work':
        return workTitle(resume.work[a!]!, messages);
      case 'projects':
        return projectTitle(resume.projects[a!]!);
      case 'education':
        return educationTitle(resume.education[a!]!);
      case 'skills':
        return b === undefined ? (resume.skills[a!]!.name ?? messages.t('skills.heading')) : resume.skills[a!]!.keywords[b]!;
      case 'certificates':
        return resume.certificates[a!]!.name ?? messages.t('certificates.link');
      case 'languages':
        return resume.languages[a!]!.language ?? messages.t('languages.unnamed');
      default:
        return resume.basics.name;
    }
  })();
  return { section: evidence.section, id: evidence.id, title };
}

function describe(resume: Resume, evidence: Evidence, messages: Messages): string {
  const title = entryOf(resume, evidence, messages).title;
  const period = evidence.period
    ? ` (${formatMonthYear(evidence.period.start, messages)} – ${evidence.period.end ? formatMonthYear(evidence.period.end, messages) : messages.t('date.present')})`
    : '';
  switch (evidence.section) {
    case 'work':
      return `${title}${period}`;
    case 'projects':
      return messages.t('fit.project', { title });
    case 'skills':
      return messages.t('fit.skill', { title });
    default:
      return title;
  }
}

const asked = (requirement: { years?: number }, messages: Messages) =>
  requirement.years ? messages.t('fit.asked', { count: requirement.years }) : '';

function matchedLine(resume: Resume, result: RequirementResult, messages: Messages): string {
  const { requirement, evidence } = result;
  const span = result.years > 0 ? messages.t('fit.span', { count: result.years }) : requirement.years ? messages.t('fit.undated') : '';
  const shown = evidence.slice(0, SHOWN_EVIDENCE).map((e) => describe(resume, e, messages));
  const more = evidence.length > SHOWN_EVIDENCE ? messages.t('fit.more', { count: evidence.length - SHOWN_EVIDENCE }) : '';
  return `${requirement.label}${asked(requirement, messages)} — ${span}${shown.join('; ')}${more}`;
}

export const match: Command = {
  data: {
    name: 'match',
    description: 'How well he fits a job: paste the job description',
    usageHint: '<job description>',
    option: { name: 'job', description: 'The job description (leave it empty to paste a long one in a form)', autocomplete: false },
    examples: ['match 10+ years of performance engineering, Kubernetes, Kafka and Go'],
    slash: true,
    longText: {
      maxLength: MAX_JOB_DESCRIPTION,
      // The longest phrase that matches is cut off, so "does he fit this role:" leaves only the description.
      cues: [
        'does he fit',
        'does he fit this role',
        'does he fit this job',
        'does he fit the role',
        'would he fit',
        'would he fit this role',
        'is he a fit',
        'is he a fit for this role',
        'is he a good fit',
        'is he a good fit for this role',
        'is he a good fit for this job',
        'good fit for',
        'fit this role',
        'fit for this role',
        'fit the role',
        'how well does he match',
        'how well does he match this job',
        'how well does he match this role',
        'how well does he fit',
        'how well does he fit this role',
        'does he match',
        'does he match this job',
        'match this job',
        'match this role',
        'job description',
        'job fit',
      ],
    },
  },
  execute(query, { index, now, messages }): Answer {
    const { resume } = index;
    const t = messages.t.bind(messages);
    const text = query.text.trim();
    if (!text) {
      return makeAnswer({
        kind: 'help',
        title: t('fit.paste.title'),
        body: t('fit.paste.body', { max: MAX_JOB_DESCRIPTION.toLocaleString(messages.locale) }),
        suggestions: [`/match ${t('fit.example')}`],
      });
    }
    const report = matcherFor(index).match(text, now, messages);
    const total = report.matched.length + report.missing.length;
    if (total === 0) {
      return makeAnswer({
        kind: 'empty',
        title: t('fit.none.title'),
        body: t('fit.none.body'),
        jobMatch: { matched: [], missing: [], score: 0 },
      });
    }
    const entries = new Map<string, Match>();
    for (const result of report.matched) for (const e of result.evidence) if (!entries.has(e.id)) entries.set(e.id, entryOf(resume, e));
    return makeAnswer({
      kind: 'result',
      title: t('fit.title', { matched: report.matched.length, count: total }),
      subtitle: resume.basics.name,
      body: t('fit.body', { summary: report.summary, score: Math.round(report.score * 100) }),
      sections: [
        ...(report.matched.length
          ? [{ heading: t('fit.matched'), bullets: report.matched.map((r) => matchedLine(resume, r, messages)) }]
          : []),
        ...(report.missing.length
          ? [
              {
                heading: t('fit.missing'),
                bullets: report.missing.map((r) => `${r.label}${asked(r, messages)} — ${t('fit.notFound')}`),
              },
            ]
          : []),
      ],
      matches: [...entries.values()],
      jobMatch: {
        matched: report.matched.map((r) => ({ requirement: r.requirement.label, evidence: r.evidence.map((e) => e.id) })),
        missing: report.missing.map((r) => r.label),
        score: report.score,
      },
    });
  },
};
