import type { Resume } from '../src/resume/schema.js';
import { highlightLabels, withAbbreviations } from '../src/query/documents.js';
import { formatRange } from '../src/resume/dates.js';
import { recency } from '../src/resume/significance.js';
import { entryCommand, type EntryKind } from './entries.js';
import { link } from './format.js';

type Volunteering = Resume['volunteer'][number];

function title(entry: Volunteering): string {
  if (entry.position && entry.organization) return `${entry.position} at ${entry.organization}`;
  return entry.position ?? entry.organization ?? 'Untitled volunteer role';
}

const kind: EntryKind<Volunteering> = {
  section: 'volunteer',
  noun: 'volunteer role',
  plural: 'volunteer roles',
  heading: 'Volunteer work',
  entries: (resume) => resume.volunteer,
  title,
  identity: (entry) => withAbbreviations(entry.organization),
  facets: (entry) => [entry.position, ...highlightLabels(entry.highlights)],
  content: (entry) => [entry.summary, ...entry.highlights],
  dates: (entry) => ({ startDate: entry.startDate, endDate: entry.endDate }),
  significance: recency,
  line: (entry, now) => [entry.position, entry.organization, formatRange(entry.startDate, entry.endDate, now)].filter(Boolean).join(' · '),
  detail: (entry, _i, now) => {
    const dates = formatRange(entry.startDate, entry.endDate, now);
    return {
      subtitle: dates || undefined,
      body: entry.summary,
      fields: [
        ...(entry.organization ? [{ label: 'Organization', value: entry.organization, inline: true }] : []),
        ...(dates ? [{ label: 'Dates', value: dates, inline: true }] : []),
      ],
      sections: entry.highlights.length ? [{ heading: 'Highlights', bullets: entry.highlights }] : [],
      links: link(entry.organization ?? 'Website', entry.url),
      footer: dates || undefined,
    };
  },
  completions: (entry) => [entry.organization],
};

export const volunteer = entryCommand(
  {
    name: 'volunteer',
    description: 'Volunteer work: by organization, role, topic or year',
    usageHint: '[organization, role, topic or year]',
    option: { name: 'query', description: 'An organization, a role, a topic or a year (empty: all volunteer work)', autocomplete: true },
    examples: ['volunteer', 'volunteer food bank', 'volunteer 2024'],
    slash: true,
  },
  kind,
  {
    priority: 50,
    strict: true,
    cues: [
      'volunteer',
      'volunteers',
      'volunteered',
      'volunteering',
      'charity',
      'charities',
      'charitable',
      'nonprofit',
      'nonprofits',
      'non profit',
      'not for profit',
      'pro bono',
      'community service',
      'give back',
      'gives back',
      'giving back',
      'unpaid',
    ],
  },
  ['current', 'previous', 'first', 'year', 'relative', 'employer'],
);
